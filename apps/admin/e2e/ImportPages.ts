// Page object for the import page: choose a register and a file, dry run, read the errors, import.
import type { Page } from 'playwright-core';
import { BASE_URL } from './AdminPage';

export class ImportPages {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(`${BASE_URL}/#/import`);
    await this.page.getByRole('heading', { name: 'Välj fil' }).waitFor();
  }

  async openFromMenu(): Promise<void> {
    await this.page.getByRole('menuitem', { name: 'Import' }).click();
    await this.page.getByRole('heading', { name: 'Välj fil' }).waitFor();
  }

  /** Chooses the register the file fills, by its label ("Remisser"). */
  async chooseRegister(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Register' }).click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async choose(name: string, contents: Buffer, mimeType = 'text/csv'): Promise<void> {
    await this.page
      .getByLabel('Välj .xlsx- eller .csv-fil')
      .setInputFiles({ name, mimeType, buffer: contents });
    // The chosen file's line, not a run of the same name in the list of latest runs.
    await this.page
      .locator('p')
      .filter({ hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) })
      .waitFor();
  }

  async dryRun(): Promise<void> {
    await this.page.getByRole('button', { name: 'Provkör', exact: true }).click();
  }

  /** The dry run's summary line ("Rader i filen: 4. Kan importeras: 3. …"). */
  summary() {
    return this.page.getByRole('status').filter({ hasText: /^Rader i filen/ });
  }

  /** The error table's rows as [row, column, message]. */
  async errors(): Promise<string[][]> {
    const table = this.page.getByRole('table', { name: 'Fel per rad' });
    await table.waitFor();
    return table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim() ?? ''),
        ),
      );
  }

  alert() {
    return this.page.getByRole('alert').filter({ hasText: /\S/ });
  }

  async importRows(count: number): Promise<void> {
    const rows = count === 1 ? '1 rad' : `${count} rader`;
    await this.page.getByRole('button', { name: `Importera ${rows}`, exact: true }).click();
  }

  /** Waits for the import's final line and returns it. */
  async result(): Promise<string> {
    const line = this.page
      .getByRole('status')
      .filter({ hasText: /Importen är klar|Importen avbröts/ });
    await line.waitFor({ timeout: 60_000 });
    return (await line.textContent()) ?? '';
  }

  /** The file names the list of the chosen register's latest runs shows, newest first. */
  async runFiles(register: string): Promise<string[]> {
    const table = this.page.getByRole('table', {
      name: `Senaste importerna till registret: ${register}`,
    });
    await table.waitFor();
    const names = await table.locator('tbody tr td:first-child').allTextContents();
    return names.map((name) => name.trim());
  }
}
