// Page objects for the accessibility suites: the demo account of every role, the concrete
// addresses of a role's routes (records to show and edit, a list with data and an empty
// one), waiting for a page to settle, axe-core's WCAG 2.0/2.1 A+AA check, the panel's
// language, and the results file the accessibility statement is built from.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { AxeResults as AxeRun } from 'axe-core';
import type { Page } from 'playwright-core';
import type { Role } from '../src/api/types';
import type { AxeResults, CheckedPage, FoundViolation } from '../src/accessibility/axeResults';
import { type PanelRoute, panelRoutesFor } from '../src/accessibility/panelRoutes';
import { BASE_URL } from './AdminPage';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export const DEMO_ACCOUNTS: Record<Role, readonly [string, string]> = {
  STEERING: ['beredning@demo.hoglandet.se', 'demo-beredning'],
  MANAGER: ['chef@demo.hoglandet.se', 'demo-chef'],
  BOARD: ['styrelse@demo.hoglandet.se', 'demo-styrelse'],
  MUNICIPAL_CHIEF: ['kommunchef.nassjo@demo.hoglandet.se', 'demo-kommunchef'],
  COACH: ['coach.nassjo@demo.hoglandet.se', 'demo-coach'],
  REFERRER: ['handlaggare@demo.hoglandet.se', 'demo-handlaggare'],
  EXTERNAL: ['extern@demo.sodravatterbygden.se', 'demo-extern'],
};

/** One GraphQL call as a demo user (finding records to open; the browser does the rest). */
export async function gqlAs<T>(role: Role, query: string): Promise<T> {
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
  const [email, password] = DEMO_ACCOUNTS[role];
  const login = await post({
    query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    variables: { e: email, p: password },
  });
  const token = (login.data.login as { token: string }).token;
  return (await post({ query }, token)).data as T;
}

/** ra-data-graphql-simple's list query: allMunicipalities, allCoaches, allSeGroupMeetings. */
function listQuery(resource: string): string {
  if (resource.endsWith('y')) return `all${resource.slice(0, -1)}ies`;
  if (resource.endsWith('ch')) return `all${resource}es`;
  return `all${resource}s`;
}

/** The first record the role may see, or undefined when it sees none. */
async function firstId(role: Role, resource: string): Promise<string | undefined> {
  const query = listQuery(resource);
  const data = await gqlAs<Record<string, { id: string }[]>>(
    role,
    `{ ${query}(perPage: 1) { id } }`,
  );
  return data[query]?.[0]?.id;
}

/** A filter no record matches: an empty list, as a new förbund or a narrow search shows. */
const NO_RECORD = encodeURIComponent(
  JSON.stringify({ ids: ['00000000-0000-4000-8000-000000000000'] }),
);

export interface Visit {
  readonly route: PanelRoute;
  readonly url: string;
  readonly state: CheckedPage['state'];
}

/** Every route the role can open, as addresses to visit (lists twice: data and empty). */
export async function visitsFor(role: Role): Promise<Visit[]> {
  const visits: Visit[] = [];
  const ids = new Map<string, string | undefined>();
  for (const route of panelRoutesFor(role)) {
    const at = (hash: string, state: Visit['state']) =>
      visits.push({ route, url: `${BASE_URL}/#${hash}`, state });
    if (route.kind === 'list') {
      at(route.path, 'data');
      at(`${route.path}?filter=${NO_RECORD}`, 'empty');
    } else if (route.kind === 'show' || route.kind === 'edit') {
      if (!ids.has(route.resource)) ids.set(route.resource, await firstId(role, route.resource));
      const id = ids.get(route.resource);
      if (id !== undefined) at(route.path.replace(':id', encodeURIComponent(id)), 'single');
    } else {
      at(route.path, 'single');
    }
  }
  return visits;
}

/**
 * Waits until the page has drawn its data: no loading indicator for two checks in a row
 * (react-admin shows one while a query or a lazy chunk loads).
 */
export async function settle(page: Page): Promise<void> {
  // Only indeterminate indicators mean loading; a determinate bar shows a figure (a share).
  // A simple list (on a phone) draws its own grey placeholder lines while it loads.
  const busy = page.locator(
    '[role="progressbar"]:not([aria-valuenow]):visible, .MuiSkeleton-root:visible, .RaSimpleListLoading-primary:visible',
  );
  let quiet = 0;
  while (quiet < 2) {
    await busy.first().waitFor({ state: 'hidden', timeout: 30_000 });
    await page.waitForTimeout(150);
    quiet = (await busy.count()) === 0 ? quiet + 1 : 0;
  }
}

/**
 * Waits until no finite CSS animation or transition runs (MUI's fades and grows: a snackbar
 * or dialog measured half-way in is a lighter colour than it will be, and axe would report
 * the contrast of a frame no one reads). Endless ones (a spinner) are left out; settle waits
 * for those. Checked twice in a row, since one transition's end can start the next (a queued
 * notification comes in as the last one goes).
 */
export async function transitionsFinished(page: Page): Promise<void> {
  let quiet = 0;
  while (quiet < 2) {
    const running = await page.evaluate(async () => {
      const finite = document
        .getAnimations()
        .filter(
          (a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity,
        );
      await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
      return finite.length;
    });
    quiet = running === 0 ? quiet + 1 : 0;
  }
}

/**
 * The text of every react-admin notification (snackbar) on screen. Opening a page shows none:
 * one there is an error the page caused (a refused query) or one left over from an earlier
 * page, and either way the suite names it instead of only the rule it broke.
 */
export async function notificationsShown(page: Page): Promise<string[]> {
  const texts = await page.locator('.MuiSnackbar-root').allInnerTexts();
  return texts.map((text) => text.trim().replace(/\s+/g, ' ')).filter((text) => text !== '');
}

export interface AxeFinding {
  readonly violations: { rule: string; impact: string; help: string; targets: string[] }[];
  readonly applied: string[];
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION = (require('axe-core/package.json') as { version: string }).version;

/**
 * axe-core over the whole page with the WCAG 2.0/2.1 A and AA rules, plus
 * label-content-name-mismatch (WCAG 2.5.3, which axe still marks experimental and leaves
 * out by default). axe is injected once per document: the panel's pages are hash
 * navigations in one document, so later checks reuse it.
 */
export async function axeCheck(page: Page): Promise<AxeFinding> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated, not a script tag: the panel's Content-Security-Policy forbids inline scripts.
    await page.evaluate(AXE_SOURCE);
  }
  const result = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeRun> } }).axe.run(
        document,
        {
          runOnly: { type: 'tag', values: tags },
          rules: { 'label-content-name-mismatch': { enabled: true } },
          resultTypes: ['violations'],
        },
      ),
    [...WCAG_TAGS],
  );
  return {
    violations: result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    })),
    applied: [...result.passes, ...result.violations].map((rule) => rule.id),
  };
}

/** Switches the panel's language (react-admin keeps it in local storage) and reloads. */
export async function useLocale(page: Page, locale: 'sv' | 'en'): Promise<void> {
  await page.evaluate((value) => localStorage.setItem('RaStore.locale', value), `"${locale}"`);
  await page.reload();
}

/** Collects what the suite checked and found, for the statement's results file. */
export class ResultsCollector {
  private readonly pages: CheckedPage[] = [];
  private readonly applied = new Set<string>();
  private readonly violations = new Map<string, FoundViolation & { pages: string[] }>();

  add(page: CheckedPage, finding: AxeFinding): void {
    this.pages.push(page);
    for (const rule of finding.applied) this.applied.add(rule);
    for (const v of finding.violations) {
      const entry = this.violations.get(v.rule) ?? { ...v, pages: [] };
      entry.pages.push(`${page.path} (${page.role}, ${page.locale})`);
      this.violations.set(v.rule, entry);
    }
  }

  results(engine: string): AxeResults {
    return {
      assessedOn: new Date().toISOString().slice(0, 10),
      engine,
      tags: [...WCAG_TAGS],
      pages: this.pages,
      rulesApplied: [...this.applied].sort(),
      violations: [...this.violations.values()].map(({ rule, impact, help, pages }) => ({
        rule,
        impact,
        help,
        pages: [...new Set(pages)],
      })),
    };
  }

  /** Writes src/accessibility/axe-results.json (only when AXE_RESULTS=1: CI leaves it be). */
  write(engine: string): void {
    if (process.env.AXE_RESULTS !== '1') return;
    const file = path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../src/accessibility/axe-results.json',
    );
    writeFileSync(file, `${JSON.stringify(this.results(engine), null, 2)}\n`);
  }
}
