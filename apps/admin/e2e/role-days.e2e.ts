// Every role's real day on the demo, in the order the work happens (issue 15, "Done
// means"): the referrer refers a new person; the SE group accepts at its meeting, enrolling
// with coach and start date in one step; the coach records the five steps, a placement, a
// discharge and a follow-up; the municipal chief signs a half-year that has ended; the
// manager finds the person by personnummer; the board reads aggregates only and another
// förbund published figures only. Each step checks what the user sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { type AdminPage, BASE_URL, launch } from './AdminPage';
import { ParticipantPages } from './ParticipantPages';
import {
  AttestationPages,
  CaseworkPages,
  DatedReferralPages,
  addMonths,
  daysFromToday,
  demoCoachName,
  monthsAgo,
  newPersonnummer,
  signedIn,
} from './RoleDayPages';

const REFERRER = ['handlaggare@demo.hoglandet.se', 'demo-handlaggare'] as const;
const CHIEF = ['kommunchef.nassjo@demo.hoglandet.se', 'demo-kommunchef'] as const;
const COACH = ['coach.nassjo@demo.hoglandet.se', 'demo-coach'] as const;
const MANAGER = ['chef@demo.hoglandet.se', 'demo-chef'] as const;
const BOARD = ['styrelse@demo.hoglandet.se', 'demo-styrelse'] as const;
const EXTERNAL = ['extern@demo.sodravatterbygden.se', 'demo-extern'] as const;

// The person's eight months, dated back from today so that the first follow-up (three
// months after discharge) is due now and the coach may record it.
const DAYS = {
  received: daysFromToday(-240),
  decided: daysFromToday(-233),
  enrolled: daysFromToday(-226),
  steps: [daysFromToday(-212), daysFromToday(-191), daysFromToday(-170), daysFromToday(-142)],
  placement: daysFromToday(-136),
  discharged: monthsAgo(3, 3),
  followUpDone: daysFromToday(0),
};
const STEPS = [
  '2 Yrkesprofil',
  '3 Jobbsökning',
  '4 Arbetsgivarkontakt',
  '5 Stöd på och utanför arbetet',
];

describe('every role’s day', () => {
  let browser: Browser;
  const person = {
    personnummer: newPersonnummer(),
    firstName: 'Sten',
    lastName: `Dagsson${Date.now() % 100_000}`,
  };
  const fullName = `${person.firstName} ${person.lastName}`;
  let referralId = '';
  let enrollmentId = '';
  const opened: AdminPage[] = [];
  const as = async (account: readonly [string, string]) => {
    const admin = await signedIn(browser, account[0], account[1]);
    opened.push(admin);
    return admin;
  };

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    for (const admin of opened) await admin.page.context().close();
    await browser.close();
  });

  it('the referrer refers a new person by personnummer and name and sees its state', async () => {
    const referrer = await as(REFERRER);
    expect(await referrer.menuItem('Deltagare').count()).toBe(0);
    const referrals = new DatedReferralPages(referrer.page);
    referralId = await referrals.refer({
      ...person,
      municipality: 'Nässjö',
      receivedOn: DAYS.received,
    });
    expect(await referrals.state(referralId)).toBe('Mottagen');
    expect(await referrer.page.getByText(person.lastName).count()).toBe(0);
  });

  it('the SE group accepts at its meeting with coach and start date, in one step', async () => {
    const chief = await as(CHIEF);
    const coachName = await demoCoachName();
    const casework = new CaseworkPages(chief.page);
    enrollmentId = await new DatedReferralPages(chief.page).accept(referralId, {
      coach: coachName,
      decidedOn: DAYS.decided,
      enrolledOn: DAYS.enrolled,
      income: 'Aktivitetsersättning',
    });
    expect(await casework.field('participantName')).toBe(fullName);
    expect(await casework.field('coachId')).toBe(coachName);
    expect(await casework.field('enrolledOn')).toBe(DAYS.enrolled);

    // The referrer sees the decision as the referral's state, still without a name.
    const referrer = await as(REFERRER);
    expect(await new DatedReferralPages(referrer.page).state(referralId)).toBe('Antagen');
  });

  it('the coach finds the person, records the five steps, a placement and the discharge', async () => {
    const coach = await as(COACH);
    const people = new ParticipantPages(coach);
    await people.search(fullName);
    await people.openFromList(person.lastName);
    await coach.page.getByText(person.personnummer).waitFor();
    // The referral on the person's page names who referred in words, not a code.
    await coach.page.getByRole('cell', { name: 'Arbetsförmedlingen' }).waitFor();
    await coach.page.locator('.ra-field-enrollmentId a').click();
    await coach.page.waitForURL(/#\/Enrollment\/[^/]+\/show$/);
    expect(coach.page.url()).toContain(encodeURIComponent(enrollmentId));

    const casework = new CaseworkPages(coach.page);
    for (const [index, step] of STEPS.entries())
      await casework.moveTo(step, DAYS.steps[index] ?? '');
    expect(await casework.field('currentPhase')).toBe(STEPS[3]);
    expect(await casework.timeline()).toEqual([
      `1 Överenskommelse ${DAYS.enrolled}`,
      ...STEPS.map((step, index) => `${step} ${DAYS.steps[index] ?? ''}`),
    ]);

    await casework.openEnrollment(enrollmentId);
    expect(await casework.startPlacement()).toBe(fullName);
    await casework.savePlacement({
      employer: 'Nässjö Mekaniska',
      kind: 'Anställning',
      startedOn: DAYS.placement,
    });
    expect(await casework.field('employerId')).toBe('Nässjö Mekaniska');
    expect(await casework.field('kind')).toBe('Anställning');
    expect(await casework.field('startedOn')).toBe(DAYS.placement);

    await casework.openEnrollment(enrollmentId);
    await casework.discharge({
      on: DAYS.discharged,
      reason: 'Fått arbete',
      income: 'Lön',
      occupation: 'Förvärvsarbete på reguljära arbetsmarknaden',
    });
    // The page may show its cached record for a moment before the refetch after the dialog.
    await expect.poll(() => casework.field('dischargedOn')).toBe(DAYS.discharged);
    expect(await casework.field('dischargeReason')).toBe('Fått arbete');
    expect(await casework.field('occupationAfter')).toBe(
      'Förvärvsarbete på reguljära arbetsmarknaden',
    );
  });

  it('the coach records the follow-up that is due', async () => {
    const coach = await as(COACH);
    const casework = new CaseworkPages(coach.page);
    await casework.openEnrollment(enrollmentId);
    // Planned at discharge: 3, 6 and 12 months after, none done (once the list has refetched).
    await expect
      .poll(async () => (await casework.followUps()).map((row) => row.split(' ')[0]))
      .toEqual(['3', '6', '12']);
    const planned = await casework.followUps();
    expect(planned[0]).toContain(addMonths(DAYS.discharged, 3));
    // The three-month one is due now: it is on the coach's to-do list.
    await casework.openFollowUpsToDo();
    await casework.recordFollowUp(fullName, DAYS.followUpDone);
    await casework.openEnrollment(enrollmentId);
    await expect.poll(async () => (await casework.followUps())[0]).toContain(DAYS.followUpDone);
  });

  it('the municipal chief signs a half-year that has ended', async () => {
    const chief = await as(CHIEF);
    const attestations = new AttestationPages(chief.page);
    const due = await attestations.due();
    if (due.length === 0) {
      // A database reused by earlier runs: every ended half-year is signed, and it says so.
      await chief.page.getByText('Inga intyg väntar.').waitFor();
      return;
    }
    const halfYear = /\d{4}H[12]/.exec(due[0] ?? '')?.[0] ?? '';
    expect(halfYear).toMatch(/^\d{4}H[12]$/);
    await attestations.sign(/2021/, halfYear, 'Bidraget har endast gått till lön för jobbcoachen.');
    const row = await attestations.row(halfYear);
    expect(row).toContain('Nässjö');
    expect(row).toContain(daysFromToday(0));
    // Signed, it is no longer asked for.
    await chief.page.goto(`${BASE_URL}/#/`);
    expect(await attestations.due()).not.toContain(due[0]);
  });

  it('the manager finds the person by personnummer, with and without the dash', async () => {
    const manager = await as(MANAGER);
    const people = new ParticipantPages(manager);
    for (const q of [person.personnummer, person.personnummer.replace('-', '')]) {
      await people.search(q);
      await people.rowsNamed(person.lastName).first().waitFor();
      expect(await manager.page.getByRole('row').count()).toBe(2); // the header and the person
    }
  });

  it('the board reads aggregated figures: no person lists, no person pages', async () => {
    const board = await as(BOARD);
    await board.page
      .getByText(/^Till arbete eller studier \(mål/)
      .first()
      .waitFor();
    expect(await board.menuItem('Deltagare').count()).toBe(0);
    expect(await board.menuItem('Remisser').count()).toBe(0);
    // The referrals waiting are a number, with no way into the referrals themselves.
    await board.page.getByTestId('referrals-waiting').waitFor();
    expect(await board.page.getByRole('link', { name: 'Visa remisser' }).count()).toBe(0);
    for (const path of ['#/Participant', `#/Enrollment/${encodeURIComponent(enrollmentId)}/show`]) {
      await board.page.goto(`${BASE_URL}/${path}`);
      await board.page.getByRole('heading', { name: 'Inte tillåtet för din roll' }).waitFor();
      expect(await board.page.getByText(person.lastName).count()).toBe(0);
    }
  });

  it('another förbund sees published figures only', async () => {
    const external = await as(EXTERNAL);
    await external.page.getByTestId('report-table').waitFor();
    expect(await external.menuItem('Deltagare').count()).toBe(0);
    await external.page.goto(`${BASE_URL}/#/Participant`);
    await external.page.getByRole('heading', { name: 'Inte tillåtet för din roll' }).waitFor();
  });
});
