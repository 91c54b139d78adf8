import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AdminPage, launch } from './AdminPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('reallocation of coach posts', () => {
  it('steering gets a Webster suggestion, moves 0,5 FTE and decides', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('beredning@demo.hoglandet.se', 'demo-beredning');
    await admin.screenshot('dashboard');
    await admin.openReallocation();
    const before = await admin.historyEntries().count();
    await admin.suggest('Webster');
    await admin.page.waitForTimeout(500);
    await admin.step('Nässjö', 'Minska');
    await admin.step('Eksjö', 'Öka');
    await admin.writeReason('Eksjö har fler deltagare per heltid än målet.');
    await expect.poll(() => admin.decideButton().isEnabled(), { timeout: 10_000 }).toBe(true);
    await admin.screenshot('reallocation');
    await admin.decideButton().click();
    await expect.poll(() => admin.historyEntries().count(), { timeout: 10_000 }).toBe(before + 1);
    const newest = await admin.historyEntries().first().innerText();
    expect(newest).toContain('Eksjö har fler deltagare per heltid än målet.');
  });

  it('a second user who decides on a stale allocation sees the conflict and keeps the draft', async () => {
    const first = await AdminPage.open(browser);
    const second = await AdminPage.open(browser);
    await first.login('beredning@demo.hoglandet.se', 'demo-beredning');
    await second.login('chef@demo.hoglandet.se', 'demo-chef');
    await first.openReallocation();
    await second.openReallocation();
    for (const admin of [first, second]) {
      // A later date than the first scenario's decision, which already starts next month.
      await admin.setEffectiveFrom('2027-01-01');
      await admin.step('Eksjö', 'Minska');
      await admin.step('Nässjö', 'Öka');
    }
    await first.writeReason('Först in.');
    await second.writeReason('Kom tvåa.');
    await expect.poll(() => first.decideButton().isEnabled(), { timeout: 10_000 }).toBe(true);
    await first.decideButton().click();
    await expect.poll(() => first.historyEntries().first().innerText()).toContain('Först in.');
    await expect.poll(() => second.decideButton().isEnabled(), { timeout: 10_000 }).toBe(true);
    await second.decideButton().click();
    const dialog = second.page.getByRole('dialog', { name: 'Någon annan hann besluta först' });
    await dialog.waitFor();
    await second.screenshot('conflict');
    await dialog.getByRole('button', { name: 'Ladda om' }).click();
    await expect(second.page.getByLabel(/^Motivering/).inputValue()).resolves.toBe('Kom tvåa.');
  });

  it('a coach has no reallocation screen and lists participants', async () => {
    const coach = await AdminPage.open(browser);
    await coach.login('coach.nassjo@demo.hoglandet.se', 'demo-coach');
    expect(await coach.menuItem('Omfördelning av tjänster').count()).toBe(0);
    await coach.menuItem('Deltagare').click();
    await coach.page.getByRole('columnheader', { name: /Personnummer/ }).waitFor();
    await coach.screenshot('participants');
  });
});
