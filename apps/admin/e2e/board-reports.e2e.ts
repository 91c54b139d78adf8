// "Rapporter till styrelsen" in the browser (issue 19): the steering group produces the
// demo's Delårsrapport T1 2026, sees it listed with who and when, and downloads exactly the
// stored PDF; the board reads and downloads the same document; another förbund (external)
// produces Höglandet's from its published figures; an open period is refused with the
// catalogue's words; a coach has no menu entry and is refused by address.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AdminPage, BASE_URL, launch } from './AdminPage';
import { BoardReportPages } from './BoardReportPages';

const PROJECT = 'Supported Employment – Höglandet 2021–2027';
/** Höglandet's förbund in the demo (the seed's fixed id). */
const HOGLANDET = '0e5f7d2a-4c1b-4f6e-9a3d-6b8c2e1f0a01';

/** The project's id, as the manager's project list gives it over GraphQL. */
async function projectIdOf(name: string): Promise<string> {
  const call = async (query: string, token?: string) =>
    (await (
      await fetch(`${BASE_URL}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query }),
      })
    ).json()) as { data: Record<string, unknown> };
  const login = await call(
    'mutation { login(email: "chef@demo.hoglandet.se", password: "demo-chef") { token } }',
  );
  const token = (login.data.login as { token: string }).token;
  const list = await call('{ allProjects(perPage: 100) { id name } }', token);
  const project = (list.data.allProjects as { id: string; name: string }[]).find(
    (p) => p.name === name,
  );
  if (!project) throw new Error(`no project ${name}`);
  return project.id;
}

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
    "lets another förbund produce Höglandet's T1 2026 from its published figures and download it",
    { timeout: 360_000 },
    async () => {
      const projectId = await projectIdOf(PROJECT);
      const pages = await signIn('extern@demo.sodravatterbygden.se', 'demo-extern');
      await pages.openFromMenu();
      await pages.produceFor(HOGLANDET, projectId, 2026, 'Delårsrapport T1');
      expect(await pages.error().count()).toBe(0);
      const listed = await pages.listed();
      const index = listed.findIndex(
        (r) => r.producedBy === 'Södra Vätterbygdens samordningsförbund' && r.project === PROJECT,
      );
      expect(index).toBeGreaterThanOrEqual(0);
      const { bytes } = await pages.download(index);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(sha256(bytes)).toBe(listed[index]?.sha256);
      await pages.page.context().close();
    },
  );

  it(
    'refuses the annual report of a year not yet ended, in words',
    { timeout: 240_000 },
    async () => {
      const pages = await signIn('chef@demo.hoglandet.se', 'demo-chef');
      await pages.openFromMenu();
      // The steering group's report is listed (the list loads after the page).
      const before = (await pages.listed()).length;
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
