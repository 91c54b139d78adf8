import { DEMO_ASSOCIATION_ID } from '@finsam-se/persistence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockholmDateOf } from '../src/clock/today.js';
import { nightlyRetentionJob } from '../src/jobs/retention-job.js';
import { REPORT_CACHE_LISTENER_NAME } from '../src/report/report-cache-listener.js';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';
import { jobDeps } from './support/job-world.js';

// The report cache of ADR 0008: entries live until a write anywhere (heard through the
// database's notifications), the Stockholm day's end or the safety lifetime; the nightly
// jobs announce a warm-up after which the panel's first figures come from the cache.

let h: Harness;
let manager: Client;
let projectId: string;

/** SQL as the owner on a pooled connection: not through the gateway's GraphQL. */
async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []) {
  return h.db.database.withOwner((tx) => tx.query<T>(text, params));
}

async function until(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const cache = () => h.gateway.deps.reportCache;

const REFERRALS = `query R($p: ID!) { referralStats(filter: { projectId: $p,
  from: "2020-01-01", to: "2027-01-01" }) { rows { key cells { column count } } } }`;

async function referralFigures(client: Client = manager): Promise<string> {
  const response = await client.gql<{ referralStats: unknown }>(REFERRALS, { p: projectId });
  expect(response.body.errors).toBeUndefined();
  return JSON.stringify(response.body.data?.referralStats);
}

beforeAll(async () => {
  h = await startHarness();
  manager = await h.as('manager');
  await until(() => h.gateway.reportCacheListening(), 10_000);
  // The project the panel opens with: the one running today.
  const [project] = await sql<{ id: string }>(
    `SELECT id FROM projects WHERE association_id = $1 AND starts_on <= $2 AND $2 < ends_on
      ORDER BY starts_on, id LIMIT 1`,
    [DEMO_ASSOCIATION_ID, stockholmDateOf(new Date())],
  );
  projectId = project?.id ?? '';
});
afterAll(async () => {
  await h?.close();
});

/**
 * Tables with association_id that no report reads, so writing them need not invalidate
 * (they are written on reads, on log-in or by the jobs; see migration ReportCacheNotify).
 */
const UNWATCHED = [
  'audit_log',
  'board_reports',
  'import_mappings',
  'import_runs',
  'job_effects',
  'job_failures',
  'mail_outbox',
  'participant_changes',
  'retention_rules',
  'retention_runs',
  'users',
];

describe('report cache across processes', () => {
  it('every table of an association is either watched for writes or known not to be read', async () => {
    const rows = await sql<{ table_name: string; watched: boolean }>(
      `SELECT c.table_name,
              count(t.tgname) FILTER (WHERE t.tgname LIKE '%\\_report\\_cache\\_%') = 3 AS watched
         FROM information_schema.columns c
         LEFT JOIN pg_trigger t ON t.tgrelid = format('%I', c.table_name)::regclass
        WHERE c.table_schema = 'public' AND c.column_name = 'association_id'
        GROUP BY c.table_name ORDER BY c.table_name`,
    );
    const neither = rows.filter((r) => !r.watched && !UNWATCHED.includes(r.table_name));
    expect(neither.map((r) => r.table_name)).toEqual([]);
    expect(rows.filter((r) => r.watched).length).toBe(30);
  });

  it('a write by plain SQL outside the gateway invalidates the cached figure', async () => {
    const before = await referralFigures();
    const computed = cache().computations();
    expect(await referralFigures()).toBe(before);
    expect(cache().computations()).toBe(computed);

    const [moved] = await sql<{ id: string }>(
      `UPDATE referrals SET received_on = '2019-06-01'
        WHERE id = (SELECT id FROM referrals WHERE project_id = $1 AND received_on >= '2020-01-01'
                    ORDER BY received_on DESC, id LIMIT 1)
        RETURNING id`,
      [projectId],
    );
    expect(moved).toBeDefined();
    // The notification arrives after the commit: the next answers are the new figures.
    await until(async () => (await referralFigures()) !== before);
    expect(cache().computations()).toBeGreaterThan(computed);
  });

  it('after the nightly jobs the first report of the day is answered from the cache', async () => {
    const today = stockholmDateOf(new Date());
    const year = today.slice(0, 4);
    const computedBefore = cache().computations();
    // The nightly job announces the warm-up (NOTIFY); this gateway hears it and computes.
    await nightlyRetentionJob(jobDeps(h.db), DEMO_ASSOCIATION_ID);
    await until(() => cache().computations() - computedBefore >= 4, 20_000);
    await h.gateway.reportWarmer.idle();
    const warmed = cache().computations();

    // What the reports page asks for when it opens, as the panel sends it.
    const page = await manager.gql<{ outcomeReport: { rows: unknown[] } }>(
      `query O($f: ReportFilter!) { outcomeReport(filter: $f) { rows { key } } }`,
      {
        f: {
          projectId,
          from: `${year}-01-01`,
          to: today,
          municipalityId: null,
          gender: null,
          groupBy: null,
        },
      },
    );
    expect(page.body.errors).toBeUndefined();
    // The dashboard's charts, asked by the board (same association-wide figures).
    const board = await h.as('board');
    const funnel = await board.gql(
      `query F($p: ID!, $from: LocalDate!, $to: LocalDate!) {
        phaseFunnel(filter: { projectId: $p, from: $from, to: $to }) { rows { key } } }`,
      { p: projectId, from: `${year}-01-01`, to: today },
    );
    expect(funnel.body.errors).toBeUndefined();
    expect(cache().computations()).toBe(warmed);
  });

  it('a lost listener clears the cache, reconnects and hears writes again', async () => {
    await referralFigures();
    expect(cache().size()).toBeGreaterThan(0);
    await sql(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = $1`,
      [REPORT_CACHE_LISTENER_NAME],
    );
    await until(() => !h.gateway.reportCacheListening() || cache().size() === 0);
    await until(() => h.gateway.reportCacheListening(), 10_000);
    expect(cache().size()).toBe(0);

    const before = await referralFigures();
    await sql(
      `UPDATE referrals SET received_on = '2019-07-01'
        WHERE id = (SELECT id FROM referrals WHERE project_id = $1 AND received_on >= '2020-01-01'
                    ORDER BY received_on DESC, id LIMIT 1)`,
      [projectId],
    );
    await until(async () => (await referralFigures()) !== before);
  });
});
