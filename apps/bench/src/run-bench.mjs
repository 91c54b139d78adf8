// `npm run bench`: load and report benchmarks at national scale (not part of npm test).
// Gateway and PostGraphile run as separate processes with the same pool, both in production
// mode and warmed up; their phases interleave (A, B, B, A, …) and the ratio is the median of
// per-round ratios with its spread. Method: docs/performance.md, "Method (round 3)".
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { POOL_SIZE, benchConfig } from './config.mjs';
import { concurrentDecisions } from './concurrency.mjs';
import { ensureDataset } from './dataset.mjs';
import { BENCH_EMAIL, prepareFixtures } from './fixtures.mjs';
import { compareInterleaved } from './interleaved-load.mjs';
import { runPhase, warmUp } from './load-phase.mjs';
import { printComparisons, printReports, warningsOf } from './print-results.mjs';
import { connectionsByApplication, freePort, gql, startProcess } from './processes.mjs';
import { gatewayScenarios, postgraphileScenarios } from './scenarios.mjs';
import { latencyPercentiles, median, round1 } from './stats.mjs';
import { countStatements } from './statements.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');
const REPORTS = ['caseloadSeries', 'outcomeReport', 'transitionMatrix', 'reallocationPlan'];
// A phase in which other work took more of the machine than this is flagged as contaminated.
const OTHER_SHARE_LIMIT = 0.1;
const log = (message) => process.stdout.write(`[bench] ${message}\n`);

async function startServers(dataset) {
  const gatewayPort = await freePort();
  const gateway = await startProcess(
    root,
    ['apps/gateway/dist/main.js'],
    {
      DATABASE_URL: dataset.url,
      PII_KEY: dataset.piiKey,
      TOKEN_SECRET: randomBytes(48).toString('base64'),
      PORT: String(gatewayPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      NODE_ENV: 'production',
      // No job queue in the measured process: on the national data its first scans queue
      // tens of thousands of due items, whose work ran inside the gateway during its phases
      // and showed as other work in PostGraphile's (17-18 % of the machine). The queue's own
      // path is measured by the gateway's due-to-sent bench.
      WORKER: 'off',
    },
    async () => (await fetch(`http://127.0.0.1:${gatewayPort}/readyz`)).ok,
  );
  const pgPort = await freePort();
  const postgraphile = await startProcess(
    root,
    ['apps/bench/src/postgraphile-server.mjs'],
    {
      PG_URL: dataset.url,
      PG_POOL_SIZE: String(POOL_SIZE),
      PORT: String(pgPort),
      NODE_ENV: 'production',
    },
    async (out) => out.includes('ready'),
  );
  return {
    gateway: { process: gateway, url: `http://127.0.0.1:${gatewayPort}/graphql` },
    postgraphile: { process: postgraphile, url: `http://127.0.0.1:${pgPort}/graphql` },
  };
}

async function checkAnswers(url, token, scenarios, who) {
  for (const [name, request] of Object.entries(scenarios)) {
    const answer = await gql(url, token, request);
    if (answer.errors) throw new Error(`${who} ${name} fails: ${JSON.stringify(answer.errors)}`);
  }
}

async function reportsUnderLoad({ target, gw, config, db }) {
  const rows = [];
  for (const report of REPORTS) {
    log(`Load: ${report} (${config.reportConnections} connections, ${config.phaseSeconds} s) …`);
    const common = { request: gw[report], connections: config.reportConnections };
    await warmUp({
      url: target.url,
      token: target.token,
      ...common,
      seconds: config.warmUpSeconds,
    });
    const phase = await runPhase({ target, ...common, seconds: config.phaseSeconds, db });
    const cached = [];
    for (let i = 0; i < 25; i += 1) {
      const started = performance.now();
      await gql(target.url, target.token, gw[report]);
      cached.push(performance.now() - started);
    }
    const latency = latencyPercentiles(phase.latencies);
    rows.push({
      report,
      rps: Math.round(phase.rps),
      errors: phase.errors,
      latencyMs: { p50: round1(latency.p50), p95: round1(latency.p95), p99: round1(latency.p99) },
      cachedMedianMs: round1(median(cached)),
      cpu: phase.cpu,
    });
  }
  return rows;
}

async function main() {
  const config = benchConfig(process.env);
  const dataset = await ensureDataset({ root, ...config, log });
  log(`Data set ${dataset.name}: ${dataset.participants} participants, ~${dataset.rows} rows.`);
  const password = randomBytes(12).toString('hex');
  const fixtures = await prepareFixtures(dataset.url, password);
  log(
    `Largest association: ${fixtures.associationParticipants} participants, ${fixtures.municipalities.length} municipalities.`,
  );
  const db = new pg.Client({ connectionString: dataset.url, application_name: 'finsam-bench' });
  await db.connect();
  const servers = await startServers(dataset);
  try {
    const login = await gql(servers.gateway.url, null, {
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: BENCH_EMAIL, p: password },
    });
    const token = login.data.login.token;
    const gw = gatewayScenarios(fixtures);
    const pgs = postgraphileScenarios(fixtures);
    await checkAnswers(servers.gateway.url, token, gw, 'Gateway');
    await checkAnswers(servers.postgraphile.url, null, pgs, 'PostGraphile');

    const statements = await countStatements({
      dataset,
      fixtures,
      password,
      scenarios: gw,
      db,
      config,
    });
    const targets = {
      gateway: { url: servers.gateway.url, token, pid: servers.gateway.process.pid },
      postgraphile: {
        url: servers.postgraphile.url,
        token: null,
        pid: servers.postgraphile.process.pid,
      },
    };
    const comparisons = [];
    for (const shape of ['list', 'detail']) {
      log(`Load: ${shape}, ${config.rounds} interleaved rounds of ${config.phaseSeconds} s each …`);
      comparisons.push(
        await compareInterleaved({
          shape,
          targets,
          requests: { gateway: gw[shape], postgraphile: pgs[shape] },
          config,
          db,
          log,
        }),
      );
      if (shape === 'list')
        log(`Connections held: ${JSON.stringify(await connectionsByApplication(db))}`);
    }
    const reports = await reportsUnderLoad({ target: targets.gateway, gw, config, db });
    const concurrency = await concurrentDecisions({
      gatewayUrl: servers.gateway.url,
      token,
      fixtures,
      planRequest: gw.reallocationPlan,
      log,
    });
    if (!concurrency.ok) process.exitCode = 1;

    const { cold, listByPageSize, ...perRequest } = statements;
    printComparisons(comparisons, log);
    printReports(reports, cold, log);
    log(`Statements and round trips per request: ${JSON.stringify(perRequest)}`);
    log(`Statements per list request by page size: ${JSON.stringify(listByPageSize)}`);
    const warnings = warningsOf({ comparisons, cold, otherShareLimit: OTHER_SHARE_LIMIT });
    for (const warning of warnings) log(`WARNING: ${warning}`);

    const out = path.join(root, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    const file = path.join(
      out,
      `${new Date().toISOString().replace(/[:.]/g, '-')}-${config.scale}.json`,
    );
    const { serverUrl: _url, ...settings } = config;
    const result = {
      method:
        'round 3: interleaved rounds, median of per-round ratios, pooled percentiles (nearest rank)',
      settings: { ...settings, poolSize: POOL_SIZE, otherShareLimit: OTHER_SHARE_LIMIT },
      dataset: { participants: dataset.participants, rows: dataset.rows },
      machine: { cpus: cpus().length, node: process.version },
      warnings,
      comparisons,
      reports,
      cold,
      statements: { perRequest, listByPageSize },
      concurrency,
    };
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    log(`Wrote ${path.relative(root, file)}`);
  } finally {
    servers.gateway.process.kill('SIGTERM');
    servers.postgraphile.process.kill('SIGTERM');
    await db.end();
  }
}

main().catch((error) => {
  process.stderr.write(`[bench] failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
