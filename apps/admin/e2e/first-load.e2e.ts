import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launch } from './AdminPage';
import { CoachStartPage, loginForm } from './StartPages';

// The first load (issue 21 item 6), in the built panel served by the built gateway: the login
// page gets only the shell's scripts, compressed and cacheable for a year (no resource screen,
// no GraphQL client); a coach's start page adds its own chunks, not the overview's charts.
// Sizes and times over 4G are measured in `npm run bench`, not here.

/** What the login page's scripts may weigh uncompressed (the single bundle was 1,698 kB). */
const LOGIN_SCRIPT_BUDGET_BYTES = 1_100_000;

type Script = { url: string; encoding?: string; cacheControl?: string; bytes: number };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Records every script the page receives from now on; `received()` waits for the network to
 * go quiet and gives each with its headers and decoded size.
 */
function recordScripts(page: Page): { received(): Promise<Script[]> } {
  const pending: Promise<Script>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      Promise.all([response.allHeaders(), response.body()]).then(([headers, body]) => ({
        url: response.url(),
        encoding: headers['content-encoding'],
        cacheControl: headers['cache-control'],
        bytes: body.length,
      })),
    );
  });
  return {
    async received() {
      await page.waitForLoadState('networkidle');
      return Promise.all(pending);
    },
  };
}

const names = (scripts: Script[]) => scripts.map((s) => new URL(s.url).pathname);

async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  return context.newPage();
}

describe('the first load', () => {
  it('gives the login page compressed, long-cached scripts within its budget', async () => {
    const page = await freshPage();
    const recorder = recordScripts(page);
    await page.goto(`${BASE_URL}/`);
    await loginForm(page).waitFor();
    const scripts = await recorder.received();

    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(['br', 'gzip'], script.url).toContain(script.encoding);
      expect(script.cacheControl, script.url).toBe('public, max-age=31536000, immutable');
    }
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
    expect(total, JSON.stringify(names(scripts))).toBeLessThan(LOGIN_SCRIPT_BUDGET_BYTES);
    // The resource screens, the start pages and the GraphQL schema wait for their routes.
    expect(names(scripts).join(' ')).not.toMatch(
      /\/(ParticipantList|ParticipantShow|Dashboard|CoachStart|CaseloadChart|ReallocationPage|schema)-/,
    );
    await page.context().close();
  });

  it("loads a coach's start page without the overview's charts", async () => {
    const page = await freshPage();
    await page.goto(`${BASE_URL}/`);
    await loginForm(page).fill('coach.nassjo@demo.hoglandet.se');
    await page.getByLabel(/^Lösenord/).fill('demo-coach');
    await page.waitForLoadState('networkidle');
    const recorder = recordScripts(page);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await new CoachStartPage(page).heading().waitFor();

    const loaded = names(await recorder.received()).join(' ');
    expect(loaded).toMatch(/\/CoachStart-/);
    expect(loaded).not.toMatch(/\/(Dashboard|CaseloadChart)-/);
    await page.context().close();
  });
});
