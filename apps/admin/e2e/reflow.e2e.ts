// Reflow (WCAG 1.4.10, issue 21 item 4): at 320 CSS pixels wide, and at tablet widths
// beside the open menu (640, 768, 860), every route of every role (the panel's own route
// list) fits without sideways scrolling, and a table too wide for its box scrolls inside it
// as a named tab stop (keyboard users can scroll it); on a 390×844 phone the
// coach's main lists are simple lists and the reallocation screen stacks. With SCREENSHOTS=1
// it saves the main pages at phone size to docs/screenshots/phone-*.png.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Role } from '../src/api/types';
import { ROLES } from '../src/auth/roles';
import { CUSTOM_ROUTES, PUBLIC_ROUTES } from '../src/layout/customRoutes';
import { BASE_URL, launch } from './AdminPage';
import { panelRoutesFor } from '../src/accessibility/panelRoutes';
import { DEMO_ACCOUNTS, settle, visitsFor } from './AccessibilityPages';
import { PHONE, horizontalOverflow, signedIn } from './RoleDayPages';
import { unreachableScrollingTables } from './ReflowPages';

const NARROW = { width: 320, height: 640 } as const;
/** Between a phone and a desktop: react-admin shows the menu beside the page from 600 px. */
const TABLET_WIDTHS = [640, 768, 860] as const;
/** The registers that were tables at every width until they got a simple list on a phone. */
const PHONE_LISTS = ['Project', 'Post', 'Coach', 'Employer', 'Attestation', 'User'] as const;
const SCREENSHOT_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../docs/screenshots',
);

/** Saves the page at phone size as docs/screenshots/phone-<name>.png when SCREENSHOTS=1. */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `phone-${name}.png`) });
}

describe('reflow: no sideways scrolling at 320 px, phone layouts at 390×844', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  async function overflowing(role: Role): Promise<string[]> {
    const [email, password] = DEMO_ACCOUNTS[role];
    const admin = await signedIn(browser, email, password, NARROW);
    const page = admin.page;
    const found: string[] = [];
    try {
      for (const visit of await visitsFor(role)) {
        if (visit.state === 'empty') continue;
        await page.setViewportSize(NARROW);
        await page.goto(visit.url);
        await settle(page);
        for (const width of [NARROW.width, ...TABLET_WIDTHS]) {
          if (width !== NARROW.width) {
            await page.setViewportSize({ width, height: 800 });
            await settle(page);
          }
          const where = `${visit.route.path} (${role}) at ${width} px`;
          const overflow = await horizontalOverflow(page);
          if (overflow > 0) found.push(`${where}: ${overflow} px too wide`);
          for (const table of await unreachableScrollingTables(page))
            found.push(`${where}: ${table}`);
        }
      }
    } finally {
      await page.context().close();
    }
    return found;
  }

  for (const role of ROLES) {
    it(
      `every page ${role} can open fits 320, 640, 768 and 860 px`,
      { timeout: 900_000 },
      async () => {
        expect(await overflowing(role)).toEqual([]);
      },
    );
  }

  it('the login page and the statement fit 320 px', async () => {
    const context = await browser.newContext({ viewport: NARROW });
    const page = await context.newPage();
    try {
      await page.goto(`${BASE_URL}/#/login`);
      await page.getByRole('button', { name: 'Logga in' }).waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      await page.goto(`${BASE_URL}/#${PUBLIC_ROUTES.accessibility}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
    } finally {
      await context.close();
    }
  });

  it(
    'on a phone the coach’s lists are simple lists (no tables)',
    { timeout: 300_000 },
    async () => {
      const [email, password] = DEMO_ACCOUNTS.COACH;
      const coach = await signedIn(browser, email, password, PHONE);
      const page = coach.page;
      try {
        await settle(page);
        await screenshot(page, 'coach-start');
        for (const resource of ['Participant', 'Enrollment', 'Referral', 'FollowUp']) {
          await page.goto(`${BASE_URL}/#/${resource}`);
          await settle(page);
          expect({ resource, tables: await page.getByRole('table').count() }).toEqual({
            resource,
            tables: 0,
          });
          expect(await horizontalOverflow(page)).toBe(0);
          await screenshot(page, `coach-${resource.toLowerCase()}-list`);
        }
        await page.locator('.MuiListItemButton-root, a.MuiListItem-root').first().click();
        await settle(page);
        await screenshot(page, 'coach-follow-up');
      } finally {
        await page.context().close();
      }
    },
  );

  it(
    'on a phone the manager’s registers are simple lists (no tables), and the login page fits',
    { timeout: 300_000 },
    async () => {
      const login = await browser.newContext({ viewport: PHONE });
      const loginPage = await login.newPage();
      try {
        await loginPage.goto(`${BASE_URL}/#/login`);
        await loginPage.getByRole('button', { name: 'Logga in' }).waitFor();
        expect(await horizontalOverflow(loginPage)).toBe(0);
        await screenshot(loginPage, 'login');
      } finally {
        await login.close();
      }
      const [email, password] = DEMO_ACCOUNTS.MANAGER;
      const manager = await signedIn(browser, email, password, PHONE);
      const page = manager.page;
      const lists = panelRoutesFor('MANAGER').flatMap((r) =>
        r.kind === 'list' ? [r.resource] : [],
      );
      try {
        for (const resource of PHONE_LISTS.filter((name) => lists.includes(name))) {
          await page.goto(`${BASE_URL}/#/${resource}`);
          await settle(page);
          expect({ resource, tables: await page.getByRole('table').count() }).toEqual({
            resource,
            tables: 0,
          });
          expect(await horizontalOverflow(page)).toBe(0);
          await screenshot(page, `manager-${resource.toLowerCase()}-list`);
        }
      } finally {
        await page.context().close();
      }
    },
  );

  it(
    'on a phone the reallocation screen stacks its table, chart and checks',
    { timeout: 300_000 },
    async () => {
      const [email, password] = DEMO_ACCOUNTS.STEERING;
      const steering = await signedIn(browser, email, password, PHONE);
      const page = steering.page;
      try {
        await page.goto(`${BASE_URL}/#${CUSTOM_ROUTES.reallocation}`);
        await page.getByRole('table', { name: 'Tjänster per kommun' }).waitFor();
        await settle(page);
        expect(await horizontalOverflow(page)).toBe(0);
        // Stacked: every card within the screen's width (none beside another, none cut off).
        const boxes = await page
          .locator('main .MuiCard-root')
          .evaluateAll((sections) =>
            sections.map((s) => s.getBoundingClientRect()).map((r) => [r.left, r.top, r.width]),
          );
        expect(boxes.length).toBeGreaterThan(2);
        for (const [left, , width] of boxes) {
          expect(left).toBeGreaterThanOrEqual(0);
          expect((left ?? 0) + (width ?? 0)).toBeLessThanOrEqual(PHONE.width);
        }
        await screenshot(page, 'steering-reallocation');
        await page.goto(`${BASE_URL}/`);
        await settle(page);
        await screenshot(page, 'steering-overview');
        await page.goto(`${BASE_URL}/#${PUBLIC_ROUTES.accessibility}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await screenshot(page, 'accessibility-statement');
      } finally {
        await page.context().close();
      }
    },
  );
});
