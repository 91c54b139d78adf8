import { DEMO_ASSOCIATION_ID, reportRowsRepository } from '@finsam-se/persistence';
import { LocalDate } from '@finsam-se/domain';
import { caseloadSeries, countOf, valueOf } from '@finsam-se/reporting';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './support/gateway-harness.js';

/**
 * The same figure two ways on the same demo data: one hand-written SQL statement, and the
 * rows persistence feeds the pure reporting package. They must agree cell for cell.
 */
let h: Harness;
let projectId: string;
const range = { start: LocalDate.from('2021-01-01'), end: LocalDate.from('2026-12-01') };

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return h.db.database.withOwner((tx) => tx.query<T>(text, params));
}

beforeAll(async () => {
  h = await startHarness();
  const [project] = await sql<{ id: string }>(
    `SELECT id FROM projects WHERE name LIKE '%Höglandet 2021%'`,
  );
  projectId = project?.id ?? '';
});
afterAll(async () => h.close());

describe('SQL and in-process reporting agree', () => {
  it('active participants and day-weighted FTE per municipality per month', async () => {
    // Active in a month: enrolled before the month ends, not discharged on or before its first day.
    const active = await sql<{ month: string; municipality_id: string; n: number }>(
      `WITH months AS (
         SELECT m::date AS first, (m + interval '1 month')::date AS next
         FROM generate_series($2::date, $3::date - 1, interval '1 month') AS m)
       SELECT to_char(months.first, 'YYYY-MM') AS month, e.municipality_id, count(*)::int AS n
       FROM months JOIN enrollments e
         ON e.project_id = $1 AND e.enrolled_on < months.next
        AND (e.discharged_on IS NULL OR e.discharged_on > months.first)
       GROUP BY 1, 2`,
      [projectId, range.start, range.end],
    );
    // FTE weighted by the days each post covers in the month, in hundredths.
    const fte = await sql<{ month: string; municipality_id: string; fte: string }>(
      `WITH months AS (
         SELECT daterange(m::date, (m + interval '1 month')::date) AS span
         FROM generate_series($2::date, $3::date - 1, interval '1 month') AS m)
       SELECT to_char(lower(months.span), 'YYYY-MM') AS month, p.municipality_id,
              sum(p.fte * (upper(p.period * months.span) - lower(p.period * months.span))::numeric
                  / (upper(months.span) - lower(months.span)))::text AS fte
       FROM months JOIN posts p ON p.project_id = $1 AND p.period && months.span
       GROUP BY 1, 2`,
      [projectId, range.start, range.end],
    );
    expect(active.length).toBeGreaterThan(100);

    const table = await h.db.database.withTenant(DEMO_ASSOCIATION_ID, async (tx) => {
      const enrollments = await reportRowsRepository.enrollments(tx, { projectId, period: range });
      const posts = await reportRowsRepository.posts(tx, { projectId });
      return caseloadSeries(enrollments, posts, { range, by: 'municipality' });
    });

    const detail = table.rows.filter((row) => row.role === 'detail');
    const fromSql = new Map(active.map((r) => [`${r.month}|${r.municipality_id}`, r.n]));
    const fteFromSql = new Map(fte.map((r) => [`${r.month}|${r.municipality_id}`, Number(r.fte)]));
    let compared = 0;
    for (const row of detail) {
      expect(countOf(row.cells.active), row.key).toBe(fromSql.get(row.key) ?? 0);
      expect(valueOf(row.cells.fte) ?? 0, row.key).toBeCloseTo(
        (fteFromSql.get(row.key) ?? 0) / 100,
        2,
      );
      compared += 1;
    }
    // Nothing SQL counted is missing from the in-process table.
    const keys = new Set(detail.map((row) => row.key));
    for (const key of fromSql.keys()) expect(keys.has(key), key).toBe(true);
    expect(compared).toBeGreaterThanOrEqual(fromSql.size);

    // And the monthly totals add up the same way.
    for (const total of table.rows.filter((row) => row.role === 'total')) {
      const month = total.dims.month;
      const sum = active.filter((r) => r.month === month).reduce((s, r) => s + r.n, 0);
      expect(countOf(total.cells.active), month).toBe(sum);
    }
  });

  it('the gateway outcome report equals a hand-written SQL count per municipality', async () => {
    const steering = await h.as('steering');
    const from = '2021-01-01';
    const to = '2026-01-01';
    const response = await steering.gql<{
      outcomeReport: { rows: { key: string; cells: { column: string; count: number | null }[] }[] };
    }>(
      `query($filter: ReportFilter!) { outcomeReport(filter: $filter) { rows { key cells { column count } } } }`,
      { filter: { from, to, projectId } },
    );
    const rows = response.body.data?.outcomeReport.rows ?? [];
    const expected = await sql<{ municipality_id: string; discharged: number; good: number }>(
      `SELECT e.municipality_id, count(*)::int AS discharged,
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM code_list_entries c WHERE c.list_id = 'occupation_after'
                   AND c.code = e.occupation_after AND c.outcome IN ('work', 'studies')))::int AS good
       FROM enrollments e
       WHERE e.project_id = $1 AND e.discharged_on >= $2::date AND e.discharged_on < $3::date
       GROUP BY 1`,
      [projectId, from, to],
    );
    expect(expected.length).toBeGreaterThan(1);
    for (const m of expected) {
      const row = rows.find((r) => r.key === m.municipality_id);
      const count = (column: string) => row?.cells.find((c) => c.column === column)?.count;
      expect(count('discharged')).toBe(m.discharged);
      expect(count('work_or_studies')).toBe(m.good);
    }
  });
});
