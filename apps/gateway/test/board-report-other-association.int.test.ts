import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ASSOCIATION_ID } from '@finsam-se/persistence';
import { type Client, codesOf, type Harness, startHarness } from './support/gateway-harness.js';
import { pdfText } from './support/pdf-text.js';

/**
 * Issue 17: the demo's `external` user is another förbund's (Södra Vätterbygden). It reads
 * its own figures and, naming Höglandet in `filter.associationId`, Höglandet's published
 * figures, always suppressed, and produces the board report from them; every other role
 * stays in its own association, and nobody outside reads a person.
 */
const ADMIN_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../admin/dist');
const SECOND = '5d7a1c3e-8b2f-4e6a-9c1d-2f4b6a8c0e02';

type Table = {
  notes: string[];
  rows: { key: string; cells: { count: number | null; suppressed: boolean }[] }[];
};
const OUTCOME = `query($f: ReportFilter!) { outcomeReport(filter: $f) {
  notes rows { key cells { count suppressed } } } }`;

let h: Harness;
let projectId: string;
const period = { from: '2025-01-01', to: '2026-01-01' };

const outcome = (client: Client, filter: Record<string, unknown>) =>
  client.gql<{ outcomeReport: Table }>(OUTCOME, { f: { ...period, ...filter } });

const counts = (table: Table | undefined) =>
  (table?.rows ?? []).flatMap((r) => r.cells.map((c) => c.count)).filter((c) => c !== null);

beforeAll(async () => {
  h = await startHarness({ adminDist: ADMIN_DIST });
  const [project] = await h.db.database.withOwner((tx) =>
    tx.query<{ id: string }>(
      `SELECT id FROM projects WHERE association_id = $1 AND ends_on > '2026-09-01'`,
      [DEMO_ASSOCIATION_ID],
    ),
  );
  projectId = project?.id ?? '';
}, 180_000);
afterAll(async () => h?.close());

describe('another förbund (external) and the published figures', () => {
  it('the demo external user belongs to Södra Vätterbygden', async () => {
    const external = await h.as('external');
    const me = await external.gql<{ me: { associationName: string } }>(
      '{ me { associationName } }',
    );
    expect(me.body.data?.me.associationName).toBe('Samordningsförbundet Södra Vätterbygden');
  });

  it("reads Höglandet's outcome suppressed, where Höglandet's manager sees the small counts", async () => {
    const external = await h.as('external');
    const outside = await outcome(external, { associationId: DEMO_ASSOCIATION_ID });
    expect(outside.body.errors).toBeUndefined();
    const table = outside.body.data?.outcomeReport;
    expect(table?.notes).toContain('Förbund: Höglandets samordningsförbund.');
    expect(table?.notes.join(' ')).toContain('Röjandeskydd (k = 5)');
    expect(counts(table).every((c) => c === 0 || c >= 5)).toBe(true);
    expect(table?.rows.some((r) => r.cells.some((c) => c.suppressed))).toBe(true);
    const manager = await h.as('manager');
    const inside = (await outcome(manager, {})).body.data?.outcomeReport;
    expect(counts(inside).some((c) => c >= 1 && c <= 4)).toBe(true);
    expect(inside?.rows.map((r) => r.key)).toEqual(table?.rows.map((r) => r.key));
  });

  it('reads its own förbund by default, suppressed too', async () => {
    const external = await h.as('external');
    const own = await outcome(external, { from: '2019-01-01', to: '2020-01-01' });
    expect(own.body.errors).toBeUndefined();
    const notes = own.body.data?.outcomeReport.notes.join(' ') ?? '';
    expect(notes).toContain('Röjandeskydd (k = 5)');
    expect(notes).not.toContain('Höglandet');
  });

  it('a förbund that does not exist is NOT_FOUND; a bad id is BAD_USER_INPUT', async () => {
    const external = await h.as('external');
    const missing = await outcome(external, {
      associationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(codesOf(missing)).toEqual(['NOT_FOUND']);
    expect(codesOf(await outcome(external, { associationId: 'x' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('every other role stays in its own association', async () => {
    for (const role of ['coach', 'manager', 'board', 'steering', 'municipal_chief'] as const) {
      const client = await h.as(role);
      const refused = await outcome(client, { associationId: SECOND });
      expect(codesOf(refused), role).toEqual(['FORBIDDEN']);
      expect(refused.body.errors?.[0]?.extensions?.reason, role).toBe('REPORT.OTHER_ASSOCIATION');
      expect(refused.body.data).toBeNull();
    }
  });

  it('external reads no person of either förbund', async () => {
    const external = await h.as('external');
    for (const query of [
      '{ allParticipants { id firstName personnummer } }',
      '{ allEnrollments { id participantName } }',
      '{ allReferrals { id participantName } }',
    ]) {
      const res = await external.gql(query);
      expect(codesOf(res), query).toEqual(['FORBIDDEN']);
      expect(res.text).not.toMatch(/\d{8}-[\d*]{4}/);
    }
  });

  it("produces Höglandet's T2 2026 from the published figures only, stored in its own förbund", async () => {
    const external = await h.as('external');
    const produced = await external.gql<{
      produceBoardReport: { id: string; sourceAssociationId: string; downloadPath: string };
    }>(
      `mutation($i: ProduceBoardReportInput!) { produceBoardReport(input: $i) {
         id sourceAssociationId downloadPath } }`,
      { i: { projectId, year: 2026, period: 'T2', associationId: DEMO_ASSOCIATION_ID } },
    );
    expect(produced.body.errors).toBeUndefined();
    const report = produced.body.data?.produceBoardReport;
    expect(report?.sourceAssociationId).toBe(DEMO_ASSOCIATION_ID);
    const response = await fetch(`${h.gateway.url}${report?.downloadPath ?? ''}`, {
      headers: { authorization: `Bearer ${external.token ?? ''}` },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    // Stored in Södra Vätterbygden's register, not Höglandet's (asked before the slow text
    // extraction: an idle keep-alive socket may be reset on this loaded machine).
    const board = await h.as('board');
    const listed = await board.gql<{ boardReports: { id: string }[] }>('{ boardReports { id } }');
    expect(listed.body.data?.boardReports.map((r) => r.id)).not.toContain(report?.id);
    const own = await external.gql<{ boardReports: { id: string }[] }>('{ boardReports { id } }');
    expect(own.body.data?.boardReports.map((r) => r.id)).toContain(report?.id);
    const { text } = await pdfText(bytes);
    expect(text).toContain('Delårsrapport T2 2026');
    expect(text).toContain('Förbund: Höglandets samordningsförbund.');
    expect(text).toContain('Röjandeskydd (k = 5)');
    expect(text).toContain('ingår bara i förbundets egna rapporter');
    expect(text).not.toContain('Budget: intecknat');
  }, 180_000);
});
