// Page objects for a role's working day: a referral with its received date, the SE group's
// acceptance with dates, the coach's casework on an enrollment (steps, placement,
// discharge, follow-up), the municipal chief's attestation and what fits on a phone.
import { testPersonnummer } from '@finsam-se/domain';
import type { Browser, Page } from 'playwright-core';
import { AdminPage, BASE_URL } from './AdminPage';

export const PHONE = { width: 390, height: 844 } as const;

/** A date `days` from today (UTC, as the tests run), as YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A date plus whole months, the day kept within the month (31 August + 3 = 30 November). */
export function addMonths(isoDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  first.setUTCDate(Math.min(day, last.getUTCDate()));
  return first.toISOString().slice(0, 10);
}

/** A date a number of months before today, then `days` more back, as YYYY-MM-DD. */
export function monthsAgo(months: number, days = 0): string {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/**
 * A Skatteverket test number nobody has: the demo's people are born from 1956 on, other
 * browser tests use 1934 and 1951, and date and serial change from run to run.
 */
export function newPersonnummer(): string {
  const seconds = Math.floor(Date.now() / 1000);
  const month = String(1 + (Math.floor(seconds / 28) % 12)).padStart(2, '0');
  const day = String(1 + (seconds % 28)).padStart(2, '0');
  const digits = testPersonnummer(`1952-${month}-${day}`, 'male', Math.floor(seconds / 336) % 10);
  return `${digits.slice(0, 8)}-${digits.slice(8)}`;
}

/** The name of the demo coach's own coach record (whom the SE group enrols to). */
export async function demoCoachName(): Promise<string> {
  const gql = async <T>(query: string, token?: string): Promise<T> => {
    const response = await fetch(`${BASE_URL}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query }),
    });
    return ((await response.json()) as { data: T }).data;
  };
  const { login } = await gql<{ login: { token: string } }>(
    'mutation { login(email: "coach.nassjo@demo.hoglandet.se", password: "demo-coach") { token } }',
  );
  const { me } = await gql<{ me: { coachId: string } }>('{ me { coachId } }', login.token);
  const { Coach } = await gql<{ Coach: { name: string } }>(
    `{ Coach(id: "${me.coachId}") { name } }`,
    login.token,
  );
  return Coach.name;
}

/** Signs in as a demo user in a fresh context of the given size. */
export async function signedIn(
  browser: Browser,
  email: string,
  password: string,
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<AdminPage> {
  const context = await browser.newContext({ viewport });
  const admin = new AdminPage(await context.newPage());
  await admin.page.goto(`${BASE_URL}/`);
  await admin.page.getByLabel(/^E-post/).fill(email);
  await admin.page.getByLabel(/^Lösenord/).fill(password);
  await admin.page.getByRole('button', { name: 'Logga in' }).click();
  await admin.page.waitForURL((url) => !url.hash.includes('login'));
  return admin;
}

/** Whether the page is wider than the window (a form or list that does not fit). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Chooses an option of a MUI select; a multiple select stays open, so it is closed. */
async function choose(
  page: Page,
  field: ReturnType<Page['getByLabel']>,
  options: string[],
  multiple = false,
) {
  await field.click();
  for (const option of options)
    await page.getByRole('option', { name: option, exact: true }).click();
  if (multiple) await page.keyboard.press('Escape');
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
}

/** The value a show page gives a field, without its label. */
export async function fieldValue(page: Page, source: string): Promise<string> {
  const field = page.locator(`.ra-field-${source}`).first();
  await field.waitFor();
  const [, ...value] = (await field.innerText()).trim().split('\n');
  return value.join(' ').trim();
}

/** The id in a show page's address (#/Resource/<id>/show). */
function idIn(page: Page, resource: string): string {
  return decodeURIComponent(page.url().split(`/${resource}/`)[1]?.split('/')[0] ?? '');
}

/** Referrals with the dates the SE group works with. */
export class DatedReferralPages {
  constructor(readonly page: Page) {}

  /** As a referrer: refers a new person received on a date; returns the referral's id. */
  async refer(person: {
    personnummer: string;
    firstName: string;
    lastName: string;
    municipality: string;
    receivedOn: string;
  }): Promise<string> {
    await this.page.goto(`${BASE_URL}/#/Referral/create`);
    await this.page.getByLabel(/^Personnummer/).fill(person.personnummer);
    await this.page.getByLabel(/^Förnamn/).fill(person.firstName);
    await this.page.getByLabel(/^Efternamn/).fill(person.lastName);
    await this.page.getByLabel(/^Kommun/).fill(person.municipality);
    await this.page.getByRole('option', { name: person.municipality }).first().click();
    await this.page.getByLabel(/^Projekt/).fill('2021');
    await this.page.getByRole('option', { name: /2021/ }).first().click();
    await this.page.getByLabel(/^Mottagen/).fill(person.receivedOn);
    await this.page.getByRole('button', { name: 'Spara' }).click();
    await this.page.waitForURL(/#\/Referral\/[^/]+\/show$/);
    return idIn(this.page, 'Referral');
  }

  /** The referral's state as its page shows it. */
  async state(referralId: string): Promise<string> {
    await this.page.goto(`${BASE_URL}/#/Referral/${encodeURIComponent(referralId)}/show`);
    return fieldValue(this.page, 'state');
  }

  /** As the SE group: accepts at its meeting with coach and start date in one dialog. */
  async accept(
    referralId: string,
    decision: { coach: string; decidedOn: string; enrolledOn: string; income: string },
  ): Promise<string> {
    await this.page.goto(`${BASE_URL}/#/Referral/${encodeURIComponent(referralId)}/show`);
    await this.page.getByRole('button', { name: 'Anta och skriv in' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^SE-gruppsmöte/).click();
    await this.page.getByRole('option').first().click();
    await dialog.getByLabel(/^Beslutsdatum/).fill(decision.decidedOn);
    await choose(this.page, dialog.getByLabel(/^Jobbcoach/), [decision.coach]);
    await dialog.getByLabel(/^Startdatum/).fill(decision.enrolledOn);
    await choose(this.page, dialog.getByLabel(/^Försörjning vid start/), [decision.income], true);
    await dialog.getByRole('button', { name: 'Bekräfta' }).click();
    await this.page.waitForURL(/#\/Enrollment\/[^/]+\/show$/);
    return idIn(this.page, 'Enrollment');
  }
}

/** A coach's casework on one enrollment. */
export class CaseworkPages {
  constructor(readonly page: Page) {}

  async openEnrollment(id: string): Promise<void> {
    await this.page.goto(`${BASE_URL}/#/Enrollment/${encodeURIComponent(id)}/show`);
    await this.page.getByTestId('phase-timeline').waitFor();
  }

  /** The value a show page gives a field (its label stripped). */
  field(source: string): Promise<string> {
    return fieldValue(this.page, source);
  }

  /** Moves the enrollment to a step on a date and waits for the page to show it. */
  async moveTo(step: string, on: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Flytta till steg' }).click();
    const dialog = this.page.getByRole('dialog');
    await choose(this.page, dialog.getByLabel(/^Steg/), [step]);
    await dialog.getByLabel(/^Datum/).fill(on);
    await dialog.getByRole('button', { name: 'Bekräfta' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await this.page.getByTestId('phase-timeline').getByText(step).waitFor();
  }

  /** Each step's label and the date it was reached, as the timeline shows them. */
  async timeline(): Promise<string[]> {
    const steps = this.page.getByTestId('phase-timeline').locator('.MuiStepLabel-labelContainer');
    return (await steps.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** From the open enrollment, "Ny placering": returns the enrollment the form comes with. */
  async startPlacement(): Promise<string> {
    await this.page.getByRole('link', { name: 'Ny placering' }).click();
    await this.page.waitForURL(/#\/Placement\/create/);
    const enrollment = this.page.getByRole('combobox', { name: /^Inskrivning/ });
    const input = await enrollment.elementHandle();
    await this.page.waitForFunction((el) => (el as HTMLInputElement).value !== '', input);
    return enrollment.inputValue();
  }

  /** Fills in the rest of the placement form and saves; returns the placement's id. */
  async savePlacement(placement: {
    employer: string;
    kind: string;
    startedOn: string;
  }): Promise<string> {
    await this.page.getByLabel(/^Arbetsgivare/).fill(placement.employer);
    await this.page.getByRole('option', { name: placement.employer }).first().click();
    await choose(this.page, this.page.getByLabel(/^Typ/), [placement.kind]);
    await this.page.getByLabel(/^Start/).fill(placement.startedOn);
    await this.page.getByRole('button', { name: 'Spara' }).click();
    await this.page.waitForURL(/#\/Placement\/[^/]+\/show$/);
    return idIn(this.page, 'Placement');
  }

  /** Discharges with reason, income and occupation, planning the follow-ups. */
  async discharge(discharge: {
    on: string;
    reason: string;
    income: string;
    occupation: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Skriv ut' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^Datum/).fill(discharge.on);
    await choose(this.page, dialog.getByLabel(/^Orsak/), [discharge.reason]);
    await choose(this.page, dialog.getByLabel(/^Försörjning vid avslut/), [discharge.income], true);
    await choose(this.page, dialog.getByLabel(/^Sysselsättning efter/), [discharge.occupation]);
    await dialog.getByRole('button', { name: 'Bekräfta' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** The open enrollment's follow-ups, one text per row (months after, due, done...). */
  async followUps(): Promise<string[]> {
    const rows = this.page.getByTestId('enrollment-follow-ups').locator('tbody tr, li');
    await rows.first().waitFor();
    return (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** Records the open enrollment's first follow-up not yet done, done on a date, working. */
  async recordFollowUpHere(doneOn: string): Promise<void> {
    const section = this.page.getByTestId('enrollment-follow-ups');
    await section.getByRole('button', { name: 'Registrera uppföljning' }).first().click();
    await this.fillFollowUp(doneOn);
  }

  private async fillFollowUp(doneOn: string): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^Gjord/).fill(doneOn);
    await dialog.getByLabel('Arbetar').check();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** The follow-up list as a coach opens it: what is to do now. */
  async openFollowUpsToDo(): Promise<void> {
    await this.page.goto(`${BASE_URL}/#/FollowUp`);
    await this.page.locator('tbody tr').first().waitFor();
  }

  /** Records a listed follow-up of the person as done on a date, working. */
  async recordFollowUp(participant: string, doneOn: string): Promise<void> {
    const row = this.page.locator('tbody tr', { hasText: participant }).first();
    await row.getByRole('button', { name: 'Registrera uppföljning' }).click();
    await this.fillFollowUp(doneOn);
  }
}

/** The municipal chief's half-year attestation. */
export class AttestationPages {
  constructor(readonly page: Page) {}

  /** The half-years the overview asks the chief to sign. */
  async due(): Promise<string[]> {
    const card = this.page.getByRole('region', { name: 'Halvårsintyg att signera' });
    await card.waitFor();
    return (await card.locator('li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  async sign(project: RegExp, halfYear: string, statement: string): Promise<void> {
    await this.page.goto(`${BASE_URL}/#/Attestation`);
    await this.page.getByRole('button', { name: 'Signera', exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/^Projekt/).click();
    await this.page.getByRole('option', { name: project }).click();
    await dialog.getByLabel(/^Halvår/).fill(halfYear);
    await dialog.getByLabel(/^Intygande/).fill(statement);
    await dialog.getByRole('button', { name: 'Signera', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** The attestation list's row for a half-year, as text. */
  async row(halfYear: string): Promise<string> {
    const row = this.page.locator('tbody tr', { hasText: halfYear }).first();
    await row.waitFor();
    return (await row.innerText()).replace(/\s+/g, ' ').trim();
  }
}
