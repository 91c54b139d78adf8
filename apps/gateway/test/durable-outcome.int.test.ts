import { occupationsAfter } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './support/gateway-harness.js';

type Cell = { column: string; count: number | null; share: number | null; value: number | null };
type ReportTable = { notes: string[]; rows: { key: string; cells: Cell[] }[] };

const doc = (name: string) => `query Report($filter: ReportFilter!) {
  report: ${name}(filter: $filter) { notes rows { key cells { column count share value } } }
}`;

/** The gateway's today (Stockholm); follow-ups due before it count. */
const TODAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
const period = { from: '2022-01-01', to: '2024-01-01' };
const GOOD = occupationsAfter.entries
  .filter((e) => e.outcome === 'work' || e.outcome === 'studies')
  .map((e) => e.code);

let h: Harness;
let projectId: string;

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return h.db.database.withOwner((tx) => tx.query<T>(text, params));
}

async function report(name: string, filter: Record<string, unknown>): Promise<ReportTable> {
  const steering = await h.as('steering');
  const response = await steering.gql<{ report: ReportTable }>(doc(name), { filter });
  expect(response.body.errors).toBeUndefined();
  const table = response.body.data?.report;
  if (!table) throw new Error('no table');
  return table;
}

const cellOf = (table: ReportTable, row: string, column: string): Cell => {
  const cell = table.rows.find((r) => r.key === row)?.cells.find((c) => c.column === column);
  if (!cell) throw new Error(`no cell ${row}/${column}`);
  return cell;
};

beforeAll(async () => {
  h = await startHarness();
  const [project] = await sql<{ id: string }>(
    `SELECT id FROM projects WHERE name LIKE '%Höglandet 2021%'`,
  );
  projectId = project?.id ?? '';
});
afterAll(async () => h.close());

/** Each person's last discharge in the period, counted in SQL independently of the rule. */
const LAST = `SELECT DISTINCT ON (e.participant_id) e.id, e.discharged_on, e.occupation_after
  FROM enrollments e
  WHERE e.project_id = $1 AND e.discharged_on >= $2::date AND e.discharged_on < $3::date
  ORDER BY e.participant_id, e.discharged_on DESC, e.id::text DESC`;

describe('durable outcome over GraphQL (outcomeReport, groupBy durable)', () => {
  it('counts persons, not enrollments, and agrees with SQL at discharge and at 6 and 12 months', async () => {
    const table = await report('outcomeReport', { ...period, projectId, groupBy: 'durable' });
    const params = [projectId, period.from, period.to];
    const [persons] = await sql<{ persons: number; enrollments: number; good: number }>(
      `SELECT (SELECT count(*)::int FROM (${LAST}) l) AS persons,
              (SELECT count(*)::int FROM enrollments WHERE project_id = $1
                 AND discharged_on >= $2::date AND discharged_on < $3::date) AS enrollments,
              (SELECT count(*)::int FROM (${LAST}) l WHERE l.occupation_after = ANY($4)) AS good`,
      [...params, GOOD],
    );
    expect(persons?.persons).toBeGreaterThan(0);
    expect(persons?.persons).toBeLessThanOrEqual(persons?.enrollments ?? 0);
    for (const stage of ['at_discharge', '6', '12'])
      expect(cellOf(table, stage, 'persons').count).toBe(persons?.persons);
    expect(cellOf(table, 'at_discharge', 'in_work_or_studies').count).toBe(persons?.good);

    for (const months of [6, 12]) {
      const [f] = await sql<{ due: number; good: number; unknown: number }>(
        `SELECT count(*)::int AS due,
                count(*) FILTER (WHERE f.done_on IS NOT NULL AND (f.working OR f.studying))::int AS good,
                count(*) FILTER (WHERE f.done_on IS NULL)::int AS unknown
         FROM (${LAST}) l
         LEFT JOIN follow_ups f ON f.enrollment_id = l.id AND f.months_after = $4
         WHERE l.discharged_on + make_interval(months => $4) < $5::date`,
        [...params, months, TODAY],
      );
      const key = String(months);
      expect(cellOf(table, key, 'due').count).toBe(f?.due);
      expect(cellOf(table, key, 'in_work_or_studies').count).toBe(f?.good);
      expect(cellOf(table, key, 'unknown').count).toBe(f?.unknown);
      // The share is of every due person, an unknown counted as not in work or studies.
      expect(cellOf(table, key, 'in_work_or_studies').share).toBeCloseTo(
        (f?.good ?? 0) / (f?.due ?? 1),
        9,
      );
    }
    expect(table.notes.join(' ')).toContain('Personer räknas en gång');
  });
});

describe('after-support goal over GraphQL', () => {
  it('compares with the goal of all due follow-ups (unknown as not met), the known share beside it', async () => {
    const table = await report('afterSupportReport', { ...period, projectId });
    for (const row of table.rows) {
      const due = cellOf(table, row.key, 'due').count ?? 0;
      const unknown = cellOf(table, row.key, 'unknown').count ?? 0;
      const good = cellOf(table, row.key, 'in_work_or_studies').count ?? 0;
      const goal = cellOf(table, row.key, 'goal').value ?? 0;
      if (due === 0 || due === unknown) continue;
      expect(cellOf(table, row.key, 'in_work_or_studies').share).toBeCloseTo(good / due, 9);
      expect(cellOf(table, row.key, 'vs_goal_pp').value).toBeCloseTo((good / due - goal) * 100, 6);
      expect(cellOf(table, row.key, 'share_of_known').value).toBeCloseTo(good / (due - unknown), 9);
      expect(cellOf(table, row.key, 'vs_goal_known_pp').value).toBeCloseTo(
        (good / (due - unknown) - goal) * 100,
        6,
      );
    }
    expect(table.rows.some((r) => (cellOf(table, r.key, 'unknown').count ?? 0) > 0)).toBe(true);
  });
});
