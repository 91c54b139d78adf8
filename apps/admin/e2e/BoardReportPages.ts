// Page object for "Rapporter till styrelsen" (issue 19): produce a Delårsrapport or
// Årsrapport for a project and year, read the stored list, and download a stored PDF.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { BASE_URL } from './AdminPage';

/** The picker's names of the periods, as the page shows them in Swedish. */
export type BoardReportTitle = 'Delårsrapport T1' | 'Delårsrapport T2' | 'Årsrapport';

/** One row of the stored list, as shown (the SHA-256 in full from the code's title). */
export interface ListedBoardReport {
  title: string;
  project: string;
  producedAt: string;
  producedBy: string;
  sha256: string;
}

/** Chromium prints the report on a loaded machine: producing may take a minute or more. */
const PRODUCING = 240_000;

export class BoardReportPages {
  constructor(readonly page: Page) {}

  menuEntry(): Locator {
    return this.page.getByRole('menuitem', { name: 'Rapporter till styrelsen' });
  }

  async openFromMenu(): Promise<void> {
    await this.menuEntry().click();
    await this.heading().waitFor();
  }

  async openByUrl(): Promise<void> {
    await this.page.goto(`${BASE_URL}/#/board-reports`);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { name: 'Rapporter till styrelsen', level: 1 });
  }

  refusal(): Locator {
    return this.page.getByRole('heading', { name: 'Inte tillåtet för din roll' });
  }

  rows(): Locator {
    return this.page.getByTestId('board-report-list').locator('tbody tr');
  }

  /** Chooses project, year and period and presses "Ta fram PDF"; waits until it is done. */
  async produce(project: string, year: number, period: BoardReportTitle): Promise<void> {
    await this.page.getByTestId('board-report-project').getByRole('combobox').click();
    await this.page.getByRole('option', { name: project, exact: true }).click();
    await this.produceChosen(year, period);
  }

  /** Another förbund (external) names the förbund and project by id, then produces. */
  async produceFor(
    associationId: string,
    projectId: string,
    year: number,
    period: BoardReportTitle,
  ): Promise<void> {
    await this.page
      .getByRole('textbox', { name: 'Förbundets id (annat förbund)' })
      .fill(associationId);
    await this.page.getByRole('textbox', { name: 'Projektets id' }).fill(projectId);
    await this.produceChosen(year, period);
  }

  private async produceChosen(year: number, period: BoardReportTitle): Promise<void> {
    await this.page.getByRole('spinbutton', { name: 'År' }).fill(String(year));
    await this.page.getByTestId('board-report-period').getByRole('combobox').click();
    await this.page.getByRole('option', { name: period, exact: true }).click();
    await this.page.getByRole('button', { name: 'Ta fram PDF' }).click();
    // Done when the page says so, or shows the gateway's refusal in its card.
    await this.page
      .getByText('Rapporten är framtagen och sparad.')
      .or(this.error())
      .first()
      .waitFor({ timeout: PRODUCING });
  }

  /** The page's refusal of the last production, if any. */
  error(): Locator {
    return this.page.locator('.MuiCard-root [role="alert"]');
  }

  /** The stored list's rows, newest first. */
  async listed(): Promise<ListedBoardReport[]> {
    await this.rows().first().waitFor();
    const result: ListedBoardReport[] = [];
    for (const row of await this.rows().all()) {
      const cells = await row.locator('td').allInnerTexts();
      result.push({
        title: cells[0] ?? '',
        project: cells[1] ?? '',
        producedAt: cells[2] ?? '',
        producedBy: cells[3] ?? '',
        sha256: (await row.locator('code').getAttribute('title')) ?? '',
      });
    }
    return result;
  }

  /** Downloads the stored report of the given row and returns the file's name and bytes. */
  async download(index = 0): Promise<{ fileName: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.rows().nth(index).getByRole('button', { name: 'Ladda ner' }).click(),
    ]);
    return { fileName: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }
}
