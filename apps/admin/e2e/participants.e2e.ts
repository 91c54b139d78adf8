// Participants in the panel: a coach registers a person with a target-group factor and
// finds and opens them again; the manager finds a person by personnummer with and without
// the dash; on a phone the list is a simple list; the board has no people in its menu and
// the steering group no create or edit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AdminPage, BASE_URL, launch } from './AdminPage';
import { ParticipantPages } from './ParticipantPages';

// Skatteverket test numbers (serial 980–999) born in 1934, a year the demo's people are not.
const COACHS_PERSON = { personnummer: '19340211-9824', firstName: 'Elsa', lastName: 'Provsson' };
const MANAGERS_PERSON = { personnummer: '19340212-9856', firstName: 'Olof', lastName: 'Testberg' };

describe('participants', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a coach registers a person with a målgruppsfaktor, then finds and opens them', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('coach.nassjo@demo.hoglandet.se', 'demo-coach');
    const people = new ParticipantPages(admin);
    const page = admin.page;
    await people.startCreate({ ...COACHS_PERSON, factors: ['Psykisk ohälsa'] });
    // No home municipality: the form says what is missing instead of a refused save.
    await people.save();
    await page.getByText('Välj deltagarens hemkommun.').waitFor();
    await people.chooseHomeMunicipality('Nässjö');
    await people.save();
    const id = await people.savedPersonId();
    await page.getByText('Psykisk ohälsa').waitFor();
    await page.getByText('Väntar på inskrivning').first().waitFor();
    await page.getByRole('link', { name: 'Redigera' }).waitFor();
    expect(await page.getByText('Posten finns inte').count()).toBe(0);

    await people.search(`${COACHS_PERSON.firstName} ${COACHS_PERSON.lastName}`);
    await people.openFromList(COACHS_PERSON.lastName);
    expect(page.url()).toContain(encodeURIComponent(id));
    await page.getByText(COACHS_PERSON.personnummer).waitFor();
    await page.context().close();
  });

  it('the manager finds a person by personnummer with and without the dash', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const people = new ParticipantPages(admin);
    await people.startCreate({ ...MANAGERS_PERSON, factors: [] });
    await people.chooseHomeMunicipality('Eksjö');
    await people.save();
    await people.savedPersonId();
    const digits = MANAGERS_PERSON.personnummer.replace('-', '');
    for (const q of [MANAGERS_PERSON.personnummer, digits, digits.slice(2)]) {
      await people.search(q);
      await people.rowsNamed(MANAGERS_PERSON.lastName).first().waitFor();
      expect(await admin.page.getByRole('row').count()).toBe(2); // the header and the person
    }
    await admin.page.context().close();
  });

  it('on a phone the participant list is a simple list of the coach’s current people', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const admin = new AdminPage(await context.newPage());
    await new ParticipantPages(admin).loginOnPhone('coach.nassjo@demo.hoglandet.se', 'demo-coach');
    await admin.page.goto(`${BASE_URL}/#/Participant`);
    const items = admin.page.locator('a[href*="#/Participant/"][href$="/show"]');
    await items.first().waitFor();
    expect(await admin.page.getByRole('table').count()).toBe(0);
    // The coach starts on current people (enrolled or waiting), and the filter says so.
    await admin.page.getByText('Väntar på inskrivning').first().waitFor();
    expect(await admin.page.getByText('Utskriven', { exact: true }).count()).toBe(0);
    await context.close();
  });

  it('the board has no people in its menu; the steering group neither creates nor edits', async () => {
    const board = await AdminPage.open(browser);
    await board.login('styrelse@demo.hoglandet.se', 'demo-styrelse');
    expect(await board.menuItem('Deltagare').count()).toBe(0);
    expect(await board.menuItem('Inskrivningar').count()).toBe(0);
    await board.page.context().close();

    const steering = await AdminPage.open(browser);
    await steering.login('beredning@demo.hoglandet.se', 'demo-beredning');
    await steering.menuItem('Deltagare').click();
    // The personnummer cell: the row's middle is the home municipality, a link of its own.
    await steering.page.getByRole('row').nth(1).getByRole('cell').first().click();
    await steering.page.waitForURL(/#\/Participant\/[^/]+\/show$/);
    await steering.page.getByText('Personnummer').first().waitFor();
    expect(await steering.page.getByRole('link', { name: 'Redigera' }).count()).toBe(0);
    await steering.page.goto(`${BASE_URL}/#/Participant`);
    await steering.page.getByRole('row').nth(1).waitFor();
    expect(await steering.page.getByRole('link', { name: 'Skapa' }).count()).toBe(0);
    await steering.page.context().close();
  });
});
