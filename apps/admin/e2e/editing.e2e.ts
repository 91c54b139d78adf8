// Editing screens: the manager creates an employer and sees the questionnaire versions;
// the board gets no create button; a coach has no questionnaire screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AdminPage, BASE_URL, launch } from './AdminPage';

describe('editing screens', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('manager creates an employer and lists questionnaire versions', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const page = admin.page;
    await page.goto(`${BASE_URL}/#/Employer/create`);
    await page.getByLabel(/^Namn/).fill('Testbolaget AB');
    await page.getByLabel(/^Organisationsnummer/).fill('55667788');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Ange organisationsnummer som NNNNNN-NNNN').waitFor();
    await page.getByLabel(/^Organisationsnummer/).fill('5566778899');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('556677-8899').waitFor();
    expect(page.url()).toMatch(/#\/Employer\/[^/]+\/show$/);

    await admin.menuItem('Enkätversioner').click();
    await page.getByRole('table', { name: 'Befintliga versioner' }).waitFor();
    const nextVersion = page.getByRole('button', { name: 'Ny version' }).first();
    await nextVersion.waitFor();
    const rows = await page.getByRole('row').count();
    await nextVersion.click();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText(/^Version \d+ av .+ är skapad\.$/).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(rows + 1);
    await admin.page.context().close();
  });

  it('board sees employers without a create button; coach has no questionnaire screen', async () => {
    const board = await AdminPage.open(browser);
    await board.login('styrelse@demo.hoglandet.se', 'demo-styrelse');
    await board.page.goto(`${BASE_URL}/#/Employer`);
    await board.page.getByRole('button', { name: 'Exportera' }).waitFor();
    expect(await board.page.getByRole('link', { name: 'Skapa' }).count()).toBe(0);
    await board.page.context().close();

    const coach = await AdminPage.open(browser);
    await coach.login('coach.nassjo@demo.hoglandet.se', 'demo-coach');
    expect(await coach.menuItem('Enkätversioner').count()).toBe(0);
    expect(await coach.menuItem('Användare').count()).toBe(0);
    await coach.page.context().close();
  });
});
