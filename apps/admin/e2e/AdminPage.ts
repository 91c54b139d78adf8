// Page object for the admin panel: log in, navigate, drive the reallocation screen and read
// the audit log.
import { chromium, type Browser, type Page } from 'playwright-core';

export const BASE_URL = process.env.ADMIN_URL ?? 'http://localhost:4000';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export class AdminPage {
  constructor(readonly page: Page) {}

  static async open(browser: Browser): Promise<AdminPage> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    return new AdminPage(await context.newPage());
  }

  async login(email: string, password: string): Promise<void> {
    await this.page.goto(`${BASE_URL}/`);
    await this.page.getByLabel(/^E-post/).fill(email);
    await this.page.getByLabel(/^Lösenord/).fill(password);
    await this.page.getByRole('button', { name: 'Logga in' }).click();
    await this.page.getByRole('menuitem').first().waitFor();
  }

  menuItem(name: string) {
    return this.page.getByRole('menuitem', { name });
  }

  async openReallocation(): Promise<void> {
    await this.menuItem('Omfördelning av tjänster').click();
    await this.page.getByRole('table', { name: 'Tjänster per kommun' }).waitFor();
    // The demo always has earlier decisions: wait for them before counting.
    await this.historyEntries().first().waitFor();
  }

  proposed(municipality: string) {
    return this.page.getByLabel(`Föreslagen tjänstegrad ${municipality}`);
  }

  async step(municipality: string, direction: 'Öka' | 'Minska', step = '0,5'): Promise<void> {
    await this.page
      .getByRole('button', { name: `${direction} ${municipality} med ${step}` })
      .click();
  }

  async suggest(method: 'Hamilton' | 'Webster' | "D'Hondt" | 'Huntington-Hill'): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${method}`) }).check();
    await this.page.getByRole('button', { name: 'Hämta förslag' }).click();
  }

  /** Sets "Gäller från" and waits for the allocation on that date. */
  async setEffectiveFrom(date: string): Promise<void> {
    await this.page.getByLabel(/^Gäller från/).fill(date);
    await this.page.getByRole('table', { name: 'Tjänster per kommun' }).waitFor();
  }

  async writeReason(reason: string): Promise<void> {
    await this.page.getByLabel(/^Motivering/).fill(reason);
  }

  decideButton() {
    return this.page.getByRole('button', { name: 'Besluta' });
  }

  historyEntries() {
    return this.page.getByTestId('decision-history-entry');
  }

  /**
   * The first day of a month no decision in the history has reached and at least `minimum`
   * months ahead: browser suites share one database in no fixed order, and a decision is
   * refused when a later one exists, so each suite decides after whatever others decided.
   */
  async firstFreeMonth(minimum: number): Promise<string> {
    await this.historyEntries().first().waitFor();
    const dates = (await this.historyEntries().allInnerTexts())
      .map((text) => /Från (\d{4}-\d{2}-\d{2})/.exec(text)?.[1])
      .filter((date): date is string => date !== undefined);
    const now = new Date();
    const floor = firstOfMonth(now.getUTCFullYear(), now.getUTCMonth() + minimum);
    const latest = dates.sort().at(-1);
    if (!latest) return floor;
    const afterLatest = firstOfMonth(Number(latest.slice(0, 4)), Number(latest.slice(5, 7)));
    return afterLatest > floor ? afterLatest : floor;
  }

  /** The reallocation rules: a municipality's minimum, saved. */
  async setMinimum(municipality: string, fte: string): Promise<void> {
    await this.page.getByLabel(`Golv för ${municipality}`).fill(fte);
    await this.page.getByRole('button', { name: 'Spara reglerna' }).click();
    await this.page.getByText('Reglerna är sparade.').waitFor();
  }

  /** The manager records who decides (the board's decision). */
  async setWhoDecides(mode: RegExp, reference = ''): Promise<void> {
    await this.page.getByRole('radio', { name: mode }).check();
    if (reference) await this.page.getByLabel(/^Styrelsens delegationsbeslut/).fill(reference);
    await this.page.getByRole('button', { name: 'Spara reglerna' }).click();
    await this.page.getByText('Reglerna är sparade.').waitFor();
  }

  async setWindowMonths(months: number): Promise<void> {
    await this.page.getByTestId('window-months').fill(String(months));
  }

  proposals() {
    return this.page.getByTestId('proposal');
  }

  async currentFte(municipality: string): Promise<string> {
    const cells = this.page.getByTestId(`allocation-row-${municipality}`).getByRole('cell');
    return (await cells.nth(0).innerText()).trim();
  }

  /** The audit log page (Granskningslogg), once its table has loaded. */
  async openAuditLog(): Promise<void> {
    await this.menuItem('Granskningslogg').click();
    await this.auditTable().waitFor();
  }

  auditTable() {
    return this.page.getByRole('table', { name: 'Granskningslogg' });
  }

  async filterAuditLog(entityId: string): Promise<void> {
    await this.page.getByLabel(/^Person\/post \(id\)/).fill(entityId);
    await this.page.getByRole('button', { name: 'Filtrera' }).click();
  }

  async screenshot(name: string): Promise<void> {
    const dir = process.env.SCREENSHOT_DIR;
    if (dir) await this.page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  }
}

/** The referral flow: a referrer refers a person, the SE group accepts and enrols. */
export class ReferralPages {
  constructor(readonly admin: AdminPage) {}

  private get page(): Page {
    return this.admin.page;
  }

  /** Picks an autocomplete option by typing part of its name. */
  private async autocomplete(label: RegExp, text: string, option: RegExp): Promise<void> {
    await this.page.getByLabel(label).fill(text);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** As a referrer: refers a person by personnummer and name; returns the referral's id. */
  async referPerson(person: {
    personnummer: string;
    firstName: string;
    lastName: string;
    municipality: string;
    project: RegExp;
  }): Promise<string> {
    await this.page.goto(`${BASE_URL}/#/Referral/create`);
    await this.page.getByLabel(/^Personnummer/).fill(person.personnummer);
    await this.page.getByLabel(/^Förnamn/).fill(person.firstName);
    await this.page.getByLabel(/^Efternamn/).fill(person.lastName);
    await this.autocomplete(/^Kommun/, person.municipality, new RegExp(person.municipality));
    await this.autocomplete(/^Projekt/, '2021', person.project);
    await this.page.getByRole('button', { name: 'Spara' }).click();
    await this.page.waitForURL(/#\/Referral\/[^/]+\/show$/);
    return decodeURIComponent(this.page.url().split('/Referral/')[1]?.split('/')[0] ?? '');
  }

  /** As the SE group: accepts at the latest meeting, enrolling with the coach. */
  async acceptAtMeeting(referralId: string, coachName: string): Promise<void> {
    await this.page.goto(`${BASE_URL}/#/Referral/${encodeURIComponent(referralId)}/show`);
    await this.page.getByRole('button', { name: 'Anta och skriv in' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^SE-gruppsmöte/).click();
    await this.page.getByRole('option').first().click();
    await dialog.getByLabel(/^Jobbcoach/).click();
    await this.page.getByRole('option', { name: coachName }).click();
    await dialog.getByLabel(/^Försörjning vid start/).click();
    await this.page.getByRole('option', { name: 'Aktivitetsersättning' }).click();
    await this.page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Bekräfta' }).click();
    await this.page.waitForURL(/#\/Enrollment\/[^/]+\/show$/);
  }

  /** The names in the enrollment list (the simple list on a phone, the table otherwise). */
  async enrollmentListShows(name: string): Promise<void> {
    await this.page.goto(`${BASE_URL}/#/Enrollment`);
    await this.page.getByText(name).first().waitFor();
  }
}

/** Messages, follow-ups and reports: what a user reads after an action or on a screen. */
export class MessagePages {
  constructor(readonly page: Page) {}

  /** The text of the notification shown after an action. */
  async notification(): Promise<string> {
    // react-admin's notification (a snackbar), not the page's own alerts.
    const snackbar = this.page.locator('.MuiSnackbar-root').first();
    await snackbar.waitFor();
    return (await snackbar.innerText()).trim();
  }

  /** Opens the first active enrollment and asks to move it to a phase (e.g. "3 Jobbsökning"). */
  async movePhaseOfFirstActive(phase: string, on: string): Promise<void> {
    await this.page.goto(
      `${BASE_URL}/#/Enrollment?filter=${encodeURIComponent('{"active":true}')}`,
    );
    await this.page.locator('tbody tr').first().click();
    await this.page.waitForURL(/#\/Enrollment\/[^/]+\/show$/);
    await this.page.getByRole('button', { name: 'Flytta till steg' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^Steg/).click();
    await this.page.getByRole('option', { name: phase }).click();
    await dialog.getByLabel(/^Datum/).fill(on);
    await dialog.getByRole('button', { name: 'Bekräfta' }).click();
  }

  /** The follow-up list as it opens; each row's text once loaded. */
  async followUpRows(): Promise<string[]> {
    await this.page.goto(`${BASE_URL}/#/FollowUp`);
    await this.page.locator('tbody tr').first().waitFor();
    return this.page.locator('tbody tr').allInnerTexts();
  }

  /** The reports screen with a report chosen (by its Swedish or English menu name). */
  async openReport(name: string): Promise<void> {
    await this.page.goto(`${BASE_URL}/#/reports`);
    const select = this.page.getByRole('combobox', { name: /^(Rapport|Report)/ });
    await select.click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await this.reportTable().locator('tbody tr').first().waitFor();
  }

  reportTable() {
    return this.page.getByTestId('report-table');
  }

  /** The cells of one column, found by its header (waiting for the table that has it). */
  async reportColumn(header: string): Promise<string[]> {
    const heading = this.reportTable().locator('thead th').filter({ hasText: header });
    await heading.first().waitFor();
    const headers = await this.reportTable().locator('thead th').allInnerTexts();
    const index = headers.findIndex((h) => h.trim() === header);
    if (index < 0) throw new Error(`No column ${header} in ${headers.join(' | ')}`);
    const rows = await this.reportTable().locator('tbody tr').all();
    return Promise.all(
      rows.map(async (row) => (await row.locator('th, td').nth(index).innerText()).trim()),
    );
  }

  /** Switches the panel's language (react-admin keeps it in its store) and reloads. */
  async useLocale(locale: 'sv' | 'en'): Promise<void> {
    await this.page.evaluate(
      (l) => localStorage.setItem('RaStore.locale', JSON.stringify(l)),
      locale,
    );
    await this.page.reload();
  }
}

/** `yyyy-mm-01` of month index `month` (0-based, may overflow) in `year`. */
function firstOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
}
