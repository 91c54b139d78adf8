import {
  DEMO_ASSOCIATION_ID,
  type TallyScope,
  type TenantTx,
  coaches,
  reportRowsRepository,
  reportTalliesRepository,
} from '@finsam-se/persistence';
import { LocalDate, Period } from '@finsam-se/domain';
import {
  type CaseloadCount,
  type CaseloadUnit,
  type PostRow,
  caseloadCounts,
  caseloadSeriesPoints,
  caseloadSeriesPointsFromCounts,
} from '@finsam-se/reporting';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseloadLine } from '../src/reallocation/caseload-line.js';
import { type Harness, startHarness } from './support/gateway-harness.js';

/**
 * The caseload series two ways on the same demo data: rows through the pure reporting package,
 * and SQL counts (split from report-agreement.int.test.ts). They must agree point for point.
 */
let h: Harness;
let projectId: string;

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

describe('caseload series: rows and SQL counts give the same points', () => {
  const whole = { start: LocalDate.from('2021-01-01'), end: LocalDate.from('2026-12-01') };
  // Ends on days something happens, mid-month: a discharge day to an enrollment day, and
  // an enrollment day to a discharge day, so that both cut months and both rules matter.
  let narrow: Period[] = [];
  let nassjo: string;
  let coachId: string;

  beforeAll(async () => {
    const [m] = await sql<{ id: string }>(`SELECT id FROM municipalities WHERE code = '0682'`);
    nassjo = m?.id ?? '';
    const [coach] = await sql<{ coach_id: string }>(
      `SELECT coach_id FROM users WHERE email = 'coach.nassjo@demo.hoglandet.se'`,
    );
    coachId = coach?.coach_id ?? '';
    const days = async (column: string, from: string, to: string) =>
      (
        await sql<{ on: string }>(
          `SELECT to_char(${column}, 'YYYY-MM-DD') AS on FROM enrollments
           WHERE ${column} >= $1::date AND ${column} < $2::date AND extract(day FROM ${column}) > 1
           GROUP BY 1 ORDER BY 1`,
          [from, to],
        )
      ).map((r) => LocalDate.from(r.on));
    const discharges2023 = await days('discharged_on', '2023-01-01', '2024-01-01');
    const enrollments2025 = await days('enrolled_on', '2025-01-01', '2026-01-01');
    const enrollments2022 = await days('enrolled_on', '2022-01-01', '2023-01-01');
    const discharges2024 = await days('discharged_on', '2024-01-01', '2025-01-01');
    const pick = (list: LocalDate[], i: number) => {
      const day = list.at(i);
      if (!day) throw new Error('the demo data has no day to cut the range on');
      return day;
    };
    narrow = [
      { start: pick(discharges2023, 1), end: pick(enrollments2025, -2) },
      { start: pick(enrollments2022, 1), end: pick(discharges2024, -2) },
    ];
  });

  const scopes = (): [string, Omit<TallyScope, 'gender' | 'period'>][] => [
    ['the association', {}],
    ['a project', { projectId }],
    ['a municipality', { municipalityId: nassjo }],
    ['a project and a municipality', { projectId, municipalityId: nassjo }],
    ['a coach', { coachId }],
  ];

  async function coachPosts(tx: TenantTx): Promise<PostRow[]> {
    return (await coaches.list(tx, { filter: {}, limit: 1000, offset: 0 })).map((c) => ({
      municipalityId: c.municipalityId,
      coachId: c.id,
      fte: c.fte,
      period: { start: c.employedFrom, end: c.employedUntil ?? LocalDate.of(9999, 1, 1) },
    }));
  }

  const byKey = (counts: readonly CaseloadCount[]) =>
    [...counts].sort((a, b) => (`${a.month}|${a.unitId}` < `${b.month}|${b.unitId}` ? -1 : 1));

  /** Both units both ways in one tenant transaction; returns the enrollment-months counted. */
  async function compareCaseload(
    tx: TenantTx,
    scope: Omit<TallyScope, 'gender' | 'period'>,
    range: Period,
  ): Promise<number> {
    const rows = await reportRowsRepository.enrollments(tx, {
      ...scope,
      period: range,
      withPhases: false,
    });
    const posts: Record<CaseloadUnit, PostRow[]> = {
      municipality: await reportRowsRepository.posts(tx, scope),
      coach: await coachPosts(tx),
    };
    const perUnit = await reportTalliesRepository.activeByMonthPerUnit(tx, scope, { range });
    let counted = 0;
    for (const by of ['municipality', 'coach'] as const) {
      const options = { range, by };
      const counts = await reportTalliesRepository.activeByMonth(tx, scope, options);
      expect(byKey(counts), by).toEqual(byKey(caseloadCounts(rows, options)));
      expect(byKey(perUnit[by]), by).toEqual(byKey(counts));
      const fromRows = caseloadSeriesPoints(rows, posts[by], options);
      expect(caseloadSeriesPointsFromCounts(counts, posts[by], options), by).toEqual(fromRows);
      expect(caseloadSeriesPointsFromCounts(perUnit[by], posts[by], options), by).toEqual(fromRows);
      counted += counts.reduce((sum, c) => sum + c.active, 0);
    }
    return counted;
  }

  for (const [rangeName, rangesOf] of [
    ['the whole demo period', () => [whole]],
    ['ranges cut on days with enrollments and discharges', () => narrow],
  ] as const) {
    it(`agree by municipality and by coach over ${rangeName}, for every scope`, async () => {
      for (const range of rangesOf()) {
        for (const [scopeName, scope] of scopes()) {
          const counted = await h.db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
            compareCaseload(tx, scope, range),
          );
          // Not vacuous: someone in the scope is active in the range.
          expect(counted, `${scopeName} ${Period.format(range)}`).toBeGreaterThan(0);
        }
      }
    });
  }

  it('the plan’s one-pass demand equals the monthly counts and the rows, per municipality', async () => {
    let seen = 0;
    for (const [on, before] of [
      ['2024-07-01', '2024-07-01'],
      ['2023-03-15', '2023-03-15'],
      ['2025-10-31', '2025-06-10'],
    ] as const) {
      const window = {
        start: LocalDate.addMonths(LocalDate.startOfMonth(LocalDate.from(before)), -6),
        end: LocalDate.startOfMonth(LocalDate.from(before)),
      };
      await h.db.database.withTenant(DEMO_ASSOCIATION_ID, async (tx) => {
        const demand = await reportTalliesRepository.demandByMunicipality(tx, projectId, {
          on: LocalDate.from(on),
          window,
        });
        const counts = await reportTalliesRepository.activeByMonth(
          tx,
          { projectId },
          { range: window, by: 'municipality' },
        );
        const months: Record<string, number> = {};
        for (const c of counts) months[c.unitId] = (months[c.unitId] ?? 0) + c.active;
        expect(demand.activeMonths, `${on} window ${Period.format(window)}`).toEqual(months);
        const rows = await reportRowsRepository.enrollments(tx, {
          projectId,
          period: { start: LocalDate.from(on), end: LocalDate.addDays(LocalDate.from(on), 1) },
          withPhases: false,
        });
        const active = new Map<string, number>();
        for (const r of rows)
          if (r.enrolledOn <= on && (r.dischargedOn === null || r.dischargedOn > on))
            active.set(r.municipalityId, (active.get(r.municipalityId) ?? 0) + 1);
        expect(demand.active, on).toEqual(active);
        seen += active.size + Object.keys(months).length;
      });
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('count the same whatever the session’s time zone', async () => {
    for (const zone of ['Europe/Stockholm', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      await h.db.database.withTenant(DEMO_ASSOCIATION_ID, async (tx) => {
        await tx.query(`SELECT set_config('TimeZone', $1, true)`, [zone]);
        for (const range of [whole, ...narrow])
          expect(await compareCaseload(tx, { projectId }, range), zone).toBeGreaterThan(0);
      });
    }
  });

  it('count only the transaction’s association', async () => {
    const other = '33333333-3333-4333-8333-333333333333';
    const counted = await h.db.database.withTenant(other, async (tx) => ({
      one: await reportTalliesRepository.activeByMonth(tx, {}, { range: whole, by: 'coach' }),
      both: await reportTalliesRepository.activeByMonthPerUnit(tx, {}, { range: whole }),
    }));
    expect(counted).toEqual({ one: [], both: { municipality: [], coach: [] } });
  });

  it('the gateway answers as the rows path computes, for the whole association and a municipality', async () => {
    type Line = {
      key: string;
      points: {
        month: string;
        activeParticipants: number;
        fte: number;
        perFte: number | null;
        band: number | null;
      }[];
    };
    type Answer = { caseloadSeries: { months: string[]; municipalities: Line[]; coaches: Line[] } };
    const end = narrow[0]?.end ?? whole.end;
    // The gateway starts the range on the first of the month of `from`.
    const from = '2022-01-17';
    const range = { start: LocalDate.from('2022-01-01'), end };
    for (const [role, scope] of [
      ['steering', {}],
      ['municipal_chief', { municipalityId: nassjo }],
    ] as const) {
      const client = await h.as(role);
      const response = await client.gql<Answer>(
        `query S($p: UUID!, $from: LocalDate!, $to: LocalDate!) { caseloadSeries(projectId: $p, from: $from, to: $to) {
          months municipalities { key points { month activeParticipants fte perFte band } }
          coaches { key points { month activeParticipants fte perFte band } } } }`,
        { p: projectId, from, to: end },
      );
      const series = response.body.data?.caseloadSeries;
      expect(series, JSON.stringify(response.body.errors)).toBeDefined();
      const expected = await h.db.database.withTenant(DEMO_ASSOCIATION_ID, async (tx) => {
        const rows = await reportRowsRepository.enrollments(tx, {
          projectId,
          ...scope,
          period: range,
          withPhases: false,
        });
        const posts = await reportRowsRepository.posts(tx, { projectId, ...scope });
        return {
          municipality: caseloadSeriesPoints(rows, posts, { range, by: 'municipality' }),
          coach: caseloadSeriesPoints(rows, await coachPosts(tx), { range, by: 'coach' }),
        };
      });
      let active = 0;
      for (const line of series?.municipalities ?? []) {
        expect(line.points, `${role} ${line.key}`).toEqual(
          caseloadLine(expected.municipality, line.key),
        );
        active += line.points.reduce((sum, p) => sum + p.activeParticipants, 0);
      }
      for (const line of series?.coaches ?? [])
        expect(line.points, `${role} ${line.key}`).toEqual(caseloadLine(expected.coach, line.key));
      expect(active, role).toBeGreaterThan(0);
    }
  });
});
