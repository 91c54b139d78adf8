// The core flow across roles: the referrer (handläggare) refers a new person by
// personnummer and name; the SE group (here the municipal chief) accepts at its meeting
// with coach and start date, which enrols the person in the same step; the coach then
// sees the new enrollment, on a phone-sized screen as a simple list.
import { testPersonnummer } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AdminPage, BASE_URL, ReferralPages, launch } from './AdminPage';

async function gql<T>(query: string, token?: string): Promise<T> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data: T };
  return body.data;
}

/** The name of the demo coach's own coach record (whom the SE group enrols to). */
async function demoCoachName(): Promise<string> {
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

/**
 * A number nobody has: the demo's people are born from 1956 on, and the date and serial
 * change from run to run (a reused server keeps earlier runs' people).
 */
function newPersonnummer(): string {
  const seconds = Math.floor(Date.now() / 1000);
  const month = String(1 + (Math.floor(seconds / 28) % 12)).padStart(2, '0');
  const day = String(1 + (seconds % 28)).padStart(2, '0');
  return testPersonnummer(`1951-${month}-${day}`, 'female', Math.floor(seconds / 336) % 10);
}

describe('referral → SE group → enrollment', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the referrer refers, the chief accepts at the meeting, the coach sees the enrollment', async () => {
    const lastName = `Remissdotter${Date.now() % 100_000}`;
    const coachName = await demoCoachName();

    const referrer = await AdminPage.open(browser);
    await referrer.login('handlaggare@demo.hoglandet.se', 'demo-handlaggare');
    const referralId = await new ReferralPages(referrer).referPerson({
      personnummer: newPersonnummer(),
      firstName: 'Ebba',
      lastName,
      municipality: 'Nässjö',
      project: /2021/,
    });
    await referrer.page.getByText('Mottagen').first().waitFor();
    // The referrer sees the state of their own referral, never the name.
    expect(await referrer.page.getByText(lastName).count()).toBe(0);
    await referrer.page.context().close();

    const chief = await AdminPage.open(browser);
    await chief.login('kommunchef.nassjo@demo.hoglandet.se', 'demo-kommunchef');
    await new ReferralPages(chief).acceptAtMeeting(referralId, coachName);
    await chief.page.getByText(`Ebba ${lastName}`).first().waitFor();
    await chief.page.context().close();

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const coach = new AdminPage(await context.newPage());
    await coach.page.goto(`${BASE_URL}/`);
    await coach.page.getByLabel(/^E-post/).fill('coach.nassjo@demo.hoglandet.se');
    await coach.page.getByLabel(/^Lösenord/).fill('demo-coach');
    await coach.page.getByRole('button', { name: 'Logga in' }).click();
    await coach.page.waitForURL((url) => !url.hash.includes('login'));
    await new ReferralPages(coach).enrollmentListShows(`Ebba ${lastName}`);
    // A simple list on a phone: no table.
    expect(await coach.page.getByRole('table').count()).toBe(0);
    await context.close();
  });
});
