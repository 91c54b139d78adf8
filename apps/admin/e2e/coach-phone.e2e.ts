// The coach's day on a phone (390×844): the same casework as at a desk, every page fitting
// the screen (no sideways scrolling) and lists as simple lists, as in react-admin's demo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { type AdminPage, BASE_URL, launch } from './AdminPage';
import { ParticipantPages } from './ParticipantPages';
import {
  CaseworkPages,
  DatedReferralPages,
  PHONE,
  daysFromToday,
  demoCoachName,
  horizontalOverflow,
  monthsAgo,
  newPersonnummer,
  signedIn,
} from './RoleDayPages';

const STEPS = [
  '2 Yrkesprofil',
  '3 Jobbsökning',
  '4 Arbetsgivarkontakt',
  '5 Stöd på och utanför arbetet',
];
const STEP_DAYS = [-200, -180, -160, -140].map(daysFromToday);

describe('the coach’s day on a phone', () => {
  let browser: Browser;
  const person = {
    personnummer: newPersonnummer(),
    firstName: 'Tove',
    lastName: `Mobilsson${Date.now() % 100_000}`,
  };
  const fullName = `${person.firstName} ${person.lastName}`;
  let enrollmentId = '';
  const opened: AdminPage[] = [];

  beforeAll(async () => {
    browser = await launch();
    // Referred and accepted at a desk, as in the other walk.
    const referrer = await signedIn(browser, 'handlaggare@demo.hoglandet.se', 'demo-handlaggare');
    opened.push(referrer);
    const referralId = await new DatedReferralPages(referrer.page).refer({
      ...person,
      municipality: 'Nässjö',
      receivedOn: daysFromToday(-230),
    });
    const chief = await signedIn(browser, 'kommunchef.nassjo@demo.hoglandet.se', 'demo-kommunchef');
    opened.push(chief);
    enrollmentId = await new DatedReferralPages(chief.page).accept(referralId, {
      coach: await demoCoachName(),
      decidedOn: daysFromToday(-225),
      enrolledOn: daysFromToday(-220),
      income: 'Sjukersättning',
    });
  });
  afterAll(async () => {
    for (const admin of opened) await admin.page.context().close();
    await browser.close();
  });

  it('finds the person, records steps, a placement, the discharge and the follow-up', async () => {
    const coach = await signedIn(browser, 'coach.nassjo@demo.hoglandet.se', 'demo-coach', PHONE);
    opened.push(coach);
    const page = coach.page;
    const fits = async (what: string) =>
      expect({ what, overflow: await horizontalOverflow(page) }).toEqual({ what, overflow: 0 });

    await page.getByTestId('caseload-row').first().waitFor();
    await fits('start page');

    const people = new ParticipantPages(coach);
    await people.search(fullName);
    await people.rowsNamed(person.lastName).first().waitFor();
    expect(await page.getByRole('table').count()).toBe(0); // a simple list
    await fits('participant list');
    await people.openFromList(person.lastName);
    await page.getByText(person.personnummer).waitFor();
    await fits('participant page');

    const casework = new CaseworkPages(page);
    await casework.openEnrollment(enrollmentId);
    await fits('enrollment page');
    for (const [index, step] of STEPS.entries()) {
      await casework.moveTo(step, STEP_DAYS[index] ?? '');
      await fits(`enrollment page after ${step}`);
    }
    expect(await casework.field('currentPhase')).toBe(STEPS[3]);

    expect(await casework.startPlacement()).toBe(fullName);
    await fits('placement form');
    await casework.savePlacement({
      employer: 'Höglandets Bygg AB',
      kind: 'Arbetsträning',
      startedOn: daysFromToday(-130),
    });
    expect(await casework.field('employerId')).toBe('Höglandets Bygg AB');
    await fits('placement page');

    await casework.openEnrollment(enrollmentId);
    const dischargedOn = monthsAgo(3, 2);
    await casework.discharge({
      on: dischargedOn,
      reason: 'Börjat studera',
      income: 'Studiemedel',
      occupation: 'Studier',
    });
    expect(await casework.field('dischargedOn')).toBe(dischargedOn);
    expect(await casework.field('occupationAfter')).toBe('Studier');
    await fits('discharged enrollment page');

    const planned = await casework.followUps();
    expect(planned).toHaveLength(3);
    await casework.recordFollowUpHere(daysFromToday(0));
    const [done] = await casework.followUps();
    expect(done).toContain(daysFromToday(0));
    await fits('enrollment page with the follow-up recorded');

    await page.goto(`${BASE_URL}/#/Enrollment`);
    await page.getByText(fullName).first().waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    await fits('enrollment list');
  });
});
