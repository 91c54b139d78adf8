import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, type Harness, startHarness } from './support/gateway-harness.js';

// §9: "vilken typ av ersättning som personerna har före, under och efter projektdeltagandet".
const RECORD = `mutation($id: UUID!, $codes: [String!]!, $version: Int!) {
  recordIncomeDuring(id: $id, compensationDuring: $codes, version: $version) {
    id compensationAtStart compensationDuring compensationAtEnd version
  }
}`;
const ENROLLMENT = `query($id: UUID!) { Enrollment(id: $id) { id compensationDuring version } }`;
const TRANSITION = `query($filter: ReportFilter!) {
  transitionMatrix(filter: $filter) { title rows { key cells { column count } } }
}`;

type Recorded = {
  id: string;
  compensationAtStart: string[];
  compensationDuring: string[];
  compensationAtEnd: string[] | null;
  version: number;
};

let h: Harness;

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return h.db.database.withOwner((tx) => tx.query<T>(text, params));
}

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

describe('income during participation', () => {
  it('the demo records plausible income during: most as before, some changed by work', async () => {
    const [counts] = await sql<{
      discharged: number;
      recorded: number;
      changed: number;
      wage: number;
    }>(
      `SELECT count(*)::int AS discharged,
              count(*) FILTER (WHERE compensation_during <> '{}')::int AS recorded,
              count(*) FILTER (WHERE compensation_during <> compensation_at_start)::int AS changed,
              count(*) FILTER (WHERE 'wage_subsidy_salary' = ANY(compensation_during))::int AS wage
       FROM enrollments WHERE discharged_on IS NOT NULL`,
    );
    expect(counts?.recorded).toBe(counts?.discharged);
    expect(counts?.changed).toBeGreaterThan(0);
    expect(counts?.changed).toBeLessThan((counts?.discharged ?? 0) / 2);
    expect(counts?.wage).toBeGreaterThan(0);
  });

  it('a coach records it on an open enrollment; it is read back, audited and versioned', async () => {
    const manager = await h.as('manager');
    const [open] = await sql<{ id: string; version: number }>(
      `SELECT id, version FROM enrollments WHERE discharged_on IS NULL ORDER BY enrolled_on LIMIT 1`,
    );
    if (!open) throw new Error('no open enrollment');
    const codes = ['activity_compensation', 'salary'];
    const saved = await manager.gql<{ recordIncomeDuring: Recorded }>(RECORD, {
      id: open.id,
      codes,
      version: open.version,
    });
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data?.recordIncomeDuring).toMatchObject({
      compensationDuring: codes,
      compensationAtEnd: null,
      version: open.version + 1,
    });
    const read = await manager.gql<{ Enrollment: { compensationDuring: string[] } }>(ENROLLMENT, {
      id: open.id,
    });
    expect(read.body.data?.Enrollment.compensationDuring).toEqual(codes);
    const [row] = await sql<{ during: string[] }>(
      `SELECT compensation_during AS during FROM enrollments WHERE id = $1`,
      [open.id],
    );
    expect(row?.during).toEqual(codes);
    const [audit] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'enrollment' AND action = 'update' AND $1 = ANY(entity_ids)`,
      [open.id],
    );
    expect(audit?.n).toBeGreaterThan(0);

    // A stale version is a conflict and changes nothing.
    const stale = await manager.gql(RECORD, {
      id: open.id,
      codes: ['salary'],
      version: open.version,
    });
    expect(codesOf(stale)).toEqual(['CONFLICT']);
  });

  it('refuses unknown, repeated, empty and exclusive-with-others codes, writing nothing', async () => {
    const manager = await h.as('manager');
    const [open] = await sql<{ id: string; version: number; during: string[] }>(
      `SELECT id, version, compensation_during AS during FROM enrollments
       WHERE discharged_on IS NULL ORDER BY enrolled_on DESC LIMIT 1`,
    );
    if (!open) throw new Error('no open enrollment');
    for (const codes of [['pension'], ['salary', 'salary'], [], ['no_public_support', 'salary']]) {
      const refused = await manager.gql(RECORD, { id: open.id, codes, version: open.version });
      expect(codesOf(refused), JSON.stringify(codes)).toEqual(['BAD_USER_INPUT']);
      expect(refused.body.errors?.[0]?.extensions?.field).toBe('compensationDuring');
    }
    const [after] = await sql<{ version: number; during: string[] }>(
      `SELECT version, compensation_during AS during FROM enrollments WHERE id = $1`,
      [open.id],
    );
    expect(after).toEqual({ version: open.version, during: open.during });
    expect(
      codesOf(
        await (
          await h.as('board')
        ).gql(RECORD, { id: open.id, codes: ['salary'], version: open.version }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('the transition report goes before → during and during → after', async () => {
    const steering = await h.as('steering');
    const filter = { from: '2018-01-01', to: '2021-01-01' };
    const titles: string[] = [];
    const totals: (number | null | undefined)[] = [];
    for (const groupBy of ['beforeDuring', 'duringAfter', 'primary']) {
      const response = await steering.gql<{
        transitionMatrix: {
          title: string;
          rows: { key: string; cells: { column: string; count: number | null }[] }[];
        };
      }>(TRANSITION, { filter: { ...filter, groupBy } });
      expect(response.body.errors, groupBy).toBeUndefined();
      const table = response.body.data?.transitionMatrix;
      titles.push(table?.title ?? '');
      totals.push(
        table?.rows.find((r) => r.key === 'total')?.cells.find((c) => c.column === 'total')?.count,
      );
    }
    expect(titles).toEqual([
      'Försörjning före → under',
      'Försörjning under → efter',
      'Försörjning före → efter',
    ]);
    // The same discharges in every step.
    expect(new Set(totals).size).toBe(1);
    expect(totals[0]).toBeGreaterThan(0);
  });
});
