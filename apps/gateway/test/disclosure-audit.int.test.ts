import { demoAccounts } from '@finsam-se/persistence';
import {
  type Cell,
  type LpSolver,
  type Table,
  SUPPRESSED,
  attackTable,
  cellId,
  suppress,
  isProtected,
  loadHighsLpSolver,
} from '@finsam-se/reporting';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/auth/actor.js';
import { createRequestContext } from '../src/context.js';
import { EXTERNAL_K } from '../src/services/report-publish.js';
import { type ReportName, reportService } from '../src/services/report.service.js';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';

/**
 * The measurement, from outside: as `external`, fetch every report the demo offers
 * over HTTP for several periods and groupings, put the returned cells into the report's
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
  survey: [undefined],
  assessmentChange: ['doa_self_rating', 'sassam_mapping'],
};

const PERIODS = [
  { from: '2019-01-01', to: '2020-01-01' },
  { from: '2020-01-01', to: '2021-01-01' },
  { from: '2023-01-01', to: '2024-01-01' },
  { from: '2018-01-01', to: '2027-01-01' },
];

const doc = (name: string) => `query Report($filter: ReportFilter!) {
  report: ${name}(filter: $filter) { rows { key cells { column count share value suppressed } } }
}`;

let h: Harness;
let external: Client;
let actor: Actor;
let solver: LpSolver;

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
async function fetchReport(name: ReportName, filter: Record<string, string>) {
  const send = () => external.gql<{ report: HttpTable }>(doc(QUERIES[name]), { filter });
  try {
    return await send();
  } catch {
    return send();
  }
}

/** The small counts of the true table, by cell id. */
function smallCounts(table: Table): Map<string, string> {
  const out = new Map<string, string>();
  table.rows.forEach((row, index) => {
    for (const column of table.columns) {
      const cell = row.cells[column.key];
      if (column.kind === 'count' && cell?.kind === 'count' && cell.count >= 1)
        if (cell.count < EXTERNAL_K) out.set(cellId(index, column.key), `${row.key}.${column.key}`);
    }
  });
  return out;
}

describe('external reports survive the LP attacker', () => {
  it('every report, period and grouping: every small count’s range contains 0..k', async () => {
    const ctx = createRequestContext(h.gateway.deps, 'disclosure-audit', '127.0.0.1', actor);
    const steering = createRequestContext(h.gateway.deps, 'disclosure-truth', '127.0.0.1', {
      ...actor,
      role: 'steering',
    });
    const seen = { tables: 0, small: 0, oldPinned: 0, oldNarrow: 0 };
    const exposed: string[] = [];
    for (const [name, groupings] of Object.entries(GROUPINGS) as [ReportName, string[]][]) {
      for (const period of PERIODS) {
        for (const groupBy of groupings) {
          const filter = { ...period, ...(groupBy === undefined ? {} : { groupBy }) };
          const response = await fetchReport(name, filter);
          const returned = response.body.data?.report;
          if (!returned) {
            // A refusal is allowed (never an unprotected table), but it must say why.
            expect(response.body.errors?.[0]?.extensions?.reason).toBe('DISCLOSURE.UNPROTECTABLE');
            continue;
          }
          const { table: structure } = await reportService.run(ctx, name, filter);
          const { table: truth } = await reportService.run(steering, name, filter);
          expect(returned.rows.map((r) => r.key)).toEqual(structure.rows.map((r) => r.key));
          expect(truth.rows.map((r) => r.key)).toEqual(structure.rows.map((r) => r.key));
          const published = asPublished(structure, returned);
          seen.tables += 1;
          for (const row of published.rows)
            for (const cell of Object.values(row.cells))
              if (cell.kind === 'count')
                expect(cell.count === 0 || cell.count >= EXTERNAL_K).toBe(true);
          const small = smallCounts(truth);
          seen.small += small.size;
          const { intervals } = attackTable(published, solver, new Set(small.keys()));
          for (const [id, where] of small) {
            const interval = intervals.get(id);
            if (!isProtected(interval, EXTERNAL_K))
              exposed.push(
                `${name}/${groupBy ?? '-'}/${period.from}: ${where} in [${interval?.min}, ${interval?.max}]`,
              );
          }
          const old = attackTable(
            suppress(truth, { k: EXTERNAL_K }),
            solver,
            new Set(small.keys()),
          );
          for (const interval of old.intervals.values()) {
            if (interval.max - interval.min < 1e-6) seen.oldPinned += 1;
            else if (interval.max - interval.min < EXTERNAL_K) seen.oldNarrow += 1;
          }
        }
      }
    }
    console.log(`disclosure audit over HTTP: ${JSON.stringify(seen)}`);
    expect(exposed).toEqual([]);
    expect(seen.tables).toBeGreaterThan(40);
    expect(seen.small).toBeGreaterThan(0);
  }, 600_000);
});
