// The panel in English for every role (issue 21 item 1): the start page and every page the
// role can open (the panel's own route list) show no raw translation key and no Swedish
// left behind: no Swedish message, no Swedish word on a control, no running Swedish text (a
// report's notes) unless marked lang="sv", and the page itself says it is English (WCAG
// 3.1.1, 3.1.2). The roles are the policy's, so a role added later is checked too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Role } from '../src/api/types';
import { ROLES } from '../src/auth/roles';
import { BASE_URL, launch } from './AdminPage';
import { DEMO_ACCOUNTS, settle, useLocale, visitsFor } from './AccessibilityPages';
import { leftoversOn } from './EnglishPages';
import { signedIn } from './RoleDayPages';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function leftoversFor(role: Role): Promise<string[]> {
  const [email, password] = DEMO_ACCOUNTS[role];
  const admin = await signedIn(browser, email, password);
  const page = admin.page;
  const found: string[] = [];
  try {
    await useLocale(page, 'en');
    const addresses = [
      `${BASE_URL}/#/`,
      ...(await visitsFor(role)).filter((v) => v.state !== 'empty').map((v) => v.url),
    ];
    for (const address of addresses) {
      await page.goto(address);
      await settle(page);
      const where = address.replace(BASE_URL, '');
      for (const { text, why } of await leftoversOn(page)) found.push(`${where}: ${why} "${text}"`);
    }
  } finally {
    await page.context().close();
  }
  return [...new Set(found)];
}

describe('the panel in English', () => {
  for (const role of ROLES) {
    it(`every page ${role} can open is English`, { timeout: 600_000 }, async () => {
      expect(await leftoversFor(role)).toEqual([]);
    });
  }
});
