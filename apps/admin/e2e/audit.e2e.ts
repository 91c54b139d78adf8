// The audit log: a list page of participants is one entry listing the people read, and
// filtering by one of them finds it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AdminPage, BASE_URL, launch } from './AdminPage';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const idsIn = (text: string): string[] => text.match(UUID) ?? [];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('audit log', () => {
  it('shows a list read as one entry with its 25 people, found again by one of them', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const page = admin.page;
    await page.goto(`${BASE_URL}/#/Participant`);
    // The header and a page of 25 people.
    await expect.poll(() => page.getByRole('row').count(), { timeout: 15_000 }).toBe(26);
    await admin.openAuditLog();
    const entry = admin.auditTable().getByRole('row').filter({ hasText: '25 poster' }).first();
    await entry.waitFor();
    expect(await entry.innerText()).toContain('… och 22 till');
    const shown = idsIn(await entry.innerText());
    expect(shown).toHaveLength(3);
    const person = shown[2] ?? '';

    await admin.filterAuditLog(person);
    const found = admin.auditTable().getByRole('row').filter({ hasText: '25 poster' }).first();
    await found.waitFor();
    // The id searched for is shown first, and every entry found lists it.
    expect(idsIn(await found.innerText())[0]).toBe(person);
    const rows = admin.auditTable().locator('tbody tr');
    for (const row of await rows.all()) expect(await row.innerText()).toContain(person);
    await admin.screenshot('audit-log');
    await page.context().close();
  });
});
