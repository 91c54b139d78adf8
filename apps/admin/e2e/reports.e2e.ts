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

  it('shows the durable outcome per person at discharge, 6 and 12 months, and the after-support share both ways', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const pages = new MessagePages(admin.page);

    await pages.openReport('Varaktigt resultat (6 och 12 månader)');
    expect(await admin.page.locator('#report-title').innerText()).toBe('Varaktigt utfall');
    const stages = await pages.reportTable().locator('tbody th').allInnerTexts();
    expect(stages).toEqual(['Vid avslut', '6 månader efter avslut', '12 månader efter avslut']);
    const goals = await pages.reportColumn('Mål');
    for (const goal of goals) expect(goal).toMatch(/^(\d+\s%|–)$/);
    const text = await admin.page.locator('main').innerText();
    expect(text).toContain('Personer (inte inskrivningar)');
    expect(text).toContain('Arbete med lönestöd räknas inte som arbete vid avslut');

    await pages.openReport('Efterstöd');
    await pages.reportColumn('Okänd');
    await pages.reportColumn('Skillnad mot mål av kända svar (procentenheter)');
    expect(await admin.page.locator('main').innerText()).toContain(
      'okänd status räknas som att målet inte nåtts',
    );
    await admin.screenshot('report-durable-outcome');
    await admin.page.context().close();
  });

  it('shows the self-supporting share at discharge, 6 and 12 months, against the goal', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const pages = new MessagePages(admin.page);

    await pages.openReport('Självförsörjande efter projektet');
    expect(await admin.page.locator('#report-title').innerText()).toBe(
      'Självförsörjande efter projektet',
    );
    const stages = await pages.reportTable().locator('tbody th').allInnerTexts();
    expect(stages).toEqual(['Vid avslut', '6 månader efter avslut', '12 månader efter avslut']);
    for (const goal of await pages.reportColumn('Mål')) expect(goal).toMatch(/^(\d+\s%|–)$/);
    await pages.reportColumn('Okänd');
    await pages.reportColumn('Andel av kända');
    const text = await admin.page.locator('main').innerText();
    expect(text).toContain('Personer (inte inskrivningar)');
    expect(text).toContain('lön med lönestöd och alla ersättningar och bidrag är offentligt stöd');
    await admin.page.context().close();
  });
});
