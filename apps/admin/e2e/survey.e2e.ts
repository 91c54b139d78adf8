import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AdminPage, BASE_URL, launch } from './AdminPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** One GraphQL call as a demo user, for finding test data (the UI does the rest). */
async function gql<T>(email: string, password: string, query: string): Promise<T> {
  const post = async (body: unknown, token?: string) => {
    const response = await fetch(`${BASE_URL}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { data: Record<string, unknown> };
  };
  const login = await post({
    query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    variables: { e: email, p: password },
  });
  const token = (login.data.login as { token: string }).token;
  return (await post({ query }, token)).data as T;
}

async function respondents(admin: AdminPage): Promise<number> {
  const text = await admin.page
    .getByTestId('survey-respondents-satisfied_participants')
    .innerText();
  return Number(/^(\d+)/.exec(text.trim())?.[1] ?? NaN);
}

describe('survey through a one-time link', () => {
  it('coach sends a link, a participant answers on a phone, the link dies, the figure moves', async () => {
    // The steering group's figure before.
    const steering = await AdminPage.open(browser);
    await steering.login('beredning@demo.hoglandet.se', 'demo-beredning');
    await steering.page.getByTestId('survey-respondents-satisfied_participants').waitFor();
    const before = await respondents(steering);
    expect(before).toBeGreaterThan(0);

    // An active enrollment of the coach (in the current project).
    const { allEnrollments } = await gql<{ allEnrollments: { id: string }[] }>(
      'coach.nassjo@demo.hoglandet.se',
      'demo-coach',
      '{ allEnrollments(perPage: 1, filter: { active: true }) { id } }',
    );
    const enrollmentId = allEnrollments[0]?.id;
    expect(enrollmentId).toBeTruthy();

    const coach = await AdminPage.open(browser);
    await coach.login('coach.nassjo@demo.hoglandet.se', 'demo-coach');
    await coach.page.goto(`${BASE_URL}/#/Enrollment/${enrollmentId}/show`);
    await coach.page.getByRole('button', { name: 'Skicka enkät' }).click();
    const dialog = coach.page.getByRole('dialog', { name: 'Skicka enkät' });
    await dialog.getByRole('combobox', { name: /^Enkät/ }).click();
    await coach.page.getByRole('option', { name: /Hur upplever du stödet\?/ }).click();
    await dialog.getByRole('checkbox', { name: /Anonyma svar/ }).uncheck();
    await dialog.getByRole('button', { name: 'Skapa länk' }).click();
    const linkInput = dialog.getByTestId('survey-link');
    await linkInput.waitFor();
    const link = await linkInput.inputValue();
    expect(link).toMatch(/\/survey\/[A-Za-z0-9_-]{43}$/);
    await coach.screenshot('survey-link');
    await dialog.getByRole('button', { name: 'Stäng' }).click();

    // A phone, without logging in.
    const phoneContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const phone = await phoneContext.newPage();
    await phone.goto(link);
    await phone.getByRole('heading', { name: 'Hur upplever du stödet?' }).waitFor();
    expect(await phone.getByText(/Logga in/).count()).toBe(0);
    const answer = async (question: RegExp, option: string) =>
      phone
        .getByRole('radiogroup', { name: question })
        .getByRole('radio', { name: option })
        .check();
    await answer(/utgått från mina behov/, '5 – Stämmer helt');
    await answer(/närmare arbetsmarknaden/, '4 – Stämmer ganska bra');
    await answer(/väl bemött/, 'Ja');
    // Nothing wider than the phone.
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    if (process.env.SCREENSHOT_DIR)
      await phone.screenshot({
        path: `${process.env.SCREENSHOT_DIR}/survey-phone.png`,
        fullPage: true,
      });
    await phone.getByRole('button', { name: 'Skicka svar' }).click();
    await phone.getByText('Tack för dina svar!').waitFor();

    // The link no longer works.
    await phone.goto(link);
    await phone.getByText(/Länken fungerar inte/).waitFor();
    await phoneContext.close();

    // The coach sees the answer on the enrollment.
    await coach.page.reload();
    await expect
      .poll(() => coach.page.getByTestId('survey-answer-row').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);

    // The steering group's figure moved by one respondent.
    await steering.page.reload();
    await steering.page.getByTestId('survey-respondents-satisfied_participants').waitFor();
    await expect.poll(() => respondents(steering), { timeout: 10_000 }).toBe(before + 1);
    await steering.screenshot('survey-dashboard');
  });
});
