// Page object for the charts (issue 19 item 1): the chart above a report's table, its
// table a press away, and the period fields that empty it.
import type { Locator, Page } from 'playwright-core';
import { BASE_URL } from './AdminPage';

export class ChartPages {
  constructor(readonly page: Page) {}

  /** The chart of the report shown (or of the dashboard, the nth one). */
  chart(index = 0): Locator {
    return this.page.getByTestId('report-chart').nth(index);
  }

  /** How many bars and goal lines the drawing has (none while it shows its table). */
  async drawn(chart: Locator): Promise<{ bars: number; goalLines: number }> {
    await chart.locator('.recharts-bar-rectangle, [data-testid="chart-empty"]').first().waitFor();
    return {
      bars: await chart.locator('.recharts-bar-rectangle').count(),
      goalLines: await chart.locator('.recharts-line').count(),
    };
  }

  /** Shows the chart's figures as a table and returns its body rows' texts. */
  async asTable(chart: Locator): Promise<string[]> {
    await chart.getByTestId('chart-table-toggle').click();
    const table = chart.getByTestId('chart-table');
    await table.waitFor();
    return table.locator('tbody tr').allInnerTexts();
  }

  /**
   * Saves the chart alone (no tooltip: the pointer is moved off it) as
   * `<SCREENSHOT_DIR>/<name>.png` when SCREENSHOT_DIR is set, for docs/screenshots.
   */
  async screenshot(chart: Locator, name: string): Promise<void> {
    const dir = process.env.SCREENSHOT_DIR;
    if (!dir) return;
    await this.page.mouse.move(0, 0);
    await chart.screenshot({ path: `${dir}/${name}.png` });
  }

  /** Sets the reports page's period (not the SUS card's "Från och med"). */
  async setPeriod(from: string, to: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Från', exact: true }).fill(from);
    await this.page.getByRole('textbox', { name: 'Till', exact: true }).fill(to);
  }

  /** Opens a report for a period and waits for its chart. */
  async openReport(name: string, from: string, to: string): Promise<Locator> {
    await this.page.goto(`${BASE_URL}/#/reports`);
    await this.setPeriod(from, to);
    await this.page.getByRole('combobox', { name: /^(Rapport|Report)/ }).click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await this.page.locator('#report-title').waitFor();
    const chart = this.chart();
    await chart.waitFor();
    return chart;
  }

  async openDashboard(): Promise<void> {
    await this.page.goto(`${BASE_URL}/#/`);
    await this.chart().waitFor();
  }
}
