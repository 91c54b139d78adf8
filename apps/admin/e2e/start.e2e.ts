import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launch } from './AdminPage';
import {
  CoachStartPage,
  DashboardStart,
  ExternalStartPage,
  ReferrerStartPage,
  Shell,
  loadCounts,
  loginForm,
  openCounted,
  signIn,
} from './StartPages';

// A page that settles in a few navigations; the redirect loop of issue 15 made ~2,500.
const MAX_HISTORY_CHANGES = 200;
const MAX_MILLISECONDS = 3_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Loads `/` and measures how long and how many history changes `ready` takes to appear. */
async function timedLoad(page: Page, ready: () => Promise<void>) {
  const started = Date.now();
  await page.goto(`${BASE_URL}/`);
  await ready();
  const elapsed = Date.now() - started;
  return { elapsed, ...(await loadCounts(page)) };
}

describe('opening the panel', () => {
  it('shows the login form at once, without a redirect loop', async () => {
    const page = await openCounted(browser);
    const load = await timedLoad(page, () => loginForm(page).waitFor({ timeout: 30_000 }));
    expect(load.historyChanges, JSON.stringify(load)).toBeLessThan(MAX_HISTORY_CHANGES);
    expect(load.elapsed).toBeLessThan(MAX_MILLISECONDS);
    expect(page.url()).toMatch(/#\/login$/);
  });

  it('shows a signed-in user their start page at once when they come back', async () => {
    const page = await openCounted(browser);
    await signIn(page, 'beredning@demo.hoglandet.se', 'demo-beredning');
    const start = new DashboardStart(page);
    const load = await timedLoad(page, () => start.heading().waitFor({ timeout: 30_000 }));
    expect(load.historyChanges, JSON.stringify(load)).toBeLessThan(MAX_HISTORY_CHANGES);
    expect(load.elapsed).toBeLessThan(MAX_MILLISECONDS);
  });

  it('goes back to the login form after signing out, without a loop', async () => {
    const page = await openCounted(browser);
    await signIn(page, 'beredning@demo.hoglandet.se', 'demo-beredning');
    await page.reload();
    await new DashboardStart(page).heading().waitFor();
    const before = await loadCounts(page);
    await page.getByRole('button', { name: /Profil|Profile/ }).click();
    await page.getByRole('menuitem', { name: /Logga ut/ }).click();
    await loginForm(page).waitFor({ timeout: 30_000 });
    const after = await loadCounts(page);
    expect(after.historyChanges - before.historyChanges).toBeLessThan(MAX_HISTORY_CHANGES);
  });
});

describe('the shell', () => {
  it.each([
    ['beredning@demo.hoglandet.se', 'demo-beredning'],
    ['chef@demo.hoglandet.se', 'demo-chef'],
  ])('%s reaches both the reallocation screen and the decision list', async (email, password) => {
    const page = await openCounted(browser);
    await signIn(page, email, password);
    const shell = new Shell(page);
    await shell.open('Omfördelningsbeslut');
    await shell.decisionListHeader().waitFor();
    expect(await shell.reallocationTable().count()).toBe(0);
    expect(page.url()).toMatch(/#\/Reallocation$/);
    await shell.open('Omfördelning av tjänster');
    await shell.reallocationTable().waitFor();
    expect(await shell.decisionListHeader().count()).toBe(0);
  });

  it('titles a section of related records with the plural name, never "A |||| B"', async () => {
    const page = await openCounted(browser);
    await signIn(page, 'chef@demo.hoglandet.se', 'demo-chef');
    const shell = new Shell(page);
    await shell.open('Kommuner');
    await shell.openFirstRow();
    await shell.main().getByText('Jobbcoacher', { exact: true }).waitFor();
    await shell.main().getByText('Tjänster', { exact: true }).waitFor();
    expect(await shell.mainText()).not.toContain('||||');
  });
});

describe('a start page for each role', () => {
  it('a coach lands on their own caseload and what is due, with no load error', async () => {
    const page = await openCounted(browser);
    await signIn(page, 'coach.nassjo@demo.hoglandet.se', 'demo-coach');
    const start = new CoachStartPage(page);
    await start.heading().filter({ hasText: 'Mina deltagare och det som ska göras' }).waitFor();
    await start.caseloadRows().first().waitFor();
    const caseload = start.section(/^Mina aktiva deltagare/);
    const shown = await start.caseloadRows().count();
    expect(await caseload.getByRole('heading').innerText()).toBe(
      `Mina aktiva deltagare (${shown})`,
    );
    await start.section(/^Uppföljningar att göra/).waitFor();
    await start.followUpRows().first().waitFor();
    await start.referralRows().first().waitFor();
    await expect(start.nextMeeting().innerText()).resolves.toMatch(/SE-gruppsmöte/);
    expect(await start.loadError().count()).toBe(0);
  });

  it('a coach coming back sees the start page without a redirect loop', async () => {
    const page = await openCounted(browser);
    await signIn(page, 'coach.nassjo@demo.hoglandet.se', 'demo-coach');
    const start = new CoachStartPage(page);
    const load = await timedLoad(page, () => start.caseloadRows().first().waitFor());
    expect(load.historyChanges, JSON.stringify(load)).toBeLessThan(MAX_HISTORY_CHANGES);
  });

  it('a referrer lands on their own referrals and their state', async () => {
    const page = await openCounted(browser);
    await signIn(page, 'handlaggare@demo.hoglandet.se', 'demo-handlaggare');
    const start = new ReferrerStartPage(page);
    await start.heading().filter({ hasText: 'Mina remisser' }).waitFor();
    await start.referralRows().first().waitFor();
    await expect.poll(() => start.stateChip('RECEIVED').innerText()).toMatch(/^Mottagen: \d+$/);
    await expect.poll(() => start.stateChip('ACCEPTED').innerText()).toMatch(/^Antagen: \d+$/);
    expect(await start.loadError().count()).toBe(0);
  });

  it('an external user lands on the published figures', async () => {
    const page = await openCounted(browser);
    await signIn(page, 'extern@demo.sodravatterbygden.se', 'demo-extern');
    const start = new ExternalStartPage(page);
    await start
      .heading()
      .filter({ hasText: /^Publicerade siffror från / })
      .waitFor();
    await start.reportTable().waitFor();
    expect(await start.loadError().count()).toBe(0);
  });

  it.each([
    ['beredning@demo.hoglandet.se', 'demo-beredning'],
    ['chef@demo.hoglandet.se', 'demo-chef'],
    ['kommunchef.nassjo@demo.hoglandet.se', 'demo-kommunchef'],
    ['styrelse@demo.hoglandet.se', 'demo-styrelse'],
  ])('%s keeps the overview with its figures', async (email, password) => {
    const page = await openCounted(browser);
    await signIn(page, email, password);
    const start = new DashboardStart(page);
    await start.waitForFigures();
    expect(await start.loadError().count()).toBe(0);
  });
});
