// WCAG 2.1 AA measured (issue 21 item 1): axe-core's WCAG 2.0/2.1 A and AA rules on every
// route of the panel (taken from the panel's own route list, so a new page is covered) for
// every role that can open it, lists with data and empty, in Swedish; every route of the
// manager and the coach again in English; and the public pages (login, statement, survey
// link) in both. 0 violations, and no notification on screen: opening a page notifies
// nothing, so a snackbar is a refused query (the referrer's municipality page asked for its
// coaches) and is named with its text. Each check waits for MUI's transitions to end, so a
// fade is not measured half-way (CI once failed on a snackbar's contrast as it faded in).
// With AXE_RESULTS=1 it writes the results file the accessibility statement is built from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Role } from '../src/api/types';
import { ROLES } from '../src/auth/roles';
import { PUBLIC_ROUTES } from '../src/layout/customRoutes';
import { BASE_URL, launch } from './AdminPage';
import {
  AXE_VERSION,
  type AxeFinding,
  DEMO_ACCOUNTS,
  ResultsCollector,
  axeCheck,
  gqlAs,
  notificationsShown,
  settle,
  transitionsFinished,
  useLocale,
  visitsFor,
} from './AccessibilityPages';
import { signedIn } from './RoleDayPages';

const engine = `axe-core ${AXE_VERSION}`;
const ENGLISH_TOO: readonly Role[] = ['MANAGER', 'COACH'];
const DESKTOP = '1280x800';

describe('accessibility (axe-core, WCAG 2.0/2.1 A and AA)', () => {
  let browser: Browser;
  const collected = new ResultsCollector();

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    collected.write(engine);
    await browser.close();
  });

  /** Visits and checks; returns "where: rule (targets)" for every violation. */
  async function check(
    page: Page,
    where: {
      path: string;
      role: Role | 'PUBLIC';
      locale: 'sv' | 'en';
      state: 'data' | 'empty' | 'single';
    },
  ): Promise<string[]> {
    const started = Date.now();
    await settle(page);
    await transitionsFinished(page);
    const settled = Date.now();
    const notifications = await notificationsShown(page);
    const finding: AxeFinding = await axeCheck(page);
    if (process.env.AXE_TIMING) console.log(where.path, settled - started, Date.now() - settled);
    collected.add({ ...where, viewport: DESKTOP }, finding);
    const at = `${where.path} [${where.state}] ${where.role}/${where.locale}`;
    return [
      // Opening a page notifies nothing; a notification here is a refused query or a leftover.
      ...notifications.map((text) => `${at}: notification on screen – "${text}"`),
      ...finding.violations.map((v) => `${at}: ${v.rule} – ${v.targets.join(' | ')}`),
    ];
  }

  async function checkRole(role: Role, locale: 'sv' | 'en'): Promise<string[]> {
    const [email, password] = DEMO_ACCOUNTS[role];
    const admin = await signedIn(browser, email, password);
    const page = admin.page;
    if (locale === 'en') await useLocale(page, 'en');
    const found: string[] = [];
    try {
      for (const visit of await visitsFor(role)) {
        await page.goto(visit.url);
        found.push(
          ...(await check(page, { path: visit.route.path, role, locale, state: visit.state })),
        );
      }
    } finally {
      await page.context().close();
    }
    return found;
  }

  for (const role of ROLES) {
    it(`every page ${role} can open, in Swedish`, { timeout: 900_000 }, async () => {
      expect(await checkRole(role, 'sv')).toEqual([]);
    });
  }

  for (const role of ENGLISH_TOO) {
    it(`every page ${role} can open, in English`, { timeout: 900_000 }, async () => {
      expect(await checkRole(role, 'en')).toEqual([]);
    });
  }

  it(
    'the public pages: login, the statement and a survey link, in both languages',
    { timeout: 300_000 },
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const found: string[] = [];
      // A one-time survey link, made as the coach would (the page itself needs no log-in).
      const { allEnrollments } = await gqlAs<{ allEnrollments: { id: string }[] }>(
        'COACH',
        '{ allEnrollments(perPage: 1, filter: { active: true }) { id } }',
      );
      const { questionnaires } = await gqlAs<{
        questionnaires: { id: string; latest: boolean; respondent: string }[];
      }>('COACH', '{ questionnaires { id latest respondent } }');
      const questionnaire = questionnaires.find((q) => q.latest && q.respondent === 'PARTICIPANT');
      const { createSurveyInvitation } = await gqlAs<{ createSurveyInvitation: { path: string } }>(
        'COACH',
        `mutation { createSurveyInvitation(enrollmentId: "${allEnrollments[0]?.id}", questionnaireId: "${questionnaire?.id}", trigger: ENROLLMENT) { path } }`,
      );
      try {
        for (const locale of ['sv', 'en'] as const) {
          await page.goto(`${BASE_URL}/#/login`);
          await useLocale(page, locale);
          await page.getByRole('button').first().waitFor();
          found.push(
            ...(await check(page, { path: '/login', role: 'PUBLIC', locale, state: 'single' })),
          );
          await page.goto(`${BASE_URL}/#${PUBLIC_ROUTES.accessibility}`);
          await page.getByRole('heading', { level: 1 }).waitFor();
          found.push(
            ...(await check(page, {
              path: PUBLIC_ROUTES.accessibility,
              role: 'PUBLIC',
              locale,
              state: 'single',
            })),
          );
        }
        await page.goto(`${BASE_URL}${createSurveyInvitation.path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        found.push(
          ...(await check(page, {
            path: '/survey/:token',
            role: 'PUBLIC',
            locale: 'sv',
            state: 'single',
          })),
        );
        await page.getByRole('button', { name: 'English' }).click();
        found.push(
          ...(await check(page, {
            path: '/survey/:token',
            role: 'PUBLIC',
            locale: 'en',
            state: 'single',
          })),
        );
      } finally {
        await context.close();
      }
      expect(found).toEqual([]);
    },
  );
});
