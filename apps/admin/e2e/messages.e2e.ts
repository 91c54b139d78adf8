// What a user reads when the system says no: the reason in Swedish, never "HTTP 400" or
// "someone else decided first" when nobody did; and the coach's follow-ups open on what is due.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AdminPage, MessagePages, launch } from './AdminPage';

/** Today in Stockholm, the gateway's clock, plus some days. */
function stockholmDatePlus(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(
    new Date(),
  );
  return new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('messages', () => {
  it('a phase move dated tomorrow is refused with the reason, not a bare error', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('coach.nassjo@demo.hoglandet.se', 'demo-coach');
    const pages = new MessagePages(admin.page);
    await pages.movePhaseOfFirstActive('3 Jobbsökning', stockholmDatePlus(1));
    const message = await pages.notification();
    expect(message).toContain('Datumet ligger i framtiden');
    expect(message).not.toMatch(/HTTP|status code/);
    await admin.page.context().close();
  });

  it('a list the gateway refuses shows the gateway’s message, not "HTTP 400"', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const pages = new MessagePages(admin.page);
    // Apollo answers an impossible date in a filter with HTTP 400 and the errors in the body.
    await admin.page.goto(
      `${admin.page.url().split('#')[0]}#/Post?filter=${encodeURIComponent('{"activeOn":"2024-02-30"}')}`,
    );
    const message = await pages.notification();
    expect(message).not.toMatch(/HTTP 400|status code 400/);
    expect(message.length).toBeGreaterThan(10);
    await admin.page.context().close();
  });

  it('a reallocation on a date already taken says so, with no conflict dialog', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('beredning@demo.hoglandet.se', 'demo-beredning');
    await admin.openReallocation();
    // The newest decision's own date is taken whatever other tests decided before this one;
    // nothing is written.
    const newest = await admin.historyEntries().first().innerText();
    const taken = /Från (\d{4}-\d{2}-\d{2})/.exec(newest)?.[1];
    if (!taken) throw new Error(`No date in ${newest}`);
    await admin.setEffectiveFrom(taken);
    await admin.step('Nässjö', 'Minska');
    await admin.step('Eksjö', 'Öka');
    await admin.writeReason('Ett datum som redan har en senare fördelning.');
    await expect.poll(() => admin.decideButton().isEnabled(), { timeout: 10_000 }).toBe(true);
    await admin.decideButton().click();
    const message = await new MessagePages(admin.page).notification();
    expect(message).toContain('Det finns redan en omfördelning som börjar samma dag eller senare');
    expect(
      await admin.page.getByRole('dialog', { name: 'Någon annan hann besluta först' }).count(),
    ).toBe(0);
    await admin.page.context().close();
  });
});

describe('follow-ups', () => {
  it('open on what is to do: not done, due within four weeks or overdue, earliest first', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('coach.nassjo@demo.hoglandet.se', 'demo-coach');
    const rows = await new MessagePages(admin.page).followUpRows();
    const limit = stockholmDatePlus(28);
    const dues = rows.map((row) => row.match(/\d{4}-\d{2}-\d{2}/g) ?? []);
    for (const dates of dues) {
      expect(dates).toHaveLength(1); // the due date; no done date
      expect((dates[0] ?? '') <= limit).toBe(true);
    }
    const first = dues.map((d) => d[0] ?? '');
    expect(first).toEqual([...first].sort());
    await admin.page.context().close();
  });
});
