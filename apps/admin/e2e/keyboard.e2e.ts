// Keyboard only (issue 21 item 2): the steering group's reallocation decision (method,
// suggestion, each municipality's FTE, reason, decide, a conflict handled) and a coach's
// phase move and discharge, with page.keyboard alone: no clicks by the keyboard user. Focus
// is visible on every control passed and lands sensibly when a dialog opens and closes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AdminPage, BASE_URL, launch } from './AdminPage';
import { CUSTOM_ROUTES } from '../src/layout/customRoutes';
import { Keyboard, focusState } from './KeyboardPages';
import {
  DatedReferralPages,
  daysFromToday,
  demoCoachName,
  newPersonnummer,
  signedIn,
} from './RoleDayPages';

/** Signs in typing only: the e-mail field, Tab, the password, Enter. */
async function signInByKeyboard(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${BASE_URL}/#/login`);
  const keys = new Keyboard(page);
  await keys.typeInto(page.getByLabel(/^E-post/), email);
  await keys.typeInto(page.getByLabel(/^Lösenord/), password);
  await keys.press('Enter');
  await page.waitForURL((url) => !url.hash.includes('login'));
}

describe('keyboard only', () => {
  let browser: Browser;
  const opened: AdminPage[] = [];

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    for (const admin of opened) await admin.page.context().close();
    await browser.close();
  });

  it(
    'the steering group decides a reallocation and handles a conflict',
    { timeout: 300_000 },
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const keys = new Keyboard(page);
      try {
        await signInByKeyboard(page, 'beredning@demo.hoglandet.se', 'demo-beredning');
        await page.goto(`${BASE_URL}/#${CUSTOM_ROUTES.reallocation}`);
        await page.getByRole('table', { name: 'Tjänster per kommun' }).waitFor();
        await page.getByTestId('decision-history-entry').first().waitFor();
        const date = await new AdminPage(page).firstFreeMonth(9);

        await keys.typeInto(page.getByLabel(/^Gäller från/), date);
        await page.getByRole('table', { name: 'Tjänster per kommun' }).waitFor();
        // The method: Tab into the radio group, arrows to Webster (arrows select).
        const webster = page.getByRole('radio', { name: /^Webster/ });
        await keys.tabTo(page.getByRole('radio', { checked: true }).first());
        for (let i = 0; i < 6 && !(await webster.isChecked()); i++) await keys.press('ArrowDown');
        expect(await webster.isChecked()).toBe(true);
        await keys.tabTo(page.getByRole('button', { name: 'Hämta förslag' }));
        await keys.press('Enter');
        await page
          .getByText(/Webster/)
          .first()
          .waitFor();

        // Each municipality's FTE: a step down with its button, a typed value for another.
        const nassjo = page.getByLabel('Föreslagen tjänstegrad Nässjö');
        const before = await nassjo.inputValue();
        await keys.tabTo(page.getByRole('button', { name: 'Minska Nässjö med 0,5' }), {
          backwards: true,
        });
        await keys.press('Enter');
        await expect.poll(() => nassjo.inputValue()).not.toBe(before);
        const eksjo = page.getByLabel('Föreslagen tjänstegrad Eksjö');
        const eksjoValue = Number((await eksjo.inputValue()).replace(',', '.'));
        await keys.typeInto(eksjo, String(eksjoValue + 0.5).replace('.', ','));
        await keys.typeInto(
          page.getByLabel(/^Motivering/),
          'Med tangentbordet: Eksjö behöver mer.',
        );

        // Someone else decides on the same date first (with the mouse, in another browser).
        const manager = await signedIn(browser, 'chef@demo.hoglandet.se', 'demo-chef');
        opened.push(manager);
        await manager.openReallocation();
        await manager.setEffectiveFrom(date);
        await manager.step('Vetlanda', 'Minska');
        await manager.step('Aneby', 'Öka');
        await manager.writeReason('Hann först.');
        await expect.poll(() => manager.decideButton().isEnabled(), { timeout: 15_000 }).toBe(true);
        await manager.decideButton().click();
        await expect
          .poll(() => manager.historyEntries().first().innerText(), { timeout: 15_000 })
          .toContain('Hann först.');

        const decide = page.getByRole('button', { name: 'Besluta' });
        await expect.poll(() => decide.isEnabled(), { timeout: 15_000 }).toBe(true);
        await keys.tabTo(decide);
        await keys.press('Enter');
        const dialog = page.getByRole('dialog', { name: 'Någon annan hann besluta först' });
        await dialog.waitFor();
        expect(await keys.focusIsWithin(dialog)).toBe(true);
        expect((await focusState(page)).visible).toBe(true);
        await keys.tabTo(dialog.getByRole('button', { name: 'Ladda om' }));
        await keys.press('Enter');
        await dialog.waitFor({ state: 'hidden' });
        // Focus on the kept reason, where the user decides again; the draft is kept.
        const reason = page.getByLabel(/^Motivering/);
        await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(await reason.inputValue()).toBe('Med tangentbordet: Eksjö behöver mer.');
        expect(keys.invisible).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('a coach moves a phase and discharges', { timeout: 300_000 }, async () => {
    const person = {
      personnummer: newPersonnummer(),
      firstName: 'Tangent',
      lastName: `Bordsson${Date.now() % 100_000}`,
    };
    const referrer = await signedIn(browser, 'handlaggare@demo.hoglandet.se', 'demo-handlaggare');
    opened.push(referrer);
    const referralId = await new DatedReferralPages(referrer.page).refer({
      ...person,
      municipality: 'Nässjö',
      receivedOn: daysFromToday(-60),
    });
    const chief = await signedIn(browser, 'kommunchef.nassjo@demo.hoglandet.se', 'demo-kommunchef');
    opened.push(chief);
    const enrollmentId = await new DatedReferralPages(chief.page).accept(referralId, {
      coach: await demoCoachName(),
      decidedOn: daysFromToday(-55),
      enrolledOn: daysFromToday(-50),
      income: 'Sjukersättning',
    });

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const keys = new Keyboard(page);
    try {
      await signInByKeyboard(page, 'coach.nassjo@demo.hoglandet.se', 'demo-coach');
      await page.goto(`${BASE_URL}/#/Enrollment/${encodeURIComponent(enrollmentId)}/show`);
      await page.getByTestId('phase-timeline').waitFor();

      const move = page.getByRole('button', { name: 'Flytta till steg' });
      await keys.tabTo(move);
      await keys.press('Enter');
      const moveDialog = page.getByRole('dialog');
      await moveDialog.waitFor();
      expect(await keys.focusIsWithin(moveDialog)).toBe(true);
      await keys.choose(moveDialog.getByLabel(/^Steg/), '2 Yrkesprofil');
      await keys.typeInto(moveDialog.getByLabel(/^Datum/), daysFromToday(-30));
      await keys.tabTo(moveDialog.getByRole('button', { name: 'Bekräfta' }));
      await keys.press('Enter');
      await moveDialog.waitFor({ state: 'hidden' });
      await page.getByTestId('phase-timeline').getByText('2 Yrkesprofil').waitFor();
      await expect.poll(() => move.evaluate((el) => el === document.activeElement)).toBe(true);

      const discharge = page.getByRole('button', { name: 'Skriv ut' });
      await keys.tabTo(discharge);
      await keys.press('Enter');
      const dischargeDialog = page.getByRole('dialog');
      await dischargeDialog.waitFor();
      expect(await keys.focusIsWithin(dischargeDialog)).toBe(true);
      await keys.typeInto(dischargeDialog.getByLabel(/^Datum/), daysFromToday(-1));
      await keys.choose(dischargeDialog.getByLabel(/^Orsak/), 'Börjat studera');
      await keys.choose(dischargeDialog.getByLabel(/^Försörjning vid avslut/), 'Studiemedel', true);
      await keys.choose(dischargeDialog.getByLabel(/^Sysselsättning efter/), 'Studier');
      await keys.tabTo(dischargeDialog.getByRole('button', { name: 'Bekräfta' }));
      await keys.press('Enter');
      await dischargeDialog.waitFor({ state: 'hidden' });
      await page.locator('.ra-field-dischargedOn').getByText(daysFromToday(-1)).waitFor();
      // Focus is not lost to the page's start when the dialog closes.
      expect((await focusState(page)).description).not.toBe('body');
      expect(keys.invisible).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
