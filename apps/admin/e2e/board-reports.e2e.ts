// "Rapporter till styrelsen" in the browser (issue 19): the steering group produces the
// demo's Delårsrapport T1 2026, sees it listed with who and when, and downloads exactly the
// stored PDF; the board reads and downloads the same document; an open period is refused
// with the catalogue's words; a coach has no menu entry and is refused by address.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AdminPage, launch } from './AdminPage';
import { BoardReportPages } from './BoardReportPages';

const PROJECT = 'Supported Employment – Höglandet 2021–2027';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function signIn(email: string, password: string): Promise<BoardReportPages> {
  const admin = await AdminPage.open(browser);
  await admin.login(email, password);
  return new BoardReportPages(admin.page);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('board reports', () => {
  let produced = '';

  it(
    'lets the steering group produce T1 2026, lists it with who and when, and downloads the stored PDF',
    { timeout: 360_000 },
    async () => {
      const pages = await signIn('beredning@demo.hoglandet.se', 'demo-beredning');
      await pages.openFromMenu();
      await pages.produce(PROJECT, 2026, 'Delårsrapport T1');
      expect(await pages.error().count()).toBe(0);

      const [newest] = await pages.listed();
      expect(newest).toMatchObject({
        title: expect.stringContaining('Delårsrapport T1 2026'),
        project: PROJECT,
        producedBy: 'Beredningsgruppen',
        producedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      const { fileName, bytes } = await pages.download(0);
      expect(fileName).toMatch(/\.pdf$/);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(sha256(bytes)).toBe(newest?.sha256);
      produced = newest?.sha256 ?? '';
      await pages.page.context().close();
    },
  );

  it('lets the board read the list and download the same bytes', { timeout: 240_000 }, async () => {
    expect(produced).not.toBe('');
    const pages = await signIn('styrelse@demo.hoglandet.se', 'demo-styrelse');
    await pages.openFromMenu();
    const listed = await pages.listed();
    const index = listed.findIndex((report) => report.sha256 === produced);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(listed[index]?.producedBy).toBe('Beredningsgruppen');
    const { bytes } = await pages.download(index);
    expect(sha256(bytes)).toBe(produced);
    await pages.page.context().close();
  });

  it(
    'refuses the annual report of a year not yet ended, in words',
    { timeout: 240_000 },
    async () => {
      const pages = await signIn('chef@demo.hoglandet.se', 'demo-chef');
      await pages.openFromMenu();
      const before = await pages.rows().count();
      await pages.produce(PROJECT, 2100, 'Årsrapport');
      expect(await pages.error().innerText()).toContain('Perioden har inte tagit slut än');
      expect(await pages.rows().count()).toBe(before);
      await pages.page.context().close();
    },
  );

  it(
    'shows a coach no menu entry and refuses the page by address',
    { timeout: 240_000 },
    async () => {
      const pages = await signIn('coach.nassjo@demo.hoglandet.se', 'demo-coach');
      expect(await pages.menuEntry().count()).toBe(0);
      await pages.openByUrl();
      await pages.refusal().waitFor();
      expect(await pages.heading().count()).toBe(0);
      await pages.page.context().close();
    },
  );
});
