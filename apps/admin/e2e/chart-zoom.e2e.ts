// Charts at 200 % zoom (issue 21 item 3, WCAG 1.4.4): a 1280 px window zoomed to 200 % is a
// 640 CSS px viewport at two device pixels per CSS pixel. Every chart of the dashboard and
// of the reports page keeps each category's axis label, its legend and its figures whole,
// inside the drawing and the window, none on top of another, and the page does not scroll
// sideways. So do the board report's print page (its fixed-size print charts) and the
// reallocation screen's caseload chart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { AdminPage, BASE_URL, launch } from './AdminPage';
import { DEMO_ACCOUNTS, gqlAs, settle } from './AccessibilityPages';
import { CUSTOM_ROUTES } from '../src/layout/customRoutes';
import { boardReportPrintPath } from '../src/boardReports/boardReportPeriod';
import { ChartPages } from './ChartPages';
import { readChart, tableCategories } from './ChartReadability';
import { horizontalOverflow } from './RoleDayPages';

/** 1280 × 800 at 200 %. */
const ZOOMED = { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 } as const;

const REPORTS = [
  'Resultat',
  'Remisser',
  'Stegtratt',
  'Övergångar (försörjning före/under)',
  'Enkäter mot målen',
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function zoomedAs(role: keyof typeof DEMO_ACCOUNTS): Promise<AdminPage> {
  const context = await browser.newContext(ZOOMED);
  const admin = new AdminPage(await context.newPage());
  await admin.login(...DEMO_ACCOUNTS[role]);
  return admin;
}
const zoomedManager = () => zoomedAs('MANAGER');

/** What is wrong with a chart that has no table toggle of its own, with its name. */
async function drawingProblemsOf(name: string, chart: Locator): Promise<string[]> {
  const reading = await readChart(chart);
  return reading.problems.map((p) => `${name}: ${p}`);
}

/** What is wrong with the chart as read at this size, with its name; [] when readable. */
async function problemsOf(name: string, chart: Locator): Promise<string[]> {
  const reading = await readChart(chart);
  const problems = reading.problems.map((p) => `${name}: ${p}`);
  if (reading.legend.length === 0) problems.push(`${name}: no legend`);
  const kind = await chart.getAttribute('data-chart-kind');
  if (kind !== 'stacked' && reading.figures === 0) problems.push(`${name}: no figures`);
  const categories = await tableCategories(chart);
  const missing = categories.filter((c) => !reading.categories.includes(c));
  if (missing.length > 0) problems.push(`${name}: no axis label for ${missing.join(', ')}`);
  return problems;
}

describe('charts at 200 % zoom (640 CSS px)', () => {
  it('the dashboard’s charts are readable whole', { timeout: 300_000 }, async () => {
    const admin = await zoomedManager();
    try {
      const charts = new ChartPages(admin.page);
      await charts.openDashboard();
      const drawn = admin.page.getByTestId('report-chart');
      await expect.poll(() => drawn.count()).toBeGreaterThanOrEqual(4);
      const problems: string[] = [];
      for (let index = 0; index < (await drawn.count()); index += 1) {
        problems.push(...(await problemsOf(`dashboard chart ${index + 1}`, charts.chart(index))));
      }
      expect(problems).toEqual([]);
      expect(await horizontalOverflow(admin.page)).toBe(0);
    } finally {
      await admin.page.context().close();
    }
  });

  it('every report’s chart is readable whole', { timeout: 600_000 }, async () => {
    const admin = await zoomedManager();
    try {
      const charts = new ChartPages(admin.page);
      const problems: string[] = [];
      for (const name of REPORTS) {
        const chart = await charts.openReport(name, '2026-01-01', '2026-12-01');
        problems.push(...(await problemsOf(name, chart)));
        const overflow = await horizontalOverflow(admin.page);
        if (overflow > 0) problems.push(`${name}: the page is ${overflow} px too wide`);
      }
      expect(problems).toEqual([]);
    } finally {
      await admin.page.context().close();
    }
  });

  it(
    'the board report’s print page and its charts fit and read whole',
    { timeout: 300_000 },
    async () => {
      // A project that ran through 2025, so the year's report has figures to draw.
      const data = await gqlAs<{ allProjects: { id: string; startsOn: string; endsOn: string }[] }>(
        'MANAGER',
        '{ allProjects(perPage: 50) { id startsOn endsOn } }',
      );
      const project = data.allProjects.find(
        (p) => p.startsOn <= '2025-01-01' && p.endsOn >= '2026-01-01',
      );
      expect(project).toBeDefined();
      const admin = await zoomedManager();
      try {
        const page = admin.page;
        await page.goto(`${BASE_URL}/#${boardReportPrintPath(project?.id ?? '', 2025, 'ANNUAL')}`);
        await page.locator('[data-board-report="ready"]').waitFor({ timeout: 120_000 });
        const charts = page.locator('[data-board-report] figure:has(.recharts-wrapper)');
        await expect.poll(() => charts.count()).toBeGreaterThanOrEqual(2);
        const problems: string[] = [];
        for (let index = 0; index < (await charts.count()); index += 1) {
          const chart = charts.nth(index);
          const section = await chart.evaluate((el) => el.closest('section')?.dataset.section);
          problems.push(...(await drawingProblemsOf(`print chart ${section ?? index}`, chart)));
        }
        const overflow = await horizontalOverflow(page);
        if (overflow > 0) problems.push(`the print page is ${overflow} px too wide`);
        expect(problems).toEqual([]);
      } finally {
        await admin.page.context().close();
      }
    },
  );

  it('the reallocation screen’s caseload chart reads whole', { timeout: 300_000 }, async () => {
    const admin = await zoomedAs('STEERING');
    try {
      const page = admin.page;
      await page.goto(`${BASE_URL}/#${CUSTOM_ROUTES.reallocation}`);
      await settle(page);
      const chart = page.locator('figure:has(.recharts-wrapper)').first();
      await chart.locator('.recharts-wrapper').waitFor();
      const problems = await drawingProblemsOf('caseload chart', chart);
      const reading = await readChart(chart);
      if (reading.legend.length === 0) problems.push('caseload chart: no legend');
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) problems.push(`the reallocation screen is ${overflow} px too wide`);
      expect(problems).toEqual([]);
    } finally {
      await admin.page.context().close();
    }
  });
});
