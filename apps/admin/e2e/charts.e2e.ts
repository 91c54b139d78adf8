// Charts on the reports page and the dashboard (issue 19 item 1): each chart draws the
// demo's figures, shows them as a table on request, and says so when the period is empty.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AdminPage, MessagePages, launch } from './AdminPage';
import { ChartPages } from './ChartPages';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Report (as the picker names it), the chart's kind, whether it has a goal line, and the
 * name of its screenshot in docs/screenshots (written when SCREENSHOT_DIR is set).
 */
const CHARTED = [
  ['Resultat', 'goal', true, 'chart-outcome'],
  ['Remisser', 'stacked', false, 'chart-referrals'],
  ['Stegtratt', 'funnel', false, 'chart-funnel'],
  ['Övergångar (försörjning före/under)', 'grouped', false, 'chart-transition-before-during'],
  ['Övergångar (försörjning under/efter)', 'grouped', false, 'chart-transition-during-after'],
  ['Övergångar (försörjning före/efter)', 'grouped', false, 'chart-transition-before-after'],
  ['Enkäter mot målen', 'goal', true, 'chart-surveys'],
] as const;

describe('charts', () => {
  it.each(CHARTED)(
    'draws %s with the demo figures, its table a press away, and an empty period as a message',
    { timeout: 240_000 },
    async (name, kind, goal, screenshot) => {
      const admin = await AdminPage.open(browser);
      await admin.login('chef@demo.hoglandet.se', 'demo-chef');
      const charts = new ChartPages(admin.page);
      const chart = await charts.openReport(name, '2026-01-01', '2026-12-01');
      await expect.poll(() => chart.getAttribute('data-chart-kind')).toBe(kind);
      const drawn = await charts.drawn(chart);
      expect(drawn.bars).toBeGreaterThan(0);
      expect(drawn.goalLines > 0).toBe(goal);
      await charts.screenshot(chart, screenshot);
      expect((await charts.asTable(chart)).length).toBeGreaterThan(0);

      await charts.setPeriod('2001-01-01', '2001-12-31');
      await chart.getByTestId('chart-empty').waitFor();
      expect(await chart.locator('.recharts-bar-rectangle').count()).toBe(0);
      expect(await chart.innerText()).toContain('Inga siffror att visa för perioden.');
      await admin.page.context().close();
    },
  );

  it(
    'shows the dashboard charts with direct labels, in English too',
    { timeout: 240_000 },
    async () => {
      const admin = await AdminPage.open(browser);
      await admin.login('chef@demo.hoglandet.se', 'demo-chef');
      const charts = new ChartPages(admin.page);
      await charts.openDashboard();
      await expect.poll(() => admin.page.getByTestId('report-chart').count()).toBe(5);
      const outcome = charts.chart(0);
      const drawn = await charts.drawn(outcome);
      expect(drawn.bars).toBeGreaterThan(0);
      expect(drawn.goalLines).toBe(1);
      // The bars carry their figures: readable without telling colours apart.
      expect(await outcome.locator('.recharts-label-list').first().innerHTML()).toMatch(/\d+ %/);
      expect(await charts.asTable(charts.chart(1))).toEqual([
        expect.stringMatching(/^Budget\s+[\d\s]+kr$/),
        expect.stringMatching(/^Förbrukat\s+[\d\s]+kr$/),
      ]);
      // The budget line: used to date as bars against the budget to date, month by month.
      const line = charts.chart(2);
      expect(await line.getAttribute('data-chart-kind')).toBe('goal');
      const lineDrawn = await charts.drawn(line);
      expect(lineDrawn.bars).toBeGreaterThan(0);
      expect(lineDrawn.goalLines).toBe(1);
      await charts.screenshot(line, 'chart-budget-by-month');
      const months = await charts.asTable(line);
      expect(months).toHaveLength(12);
      expect(months[0]).toMatch(/^\d{4}-01\s+[\d\s]+kr\s+[\d\s]+kr$/);
      await admin.screenshot('dashboard-charts');

      await new MessagePages(admin.page).useLocale('en');
      await charts.chart().waitFor();
      expect(await admin.page.locator('main').innerText()).toContain(
        'Outcome against goal by gender as a chart',
      );
      expect(await admin.page.locator('main').innerText()).toContain(
        'Budget against used by month as a chart',
      );
      await admin.page.context().close();
    },
  );
});
