// The report screens read as the steering group reads them: goals in percent, costs in
// kronor, and the table in English when the panel is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AdminPage, MessagePages, launch } from './AdminPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('reports', () => {
  it('shows goals in percent and costs in kronor, in Swedish and in English', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const pages = new MessagePages(admin.page);

    await pages.openReport('Resultat');
    const goals = await pages.reportColumn('Mål');
    expect(goals.length).toBeGreaterThan(0);
    for (const goal of goals) expect(goal).toMatch(/^(\d+\s%|–)$/);

    await pages.openReport('Kostnader');
    const costs = await pages.reportColumn('Kostnad');
    expect(costs.some((c) => /^\d{1,3}(\s\d{3})*\skr$/.test(c))).toBe(true);
    expect(costs.join(' ')).not.toMatch(/\d{7,}/);
    const headers = await pages.reportTable().locator('thead th').allInnerTexts();
    expect(headers.join(' ')).not.toMatch(/öre/);
    await admin.screenshot('report-costs');

    await pages.useLocale('en');
    await pages.openReport('Outcome');
    expect(await admin.page.locator('#report-title').innerText()).toBe('Outcome versus goal');
    expect(await pages.reportColumn('Goal')).toEqual(goals);
    await admin.page.context().close();
  });
});
