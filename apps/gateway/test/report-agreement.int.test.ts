import {
  DEMO_ASSOCIATION_ID,
  type TallyScope,
  type TenantTx,
  reportRowsRepository,
  reportTalliesRepository,
  talliedDimensions,
} from '@finsam-se/persistence';
import { type Gender, LocalDate, type Period } from '@finsam-se/domain';
import {
  type EnrollmentRow,
  type Labels,
  type Table,
  caseloadSeries,
  transitionSteps,
  cellAt,
  countOf,
  genderAnalysis,
  outcomeReport,
  outcomeReportFromTallies,
  loadHighsLpSolver,
  protectTable,
  toCsv,
  transitionMatrix,
  transitionMatrixFromTallies,
  valueOf,
} from '@finsam-se/reporting';
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

/** The rows path as the gateway runs it: scoped rows, filtered by gender in process. */
async function enrollmentRows(
  tx: TenantTx,
  scope: Omit<TallyScope, 'gender' | 'period'>,
  period: Period,
  gender?: Gender,
): Promise<EnrollmentRow[]> {
  const rows = await reportRowsRepository.enrollments(tx, { ...scope, period, withPhases: false });
  return rows.filter((row) => gender === undefined || row.gender === gender);
}

const modes = ['primary', 'combination'] as const;

describe('rows and SQL tallies give the same tables', () => {
  const whole = { start: LocalDate.from('2021-01-01'), end: LocalDate.from('2026-12-01') };
  // From one discharge day in 2024 to another, so that both ends of the period matter.
  let narrow: Period;
  let nassjo: string;
  let coachId: string;
  const labels: Record<string, string> = {};

  beforeAll(async () => {
    for (const m of await sql<{ id: string; code: string; name: string }>(
      `SELECT id, code, name FROM municipalities`,
    )) {
      labels[m.id] = m.name;
      if (m.code === '0682') nassjo = m.id;
    }
    const [coach] = await sql<{ coach_id: string }>(
      `SELECT coach_id FROM users WHERE email = 'coach.nassjo@demo.hoglandet.se'`,
    );
    coachId = coach?.coach_id ?? '';
    const days = await sql<{ on: string }>(
      `SELECT to_char(discharged_on, 'YYYY-MM-DD') AS on FROM enrollments
       WHERE discharged_on >= '2024-01-01' AND discharged_on < '2025-01-01' GROUP BY 1 ORDER BY 1`,
    );
    narrow = {
      start: LocalDate.from(days[1]?.on ?? '2024-03-01'),
      end: LocalDate.from(days.at(-2)?.on ?? '2024-09-01'),
    };
  });

  const scopes = (): [string, Omit<TallyScope, 'gender' | 'period'>][] => [
    ['the association', {}],
    ['a project', { projectId }],
    ['a municipality', { municipalityId: nassjo }],
    ['a project and a municipality', { projectId, municipalityId: nassjo }],
    ['a coach', { coachId }],
  ];

  /** Every supported figure both ways in one tenant transaction; returns the discharges counted. */
  async function compareAll(
    scope: Omit<TallyScope, 'gender' | 'period'>,
    period: Period,
    gender?: Gender,
  ): Promise<number> {
    return h.db.database.withTenant(DEMO_ASSOCIATION_ID, async (tx) => {
      const rows = await enrollmentRows(tx, scope, period, gender);
      const tallyScope: TallyScope = { ...scope, period, ...(gender ? { gender } : {}) };
      for (const mode of modes) {
        // Before → during → after (§9): every step, SQL columns against the rows' lists.
        for (const step of transitionSteps) {
          const options = { period, mode, step, ...(gender ? { gender } : {}) };
          const tallies = await reportTalliesRepository.transitions(tx, tallyScope, mode, step);
          expect(transitionMatrixFromTallies(tallies, options), `${mode} ${step}`).toEqual(
            transitionMatrix(rows, options),
          );
        }
      }
      for (const by of talliedDimensions) {
        const options = { period, by, goalShare: 0.35, labels };
        const tallies = await reportTalliesRepository.outcomes(tx, tallyScope, by);
        expect(outcomeReportFromTallies(tallies, options), by).toEqual(
          outcomeReport(rows, options),
        );
      }
      const byMunicipality = { period, by: 'municipality' as const, goalShare: 0.35, labels };
      const split = await reportTalliesRepository.outcomesByGender(tx, tallyScope, 'municipality');
      const of = (g: Gender) => rows.filter((row) => row.gender === g);
      for (const g of ['female', 'male', 'other'] as const)
        expect(outcomeReportFromTallies(split[g], byMunicipality), g).toEqual(
          outcomeReport(of(g), byMunicipality),
        );
      expect(
        genderAnalysis(
          outcomeReportFromTallies(split.female, byMunicipality),
          outcomeReportFromTallies(split.male, byMunicipality),
        ),
      ).toEqual(
        genderAnalysis(
          outcomeReport(of('female'), byMunicipality),
          outcomeReport(of('male'), byMunicipality),
        ),
      );
      const total = transitionMatrix(rows, { period });
      return countOf(cellAt(total, 'total', 'total')) ?? 0;
    });
  }

  for (const [periodName, periodOf] of [
    ['the whole demo period', () => whole],
    ['part of 2024', () => narrow],
  ] as const) {
    it(`transition matrices and outcome reports agree over ${periodName}, for every scope and gender`, async () => {
      for (const [scopeName, scope] of scopes()) {
        let counted = 0;
        for (const gender of [undefined, 'female', 'male', 'other'] as const) {
          const n = await compareAll(scope, periodOf(), gender);
          if (gender === undefined) counted = n;
        }
        // Not vacuous: the scope has discharges in the period.
        expect(counted, scopeName).toBeGreaterThan(0);
      }
    });
  }

  it('tallies count only the transaction’s association', async () => {
    const other = '33333333-3333-4333-8333-333333333333';
    const scope = { period: whole };
    const counted = await h.db.database.withTenant(other, async (tx) => [
      ...(await reportTalliesRepository.transitions(tx, scope, 'primary')),
      ...(await reportTalliesRepository.outcomes(tx, scope, 'total')),
    ]);
    expect(counted).toEqual([]);
  });

  it('the gateway answers as the rows path computes (tallied and not)', async () => {
    const steering = await h.as('steering');
    const external = await h.as('external');
    const from = '2022-01-01';
    const to = '2025-01-01';
    const period = { start: LocalDate.from(from), end: LocalDate.from(to) };
    const doc = (name: string) => `query($filter: ReportFilter!) {
      report: ${name}(filter: $filter) { csv rows { key cells { column value } } } }`;
    type Answer = {
      report: {
        csv: string;
        rows: { key: string; cells: { column: string; value: number | null }[] }[];
      };
    };
    const coachLabels: Labels = Object.fromEntries(
      (await sql<{ id: string; name: string }>(`SELECT id, name FROM coaches`)).map((c) => [
        c.id,
        c.name,
      ]),
    );
    const cases: {
      name: string;
      filter: Record<string, string>;
      expected: (rows: EnrollmentRow[], goal: number) => Table;
      gender?: Gender;
    }[] = [
      {
        name: 'transitionMatrix',
        filter: { projectId },
        expected: (rows) => transitionMatrix(rows, { period }),
      },
      {
        name: 'transitionMatrix',
        filter: { projectId, groupBy: 'beforeDuring' },
        expected: (rows) => transitionMatrix(rows, { period, step: 'before_during' }),
      },
      {
        name: 'transitionMatrix',
        filter: { groupBy: 'duringAfter' },
        expected: (rows) => transitionMatrix(rows, { period, step: 'during_after' }),
      },
      {
        name: 'transitionMatrix',
        filter: { groupBy: 'combination', gender: 'FEMALE' },
        gender: 'female',
        expected: (rows) =>
          transitionMatrix(rows, { period, mode: 'combination', gender: 'female' }),
      },
      ...(['municipality', 'coach', 'gender', 'total', 'ageBand'] as const).map((by) => ({
        name: 'outcomeReport',
        filter: { projectId, groupBy: by },
        expected: (rows: EnrollmentRow[], goal: number) =>
          outcomeReport(rows, {
            period,
            by,
            goalShare: goal,
            labels: by === 'coach' ? coachLabels : by === 'municipality' ? labels : {},
          }),
      })),
      {
        name: 'outcomeReport',
        filter: { groupBy: 'genderComparison', municipalityId: nassjo },
        expected: (rows, goal) => {
          const options = { period, by: 'municipality' as const, goalShare: goal, labels };
          return genderAnalysis(
            outcomeReport(
              rows.filter((r) => r.gender === 'female'),
              options,
            ),
            outcomeReport(
              rows.filter((r) => r.gender === 'male'),
              options,
            ),
          );
        },
      },
    ];
    const solver = await loadHighsLpSolver();
    for (const c of cases) {
      const response = await steering.gql<Answer>(doc(c.name), {
        filter: { from, to, ...c.filter },
      });
      const answer = response.body.data?.report;
      expect(answer, JSON.stringify(response.body.errors)).toBeDefined();
      // The goal is data (the project's); read it back rather than re-derive it here.
      const goal =
        answer?.rows.flatMap((r) => r.cells).find((cell) => cell.column === 'goal')?.value ?? 0;
      const table = await h.db.database.withTenant(DEMO_ASSOCIATION_ID, async (tx) =>
        c.expected(
          await enrollmentRows(
            tx,
            {
              ...(c.filter.projectId ? { projectId: c.filter.projectId } : {}),
              ...(c.filter.municipalityId ? { municipalityId: c.filter.municipalityId } : {}),
            },
            period,
            c.gender,
          ),
          goal,
        ),
      );
      expect(answer?.csv, `${c.name} ${JSON.stringify(c.filter)}`).toBe(
        toCsv(table, { locale: 'sv' }),
      );
      if (c.filter.groupBy !== 'coach') {
        const outside = await external.gql<Answer>(doc(c.name), {
          // Another förbund (Södra Vätterbygden) names Höglandet's figures.
          filter: { from, to, ...c.filter, associationId: DEMO_ASSOCIATION_ID },
        });
        // Other förbund get the table through the one protection step (k = 5, LP-audited).
        const protectedTable = protectTable(table, { k: 5, solver });
        if (!protectedTable.ok) throw new Error(`${c.name}: ${protectedTable.error.code}`);
        expect(outside.body.data?.report.csv, `external ${c.name}`).toBe(
          toCsv(protectedTable.table, { locale: 'sv' }),
        );
      }
    }
  });
});
