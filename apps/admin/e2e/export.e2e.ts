// The lists' Export: react-admin asks for 1,000 rows at once and the gateway gives at most
// 500 a request, so the panel pages; the file is a CSV for Swedish Excel.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AdminPage, BASE_URL, launch } from './AdminPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('list export', () => {
  it('downloads every participant of the list as CSV', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const page = admin.page;
    await page.goto(`${BASE_URL}/#/Participant`);
    await expect.poll(() => page.getByRole('row').count(), { timeout: 15_000 }).toBe(26);
    const range = await page.getByText(/^\d+–\d+ av \d+$/).innerText();
    const total = Number(/av (\d+)$/.exec(range)?.[1]);
    expect(total).toBeGreaterThan(25);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportera' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]?.split(';')).toEqual(expect.arrayContaining(['firstName', 'lastName']));
    expect(lines).toHaveLength(Math.min(total, 1000) + 1);
    await page.context().close();
  });
});
