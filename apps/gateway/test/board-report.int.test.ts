import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ASSOCIATION_ID } from '@finsam-se/persistence';
import { overrideBoardReportPrinting } from '../src/board-report/printing.js';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';
import { pdfText } from './support/pdf-text.js';

/**
 * The board's Delårsrapport T2 2026 of the demo, produced over GraphQL: the gateway prints
 * the built panel's print page with the system Chromium under the producer's session, stores
 * the PDF and hands it back byte for byte. Needs the panel built (`npm run build`).
 */
const ADMIN_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../admin/dist');

type Stored = {
  id: string;
  title: string;
  projectName: string;
  sha256: string;
  byteLength: number;
  downloadPath: string;
  producedByName: string;
  sourceAssociationId: string;
};

const PRODUCE = `mutation Produce($input: ProduceBoardReportInput!) {
  produceBoardReport(input: $input) {
    id title projectName sha256 byteLength downloadPath producedByName sourceAssociationId
  }
}`;
const LIST = `query { boardReports { id title sha256 } }`;

let h: Harness;
let projectId: string;

const produce = (client: Client, input: Record<string, unknown>) =>
  client.gql<{ produceBoardReport: Stored }>(PRODUCE, { input });

async function download(client: Client, report: Stored): Promise<Buffer> {
  const response = await fetch(`${h.gateway.url}${report.downloadPath}`, {
    headers: { authorization: `Bearer ${client.token ?? ''}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  return Buffer.from(await response.arrayBuffer());
}

const owner = <T>(sql: string, params: unknown[] = []) =>
  h.db.database.withOwner((tx) => tx.query<T>(sql, params));

beforeAll(async () => {
  if (!existsSync(path.join(ADMIN_DIST, 'index.html')))
    throw new Error(`The panel is not built at ${ADMIN_DIST}: run npm run build first.`);
  h = await startHarness({ adminDist: ADMIN_DIST });
  // The project running in 2026: the continuation (2021–).
  const [project] = await owner<{ id: string }>(
    `SELECT id FROM projects WHERE association_id = $1 AND starts_on <= '2026-01-01'
       AND (ends_on IS NULL OR ends_on > '2026-09-01') ORDER BY starts_on DESC LIMIT 1`,
    [DEMO_ASSOCIATION_ID],
  );
  projectId = project?.id ?? '';
}, 180_000);
afterAll(async () => h?.close());

describe('the board report as a stored PDF', () => {
  let stored: Stored;
  let text: string;

  it('the steering group produces the demo’s Delårsrapport T2 2026 with every section and its figures', async () => {
    const steering = await h.as('steering');
    // The outcome's total row as the report query gives it to the same user (asked first:
    // the client's idle keep-alive socket may be gone after the print).
    const outcome = await steering.gql<{
      outcomeReport: { rows: { key: string; cells: { column: string; count: number | null }[] }[] };
    }>(
      `query($f: ReportFilter!) { outcomeReport(filter: $f) { rows { key cells { column count } } } }`,
      { f: { projectId, from: '2026-01-01', to: '2026-09-01' } },
    );
    const total = outcome.body.data?.outcomeReport.rows.find((r) => r.key === 'total');
    const count = (column: string) => total?.cells.find((c) => c.column === column)?.count;
    const response = await produce(steering, { projectId, year: 2026, period: 'T2' });
    expect(response.body.errors).toBeUndefined();
    stored = response.body.data?.produceBoardReport as Stored;
    expect(stored.title).toBe('Delårsrapport T2 2026');
    expect(stored.producedByName).toBe('Beredningsgruppen');
    expect(stored.sourceAssociationId).toBe(DEMO_ASSOCIATION_ID);
    const pdf = await download(steering, stored);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    ({ text } = await pdfText(pdf));
    for (const heading of [
      'Delårsrapport T2 2026',
      stored.projectName,
      'Utfall mot mål per kommun',
      'Måluppfyllelse: varaktigt utfall',
      'Deltagare per heltidstjänst och kommun över tid',
      'Remisser',
      'Flödet genom faserna',
      'Efterstöd',
      'Enkäter',
      'Budget: intecknat, prognos och marginal',
      'Omfördelningar beslutade under perioden',
    ])
      expect(text, heading).toContain(heading);
    // Figures, not only headings: the municipalities, the goal, the year's budget in kronor.
    for (const name of ['Aneby', 'Eksjö', 'Nässjö', 'Sävsjö', 'Tranås', 'Vetlanda'])
      expect(text).toContain(name);
    expect(text).toContain('Mål 35 %');
    expect(count('discharged')).toBeGreaterThan(0);
    expect(text).toContain(`Totalt ${count('discharged')} ${count('work_or_studies')} (`);
    expect(text).toContain('4 200 000 kr');
    expect(text).toMatch(/2026-0[1-8]/);
  }, 180_000);

  it('is stored as produced: the download is the stored bytes, listed, audited, and never changes', async () => {
    const steering = await h.as('steering');
    const [row] = await owner<{ pdf: Buffer; sha256: string }>(
      'SELECT pdf, sha256 FROM board_reports WHERE id = $1',
      [stored.id],
    );
    const again = await download(steering, stored);
    expect(again.equals(row?.pdf ?? Buffer.alloc(0))).toBe(true);
    expect(createHash('sha256').update(again).digest('hex')).toBe(stored.sha256);
    expect(again.byteLength).toBe(stored.byteLength);
    const board = await h.as('board');
    const listed = await board.gql<{ boardReports: { id: string }[] }>(LIST);
    expect(listed.body.data?.boardReports.map((r) => r.id)).toContain(stored.id);
    const audit = await owner<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'board_report' AND $1 = ANY(entity_ids)`,
      [stored.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['create']);
    await expect(
      owner('UPDATE board_reports SET project_name = $2 WHERE id = $1', [stored.id, 'Ändrad']),
    ).rejects.toThrow(/immutable/);
    await expect(owner('DELETE FROM board_reports WHERE id = $1', [stored.id])).rejects.toThrow(
      /immutable/,
    );
    await expect(
      h.db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
        tx.query('UPDATE board_reports SET year = 2025 WHERE id = $1', [stored.id]),
      ),
    ).rejects.toThrow();
  });

  it('roles that do not govern cannot produce or list', async () => {
    for (const role of ['coach', 'referrer', 'municipal_chief'] as const) {
      const client = await h.as(role);
      const refused = await produce(client, { projectId, year: 2026, period: 'T2' });
      expect(refused.body.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      const list = await client.gql(LIST);
      expect(list.body.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      const pdf = await fetch(`${h.gateway.url}${stored.downloadPath}`, {
        headers: { authorization: `Bearer ${client.token ?? ''}` },
      });
      expect(pdf.status, role).toBe(403);
    }
  });

  it('a period that has not ended and a missing Chromium are coded errors, and nothing is stored', async () => {
    const manager = await h.as('manager');
    const before = await owner<{ n: number }>('SELECT count(*)::int AS n FROM board_reports');
    const open = await produce(manager, { projectId, year: 2030, period: 'T1' });
    expect(open.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'BOARD_REPORT.PERIOD_OPEN',
    });
    overrideBoardReportPrinting({ executablePath: '/nonexistent/chromium' });
    try {
      const missing = await produce(manager, { projectId, year: 2026, period: 'T1' });
      expect(missing.status).toBe(200);
      expect(missing.body.errors?.[0]?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'BOARD_REPORT.NO_BROWSER',
      });
      expect(missing.body.errors?.[0]?.message).toMatch(/Chromium saknas/);
    } finally {
      overrideBoardReportPrinting({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      });
    }
    const after = await owner<{ n: number }>('SELECT count(*)::int AS n FROM board_reports');
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  // SCREENSHOTS=1 writes the print page as the PDF shows it into docs/screenshots.
  it.runIf(process.env.SCREENSHOTS === '1')(
    'screenshots of the print page',
    async () => {
      const steering = await h.as('steering');
      const me = await steering.gql<{ me: Record<string, unknown> & { permissions: unknown } }>(
        '{ me { id email name role municipalityId coachId associationName permissions { action scope } } }',
      );
      const { permissions, ...user } = me.body.data?.me ?? { permissions: [] };
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      });
      try {
        const context = await browser.newContext({
          locale: 'sv-SE',
          viewport: { width: 820, height: 1160 },
        });
        await context.addInitScript(
          (entries: Record<string, string>) => {
            for (const [key, value] of Object.entries(entries))
              (
                globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
              ).localStorage.setItem(key, value);
          },
          {
            'finsam.session': JSON.stringify({
              token: steering.token,
              expiresAt: '2100-01-01T00:00:00Z',
              user,
            }),
            'finsam.permissions': JSON.stringify(permissions),
          },
        );
        const page = await context.newPage();
        await page.goto(
          `${h.gateway.url}/#/board-report/${projectId}/2026/T2/print?project=${encodeURIComponent(stored.projectName)}&by=Beredningsgruppen`,
        );
        await page.waitForSelector('[data-board-report="ready"]', { timeout: 120_000 });
        await page.emulateMedia({ media: 'print' });
        const out = path.resolve(ADMIN_DIST, '../../../docs/screenshots');
        await page.screenshot({ path: path.join(out, 'board-report-t2-2026.png') });
        await page.locator('[data-section="caseload"]').screenshot({
          path: path.join(out, 'board-report-t2-2026-caseload.png'),
        });
        await page.locator('[data-section="budget"]').screenshot({
          path: path.join(out, 'board-report-t2-2026-budget.png'),
        });
      } finally {
        await browser.close();
      }
    },
    180_000,
  );
});
