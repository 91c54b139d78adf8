import { DEMO_ASSOCIATION_ID, demoAccounts } from '@finsam-se/persistence';
import {
  type Cell,
  type LpSolver,
  type Table,
  SUPPRESSED,
  attackTable,
  exposedCounts,
  loadHighsLpSolver,
  smallCounts,
  suppress,
} from '@finsam-se/reporting';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { createRequestContext } from '../src/context.js';
import { EXTERNAL_K } from '../src/report/report-publish.js';
import { type ReportName, reportService } from '../src/report/report.service.js';
import type { ReportFilterInput } from '../src/report/report.type.js';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';

/**
 * The measurement, from outside: as `external`, fetch every report the demo offers
 * over HTTP for every calendar year 2018–2026 and each project's whole period, in every
 * grouping, and with each filter a reader may add (every municipality, gender, two age
 * bands) over the whole span; put the returned cells into the report's
 * declared structure (its definition: sums, sum groups, relations; the attacker is assumed
 * to know it), solve the attacker's linear program and require every small count (1..k−1,
 * known from the same report computed for the steering group) to have a feasible range
 * containing 0..k. The same attack on the old "two per line" suppression is counted for
 * comparison (printed).
 */
type HttpCell = {
  column: string;
  count: number | null;
  share: number | null;
  value: number | null;
  suppressed: boolean;
};
type HttpTable = { rows: { key: string; cells: HttpCell[] }[] };

const QUERIES: Record<ReportName, string> = {
  outcome: 'outcomeReport',
  transitionMatrix: 'transitionMatrix',
  phaseFunnel: 'phaseFunnel',
  referralStats: 'referralStats',
  afterSupport: 'afterSupportReport',
  cost: 'costReport',
  fidelity: 'fidelityReport',
  selfSupporting: 'selfSupportingReport',
  survey: 'surveyReport',
  assessmentChange: 'assessmentChangeReport',
};

const GROUPINGS: Record<ReportName, readonly (string | undefined)[]> = {
  outcome: [
    'municipality',
    'total',
    'gender',
    'ageBand',
    'targetGroupFactor',
    'genderComparison',
    'durable',
  ],
  transitionMatrix: ['primary', 'combination'],
  phaseFunnel: [undefined],
  referralStats: [undefined],
  afterSupport: ['offset', 'reContact'],
  cost: [undefined],
  fidelity: [undefined],
  selfSupporting: [undefined],
  survey: [undefined],
  assessmentChange: ['doa_self_rating', 'sassam_mapping'],
};

/** Every calendar year of the demo; each project's whole period is added from the database. */
const YEARS = Array.from({ length: 9 }, (_, i) => ({
  from: `${2018 + i}-01-01`,
  to: `${2019 + i}-01-01`,
}));

const doc = (name: string) => `query Report($filter: ReportFilter!) {
  report: ${name}(filter: $filter) { rows { key cells { column count share value suppressed } } }
}`;

let h: Harness;
let external: Client;
let actor: Actor;
let solver: LpSolver;
let periods: { from: string; to: string; projectId?: string }[];
let filters: Partial<ReportFilterInput>[];

beforeAll(async () => {
  h = await startHarness();
  external = await h.as('external');
  solver = await loadHighsLpSolver();
  const email = demoAccounts.find((a) => a.role === 'external')?.email ?? '';
  const [row] = await h.db.database.withOwner((tx) =>
    tx.query<{ id: string; association_id: string; association_name: string; name: string }>(
      `SELECT u.id, u.association_id, a.name AS association_name, u.name
       FROM users u JOIN associations a ON a.id = u.association_id WHERE u.email = $1`,
      [email],
    ),
  );
  if (!row) throw new Error('no external demo user');
  const projects = await h.db.database.withOwner((tx) =>
    tx.query<{ id: string; starts_on: string; ends_on: string }>(
      `SELECT id, to_char(starts_on, 'YYYY-MM-DD') AS starts_on,
              to_char(ends_on, 'YYYY-MM-DD') AS ends_on
       FROM projects WHERE association_id = $1 ORDER BY starts_on`,
      [DEMO_ASSOCIATION_ID],
    ),
  );
  const towns = await h.db.database.withOwner((tx) =>
    tx.query<{ id: string }>(
      'SELECT id FROM municipalities WHERE association_id = $1 ORDER BY code',
      [DEMO_ASSOCIATION_ID],
    ),
  );
  periods = [
    ...YEARS,
    ...projects.map((p) => ({ from: p.starts_on, to: p.ends_on, projectId: p.id })),
  ];
  // The filters a reader may add, each on its own, over the whole span of the demo.
  filters = [
    ...towns.map((t) => ({ municipalityId: t.id })),
    { gender: 'female' },
    { gender: 'male' },
    { ageBand: '19_29' },
    { ageBand: '30_39' },
  ];
  actor = {
    id: row.id,
    associationId: row.association_id,
    associationName: row.association_name,
    email,
    name: row.name,
    role: 'external',
    municipalityId: null,
    coachId: null,
    organisation: null,
    active: true,
    sessionGeneration: 0,
  };
}, 120_000);
afterAll(async () => h.close());

/** The returned cells in the report's declared structure: what the attacker works on. */
function asPublished(structure: Table, returned: HttpTable): Table {
  return {
    ...structure,
    rows: structure.rows.map((row) => {
      const http = returned.rows.find((r) => r.key === row.key);
      const cells: Record<string, Cell> = {};
      for (const column of structure.columns) {
        const cell = http?.cells.find((c) => c.column === column.key);
        if (!cell || cell.suppressed) cells[column.key] = SUPPRESSED;
        else if (column.kind === 'count')
          cells[column.key] = { kind: 'count', count: cell.count ?? 0, share: cell.share };
        else cells[column.key] = { kind: 'value', value: cell.value, basis: null };
      }
      return { ...row, cells };
    }),
  };
}

/**
 * One report over HTTP. The attacks between requests can outlast the server's keep-alive,
 * so a reused socket may be reset: that request is sent once more on a new one.
 */
async function fetchReport(name: ReportName, filter: ReportFilterInput) {
  // GraphQL names the gender enum's values in capitals.
  // The external user is another förbund's (Södra Vätterbygden): it names Höglandet's figures.
  const variables = {
    ...filter,
    associationId: DEMO_ASSOCIATION_ID,
    ...(filter.gender ? { gender: filter.gender.toUpperCase() } : {}),
  };
  const send = () => external.gql<{ report: HttpTable }>(doc(QUERIES[name]), { filter: variables });
  try {
    return await send();
  } catch {
    return send();
  }
}

/** The small counts of the true table, by cell id. */
describe('external reports survive the LP attacker', () => {
  it('every report, period and grouping: every small count’s range contains 0..k', async () => {
    const ctx = createRequestContext(h.gateway.deps, 'disclosure-audit', '127.0.0.1', actor);
    // The truth is Höglandet's own steering group's table (the external user is another
    // förbund's, so its own role switched to steering would read Södra Vätterbygden's).
    const steering = createRequestContext(h.gateway.deps, 'disclosure-truth', '127.0.0.1', {
      ...actor,
      associationId: DEMO_ASSOCIATION_ID,
      role: 'steering',
    });
    const seen = {
      tables: 0,
      refused: 0,
      notOffered: 0,
      small: 0,
      hidden: 0,
      oldPinned: 0,
      oldNarrow: 0,
    };
    const exposed: string[] = [];
    const runs: { name: ReportName; filter: ReportFilterInput }[] = [];
    for (const [name, groupings] of Object.entries(GROUPINGS) as [ReportName, string[]][]) {
      for (const period of periods)
        for (const groupBy of groupings)
          runs.push({ name, filter: { ...period, ...(groupBy === undefined ? {} : { groupBy }) } });
      const [first] = groupings;
      for (const extra of filters)
        runs.push({
          name,
          filter: {
            from: '2018-01-01',
            to: '2027-01-01',
            ...(first === undefined ? {} : { groupBy: first }),
            ...extra,
          },
        });
    }
    for (const { name, filter } of runs) {
      const response = await fetchReport(name, filter);
      const returned = response.body.data?.report;
      if (!returned) {
        const extensions = response.body.errors?.[0]?.extensions;
        // A filter the report does not offer (e.g. gender on the cost report) is no table.
        const added = Object.keys(filter).some(
          (key) => !['from', 'to', 'groupBy', 'projectId'].includes(key),
        );
        if (added && extensions?.code === 'BAD_USER_INPUT') {
          seen.notOffered += 1;
          continue;
        }
        // A refusal is allowed (never an unprotected table), but it must say why.
        expect(extensions?.reason).toBe('DISCLOSURE.UNPROTECTABLE');
        seen.refused += 1;
        continue;
      }
      const { table: structure } = await reportService.run(ctx, name, {
        ...filter,
        associationId: DEMO_ASSOCIATION_ID,
      });
      const { table: truth } = await reportService.run(steering, name, filter);
      expect(returned.rows.map((r) => r.key)).toEqual(structure.rows.map((r) => r.key));
      expect(truth.rows.map((r) => r.key)).toEqual(structure.rows.map((r) => r.key));
      const published = asPublished(structure, returned);
      seen.tables += 1;
      for (const row of published.rows)
        for (const cell of Object.values(row.cells))
          if (cell.kind === 'count')
            expect(cell.count === 0 || cell.count >= EXTERNAL_K).toBe(true);
      const small = smallCounts(truth, EXTERNAL_K);
      seen.small += small.size;
      seen.hidden += published.rows.reduce(
        (sum, row) => sum + Object.values(row.cells).filter((c) => c.kind === 'suppressed').length,
        0,
      );
      for (const { where, interval } of exposedCounts(published, small, solver, EXTERNAL_K))
        exposed.push(
          `${name}/${JSON.stringify(filter)}: ${where} in [${interval?.min}, ${interval?.max}]`,
        );
      const old = attackTable(suppress(truth, { k: EXTERNAL_K }), solver, new Set(small.keys()));
      for (const interval of old.intervals.values()) {
        if (interval.max - interval.min < 1e-6) seen.oldPinned += 1;
        else if (interval.max - interval.min < EXTERNAL_K) seen.oldNarrow += 1;
      }
    }
    console.log(`disclosure audit over HTTP: ${JSON.stringify(seen)}`);
    expect(exposed).toEqual([]);
    expect(seen.tables).toBeGreaterThan(200);
    expect(seen.small).toBeGreaterThan(0);
  }, 900_000);
});
