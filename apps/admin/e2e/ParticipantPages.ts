// Page object for participants (Deltagare): register, find by name or personnummer, open.
import type { Page } from 'playwright-core';
import { type AdminPage, BASE_URL } from './AdminPage';

/** Participants (Deltagare): register, find by name or personnummer, open and edit. */
export class ParticipantPages {
  constructor(readonly admin: AdminPage) {}

  private get page(): Page {
    return this.admin.page;
  }

  /** Logs in on a small screen, where the menu is folded away: waits to leave the login page. */
  async loginOnPhone(email: string, password: string): Promise<void> {
    await this.page.goto(`${BASE_URL}/`);
    await this.page.getByLabel(/^E-post/).fill(email);
    await this.page.getByLabel(/^Lösenord/).fill(password);
    await this.page.getByRole('button', { name: 'Logga in' }).click();
    await this.page.waitForURL((url) => !url.hash.includes('login'));
  }

  /** Opens "Ny deltagare" with personnummer, names and target-group factors filled in. */
  async startCreate(person: {
    personnummer: string;
    firstName: string;
    lastName: string;
    factors: string[];
  }): Promise<void> {
    await this.page.goto(`${BASE_URL}/#/Participant/create`);
    await this.page.getByLabel(/^Personnummer/).fill(person.personnummer);
    await this.page.getByLabel(/^Förnamn/).fill(person.firstName);
    await this.page.getByLabel(/^Efternamn/).fill(person.lastName);
    for (const factor of person.factors) {
      await this.page.getByLabel(/^Målgruppsfaktorer/).click();
      await this.page.getByRole('option', { name: factor }).click();
      await this.page.keyboard.press('Escape');
    }
  }

  async chooseHomeMunicipality(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: /^Hemkommun/ }).fill(name);
    await this.page.getByRole('option', { name }).first().click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Spara' }).click();
  }

  /** After saving: the new person's show page; returns their id. */
  async savedPersonId(): Promise<string> {
    await this.page.waitForURL(/#\/Participant\/[^/]+\/show$/);
    return decodeURIComponent(this.page.url().split('/Participant/')[1]?.split('/')[0] ?? '');
  }

  /** The list, searched for a name or personnummer (the search box stays in the URL). */
  async search(text: string): Promise<void> {
    await this.page.goto(`${BASE_URL}/#/Participant`);
    const box = this.page.getByPlaceholder('Sök');
    await box.fill(text);
    await this.page.waitForURL((url) => decodeURIComponent(url.hash).includes(`"q":"${text}"`));
  }

  /** The rows (or, on a phone, the list items) of the participant list. */
  rowsNamed(name: string) {
    return this.page.getByText(name, { exact: false });
  }

  async openFromList(name: string): Promise<void> {
    await this.rowsNamed(name).first().click();
    await this.page.waitForURL(/#\/Participant\/[^/]+\/show$/);
  }
}
