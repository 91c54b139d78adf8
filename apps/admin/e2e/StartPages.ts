// Page objects for the panel's shell: how a page load settles (history changes, reads of the
// stored session) and the start page each role lands on.
import type { Browser, Page } from 'playwright-core';
import { BASE_URL } from './AdminPage';

/** What one page load did before it settled. */
export interface LoadCounts {
  /** pushState + replaceState calls and hashchange events. */
  historyChanges: number;
  /** localStorage reads (the stored session lives there). */
  storageReads: number;
}

declare global {
  interface Window {
    __loadCounts?: LoadCounts;
  }
}

/**
 * Counts history changes and storage reads from the first script of every page in the
 * context on, so a client-side redirect loop shows as a number instead of a slow page.
 */
export async function countLoads(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counts = { historyChanges: 0, storageReads: 0 };
    window.__loadCounts = counts;
    const push = history.pushState.bind(history);
    const replace = history.replaceState.bind(history);
    history.pushState = (...args: Parameters<History['pushState']>) => {
      counts.historyChanges += 1;
      push(...args);
    };
    history.replaceState = (...args: Parameters<History['replaceState']>) => {
      counts.historyChanges += 1;
      replace(...args);
    };
    window.addEventListener('hashchange', () => (counts.historyChanges += 1));
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (this: Storage, key: string) {
      counts.storageReads += 1;
      return getItem.call(this, key);
    };
  });
}

export async function loadCounts(page: Page): Promise<LoadCounts> {
  const counts = await page.evaluate(() => window.__loadCounts);
  if (!counts) throw new Error('countLoads() was not installed before the page loaded');
  return counts;
}

/** A page in a fresh context (no stored session) whose loads are counted. */
export async function openCounted(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await countLoads(page);
  return page;
}

export function loginForm(page: Page) {
  return page.getByLabel(/^E-post/);
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${BASE_URL}/`);
  await loginForm(page).fill(email);
  await page.getByLabel(/^Lösenord/).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('menuitem').first().waitFor();
}

/** The existing overview (Översikt) of steering, manager, chief and board. */
export class DashboardStart {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /– läget \d{4}-\d{2}-\d{2}/ });
  }

  loadError() {
    return this.page.getByText('Uppgifterna kunde inte hämtas.');
  }

  /** The overview's figures have loaded: the outcome card is there. */
  async waitForFigures(): Promise<void> {
    await this.page
      .getByText(/^Till arbete eller studier \(mål/)
      .first()
      .waitFor();
  }
}

/** The frame around every screen: the menu, the page's heading and its text. */
export class Shell {
  constructor(readonly page: Page) {}

  menuItem(name: string) {
    return this.page.getByRole('menuitem', { name, exact: true });
  }

  async open(menuItem: string): Promise<void> {
    await this.menuItem(menuItem).click();
  }

  /** The reallocation screen's own table. */
  reallocationTable() {
    return this.page.getByRole('table', { name: 'Tjänster per kommun' });
  }

  /** The decision list (resource Reallocation) shows its decisions' reasons. */
  decisionListHeader() {
    return this.page.getByRole('columnheader', { name: 'Motivering' });
  }

  async openFirstRow(): Promise<void> {
    await this.page.locator('tbody tr').first().click();
  }

  main() {
    return this.page.locator('#main-content');
  }

  async mainText(): Promise<string> {
    return this.main().innerText();
  }
}

/** A start page made of titled sections (coach, referrer, external). */
class SectionedStart {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  section(title: string | RegExp) {
    return this.page.getByRole('region', { name: title });
  }

  loadError() {
    return this.page.getByText('Uppgifterna kunde inte hämtas.');
  }
}

/** A coach's start page: own caseload, follow-ups due, referrals for the SE group. */
export class CoachStartPage extends SectionedStart {
  caseloadRows() {
    return this.page.getByTestId('caseload-row');
  }

  followUpRows() {
    return this.page.getByTestId('follow-up-due-row');
  }

  referralRows() {
    return this.page.getByTestId('referral-to-decide-row');
  }

  nextMeeting() {
    return this.page.getByTestId('next-meeting');
  }
}

/** A referrer's start page: own referrals by state and the latest ones. */
export class ReferrerStartPage extends SectionedStart {
  stateChip(state: 'RECEIVED' | 'ACCEPTED' | 'NOT_NOW' | 'DECLINED' | 'ESCALATED') {
    return this.page.getByTestId(`referral-state-${state}`);
  }

  referralRows() {
    return this.page.getByTestId('my-referral-row');
  }
}

/** Another förbund's start page: the published outcome table. */
export class ExternalStartPage extends SectionedStart {
  reportTable() {
    return this.page.getByTestId('report-table');
  }
}
