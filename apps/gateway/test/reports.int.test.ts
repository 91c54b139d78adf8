import { DEMO_ASSOCIATION_ID } from '@finsam-se/persistence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, codesOf, type Harness, startHarness } from './support/gateway-harness.js';

type Cell = {
  column: string;
  count: number | null;
  share: number | null;
  value: number | null;
  suppressed: boolean;
};
type ReportTable = {
  title: string;
  notes: string[];
  csv: string;
  columns: { key: string; label: string }[];
  rows: { key: string; label: string; cells: Cell[] }[];
};

const REPORTS = [
  'outcomeReport',
  'transitionMatrix',
  'phaseFunnel',
  'referralStats',
  'afterSupportReport',
  'costReport',
  'fidelityReport',
  'selfSupportingReport',
] as const;

const doc = (name: string) => `query Report($filter: ReportFilter!) {
  report: ${name}(filter: $filter) {
    title notes csv columns { key label }
    rows { key label cells { column count share value suppressed } }
  }
}`;

let h: Harness;
let projectId: string;
let nassjo: string;
let eksjo: string;
let coachId: string;

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return h.db.database.withOwner((tx) => tx.query<T>(text, params));
}

async function report(client: Client, name: string, filter: Record<string, unknown>) {
  const response = await client.gql<{ report: ReportTable }>(doc(name), { filter });
  return { response, table: response.body.data?.report };
}

const cell = (table: ReportTable, rowKey: string, column: string) =>
  table.rows.find((r) => r.key === rowKey)?.cells.find((c) => c.column === column);

beforeAll(async () => {
  h = await startHarness();
  const [project] = await sql<{ id: string }>(
    `SELECT id FROM projects WHERE name LIKE '%Höglandet 2021%'`,
  );
  projectId = project?.id ?? '';
  const munis = await sql<{ id: string; code: string }>(`SELECT id, code FROM municipalities`);
  nassjo = munis.find((m) => m.code === '0682')?.id ?? '';
  eksjo = munis.find((m) => m.code === '0686')?.id ?? '';
  const [coach] = await sql<{ coach_id: string }>(
    `SELECT coach_id FROM users WHERE email = 'coach.nassjo@demo.hoglandet.se'`,
  );
  coachId = coach?.coach_id ?? '';
});
afterAll(async () => h.close());

const period = { from: '2022-01-01', to: '2025-01-01' };

describe('reports for the steering group', () => {
  it('outcomeReport: discharged equals the SQL count, shares in [0, 1], Swedish CSV', async () => {
    const steering = await h.as('steering');
    const { response, table } = await report(steering, 'outcomeReport', { ...period, projectId });
    expect(response.body.errors).toBeUndefined();
    if (!table) throw new Error('no table');
    const [expected] = await sql<{ n: number; good: number }>(
      `SELECT count(*)::int AS n FROM enrollments
       WHERE project_id = $1 AND discharged_on >= $2::date AND discharged_on < $3::date`,
      [projectId, period.from, period.to],
    );
    expect(expected?.n).toBeGreaterThan(0);
    expect(cell(table, 'total', 'discharged')?.count).toBe(expected?.n);
    const detail = table.rows.filter((r) => r.key !== 'total');
    expect(detail.length).toBeGreaterThan(1);
    const sum = detail.reduce(
      (acc, row) => acc + (row.cells.find((c) => c.column === 'discharged')?.count ?? 0),
      0,
    );
    expect(sum).toBe(expected?.n);
    for (const row of table.rows)
      for (const c of row.cells) {
        expect(c.suppressed).toBe(false);
        if (c.share !== null) {
          expect(c.share).toBeGreaterThanOrEqual(0);
          expect(c.share).toBeLessThanOrEqual(1);
        }
      }
    expect(cell(table, 'total', 'goal')?.value).toBeCloseTo(0.35);
    expect(table.csv.startsWith('\uFEFF')).toBe(true);
    expect(table.csv.slice(1).split('\r\n')[0]).toMatch(/^Kommun;Avslutade;/);
    expect(table.notes.join(' ')).toContain('Period: 2022-01-01 till och med 2024-12-31');
  });

  it('every report returns a table with rows', async () => {
    const steering = await h.as('steering');
    for (const name of REPORTS) {
      const { response, table } = await report(steering, name, { ...period, projectId });
      expect(response.body.errors, name).toBeUndefined();
      expect(table?.rows.length, name).toBeGreaterThan(0);
      expect(table?.columns.length, name).toBeGreaterThan(0);
      expect(table?.csv.startsWith('\uFEFF'), name).toBe(true);
    }
  });

  it('groups the outcome by every supported dimension', async () => {
    const manager = await h.as('manager');
    for (const groupBy of [
      'total',
      'coach',
      'gender',
      'ageBand',
      'targetGroupFactor',
      'genderComparison',
    ]) {
      const { response, table } = await report(manager, 'outcomeReport', {
        ...period,
        groupBy,
      });
      expect(response.body.errors, groupBy).toBeUndefined();
      expect(table?.rows.length, groupBy).toBeGreaterThan(0);
    }
  });

  it('costReport: a year row per municipality with cost per participant', async () => {
    const board = await h.as('board');
    const { table } = await report(board, 'costReport', {
      from: '2023-01-01',
      to: '2024-01-01',
      projectId,
    });
    if (!table) throw new Error('no table');
    const total = table.rows.find((r) => r.key === '2023|total');
    expect(total).toBeDefined();
    const costCell = total?.cells.find((c) => c.column === 'cost');
    // Salary cost incl. on-cost of a handful of coaches for a year: between 0.1 and 50 Mkr.
    expect(costCell?.value ?? 0).toBeGreaterThan(10_000_000);
    expect(costCell?.value ?? 0).toBeLessThan(5_000_000_000);
    const details = table.rows.filter((r) => r.key.startsWith('2023|') && r.key !== '2023|total');
    expect(details.length).toBeGreaterThan(1);
    const sum = details.reduce(
      (acc, r) => acc + (r.cells.find((c) => c.column === 'cost')?.value ?? 0),
      0,
    );
    expect(sum).toBe(costCell?.value);
    const participants = total?.cells.find((c) => c.column === 'participants')?.count ?? 0;
    expect(participants).toBeGreaterThan(0);
    const perParticipant = total?.cells.find((c) => c.column === 'cost_per_participant')?.value;
    expect(perParticipant).toBe(Math.round((costCell?.value ?? 0) / participants));
  });

  it('filters by gender and age band', async () => {
    const steering = await h.as('steering');
    const { table } = await report(steering, 'outcomeReport', {
      ...period,
      projectId,
      gender: 'FEMALE',
      ageBand: '19_29',
      groupBy: 'total',
    });
    const [expected] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM enrollments e JOIN participants p ON p.id = e.participant_id
       WHERE e.project_id = $1 AND e.discharged_on >= $2::date AND e.discharged_on < $3::date
         AND p.gender = 'female' AND date_part('year', age(e.enrolled_on, p.birth_date)) BETWEEN 19 AND 29`,
      [projectId, period.from, period.to],
    );
    expect(table && cell(table, 'total', 'discharged')?.count).toBe(expected?.n);
  });
});

const GENDERED: readonly string[] = [
  'outcomeReport',
  'transitionMatrix',
  'phaseFunnel',
  'afterSupportReport',
];

describe('reports for other förbund (external)', () => {
  it('are always suppressed: no count from 1 to 4 anywhere, hidden cells marked', async () => {
    const external = await h.as('external');
    let hidden = 0;
    // Another förbund (Södra Vätterbygden) names Höglandet to read its published figures.
    const hoglandet = { associationId: DEMO_ASSOCIATION_ID };
    const filters = [
      { ...period, ...hoglandet },
      { ...period, ...hoglandet, municipalityId: eksjo, gender: 'MALE' },
      { from: '2024-01-01', to: '2024-04-01', ...hoglandet },
    ];
    for (const name of REPORTS) {
      for (const base of filters) {
        const filter = GENDERED.includes(name)
          ? base
          : Object.fromEntries(Object.entries(base).filter(([key]) => key !== 'gender'));
        const { response, table } = await report(external, name, filter);
        expect(response.body.errors, name).toBeUndefined();
        if (!table) throw new Error(name);
        expect(table.notes.join(' ')).toContain('Röjandeskydd (k = 5)');
        for (const row of table.rows)
          for (const c of row.cells) {
            if (c.count !== null)
              expect(c.count === 0 || c.count >= 5, `${name} ${row.key}`).toBe(true);
            if (c.suppressed) {
              hidden += 1;
              expect(c.count).toBeNull();
              expect(c.share).toBeNull();
              expect(c.value).toBeNull();
            }
          }
        if (table.rows.some((r) => r.cells.some((c) => c.suppressed)))
          expect(table.csv).toContain('..');
      }
    }
    expect(hidden).toBeGreaterThan(0);
  });

  it('never by coach, and never a coach name', async () => {
    const external = await h.as('external');
    const hoglandet = { associationId: DEMO_ASSOCIATION_ID };
    const { response } = await report(external, 'outcomeReport', {
      ...period,
      ...hoglandet,
      groupBy: 'coach',
    });
    expect(codesOf(response)).toEqual(['FORBIDDEN']);
    const names = await sql<{ name: string }>(`SELECT name FROM coaches`);
    const { table } = await report(external, 'outcomeReport', { ...period, ...hoglandet });
    const text = JSON.stringify(table);
    for (const { name } of names) expect(text).not.toContain(name);
  });
});

describe('who may read what', () => {
  it('referrers may not read reports', async () => {
    const referrer = await h.as('referrer');
    for (const name of REPORTS) {
      const { response } = await report(referrer, name, period);
      expect(codesOf(response), name).toEqual(['FORBIDDEN']);
    }
  });

  it('a coach sees only their own participants', async () => {
    const coach = await h.as('coach');
    const { response, table } = await report(coach, 'outcomeReport', {
      ...period,
      groupBy: 'total',
    });
    expect(response.body.errors).toBeUndefined();
    const [expected] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM enrollments
       WHERE coach_id = $1 AND discharged_on >= $2::date AND discharged_on < $3::date`,
      [coachId, period.from, period.to],
    );
    const [all] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM enrollments WHERE discharged_on >= $1::date AND discharged_on < $2::date`,
      [period.from, period.to],
    );
    expect(expected?.n).toBeGreaterThan(0);
    expect(expected?.n).toBeLessThan(all?.n ?? 0);
    expect(table && cell(table, 'total', 'discharged')?.count).toBe(expected?.n);
    const funnel = await report(coach, 'phaseFunnel', period);
    const [cohort] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM enrollments
       WHERE coach_id = $1 AND enrolled_on >= $2::date AND enrolled_on < $3::date`,
      [coachId, period.from, period.to],
    );
    expect(
      funnel.table?.rows.find((r) => r.cells.some((c) => c.column === 'cohort')),
    ).toBeDefined();
    const cohortCount = funnel.table?.rows[0]?.cells.find((c) => c.column === 'cohort')?.count;
    expect(cohortCount).toBe(cohort?.n);
    expect(codesOf((await report(coach, 'costReport', period)).response)).toEqual(['FORBIDDEN']);
  });

  it('a municipal chief sees only their municipality', async () => {
    const chief = await h.as('municipal_chief');
    const { table } = await report(chief, 'outcomeReport', period);
    expect(table?.rows.filter((r) => r.key !== 'total').map((r) => r.key)).toEqual([nassjo]);
    const other = await report(chief, 'outcomeReport', { ...period, municipalityId: eksjo });
    expect(codesOf(other.response)).toEqual(['FORBIDDEN']);
  });
});

describe('filter validation', () => {
  it('refuses an empty or reversed period, naming the field', async () => {
    const steering = await h.as('steering');
    for (const to of ['2022-01-01', '2021-06-01']) {
      const { response } = await report(steering, 'outcomeReport', { from: '2022-01-01', to });
      expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors?.[0]?.extensions?.field).toBe('filter.to');
    }
  });

  it('refuses more than ten years', async () => {
    const steering = await h.as('steering');
    const { response } = await report(steering, 'referralStats', {
      from: '2010-01-01',
      to: '2020-01-02',
    });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors?.[0]?.extensions?.field).toBe('filter.to');
    const ok = await report(steering, 'referralStats', { from: '2010-01-01', to: '2020-01-01' });
    expect(ok.response.body.errors).toBeUndefined();
  });

  it('refuses bad dates, bad ids, unknown groupings and age bands', async () => {
    const steering = await h.as('steering');
    const cases: [Record<string, unknown>, string][] = [
      // A date is read by the LocalDate scalar, which names the field it refused (DATE.FORMAT).
      [{ from: '2023-02-30', to: '2024-01-01' }, 'filter.from'],
      [{ from: '2023-01-01', to: 'tomorrow' }, 'filter.to'],
      [{ ...period, municipalityId: 'x' }, 'filter.municipalityId'],
      [{ ...period, groupBy: 'personnummer' }, 'filter.groupBy'],
      [{ ...period, ageBand: '20_30' }, 'filter.ageBand'],
    ];
    for (const [filter, field] of cases) {
      const { response } = await report(steering, 'outcomeReport', filter);
      expect(codesOf(response), JSON.stringify(filter)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors?.[0]?.extensions?.field).toBe(field);
    }
    const gender = await report(steering, 'costReport', { ...period, gender: 'FEMALE' });
    expect(gender.response.body.errors?.[0]?.extensions?.field).toBe('filter.gender');
  });
});
