// `npm run bench`: load and report benchmarks at national scale (not part of npm test).
// Gateway and PostGraphile run as separate processes; autocannon drives them from here.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { ensureDataset } from './dataset.mjs';
import { BENCH_EMAIL, prepareFixtures } from './fixtures.mjs';
import { gatewayScenarios, postgraphileScenarios } from './scenarios.mjs';
import { sqlFloors } from './sql-floors.mjs';
import { measureCpu } from './cpu-time.mjs';
import { countStatements } from './statements.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');
const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const scale = process.env.BENCH_SCALE ?? 'national';
const seed = Number(process.env.BENCH_SEED ?? '1');
const duration = Number(process.env.BENCH_DURATION ?? '10');
const connections = Number(process.env.BENCH_CONNECTIONS ?? '50');
const warmUp = Number(process.env.BENCH_WARM_UP ?? '3');
const log = (message) => process.stdout.write(`[bench] ${message}\n`);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

function startProcess(args, env, readyWhen) {
  const child = spawn('node', args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 120_000;
    const poll = async () => {
      if (child.exitCode !== null) return reject(new Error(`process exited:\n${output}`));
      if (await readyWhen(output).catch(() => false)) return resolve(child);
      if (Date.now() > deadline) return reject(new Error(`not ready:\n${output}`));
      setTimeout(poll, 250);
    };
    poll();
  });
}

async function gql(url, token, { query, variables }) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function load(url, token, request, conns, serverPid) {
  // A few seconds of the same load first, not measured: JIT, pools and plans warm up, for
  // both servers alike.
  await autocannon({
    url,
    connections: conns,
    duration: warmUp,
    requests: [
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(request),
      },
    ],
  });
  let errors = 0;
  const cpu = measureCpu(serverPid);
  const body = JSON.stringify(request);
  const headers = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  const result = await autocannon({
    url,
    connections: conns,
    duration,
    requests: [
      {
        method: 'POST',
        headers,
        body,
        onResponse: (status, responseBody) => {
          if (status !== 200 || responseBody.includes('"errors"')) errors += 1;
        },
      },
    ],
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p95: result.latency.p97_5 ?? result.latency.p95,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: errors + result.errors + result.timeouts,
    cpuMicrosPerRequest: cpu.stop(result.requests.total),
  };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
};

async function sequentialP50(run, times = 25) {
  for (let i = 0; i < 3; i += 1) await run();
  const samples = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return percentile(samples, 0.5);
}

async function main() {
  const dataset = await ensureDataset({ root, serverUrl, scale, seed, log });
  log(`Data set ${dataset.name}: ${dataset.participants} participants, ~${dataset.rows} rows.`);
  const password = randomBytes(12).toString('hex');
  const fixtures = await prepareFixtures(dataset.url, password);
  log(
    `Largest association: ${fixtures.associationParticipants} participants, ${fixtures.municipalities.length} municipalities.`,
  );

  const gatewayPort = await freePort();
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  const tokenSecret = randomBytes(48).toString('base64');
  const gateway = await startProcess(
    ['apps/gateway/dist/main.js'],
    {
      DATABASE_URL: dataset.url,
      PII_KEY: dataset.piiKey,
      TOKEN_SECRET: tokenSecret,
      PORT: String(gatewayPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      NODE_ENV: 'production',
    },
    async () => (await fetch(`http://127.0.0.1:${gatewayPort}/readyz`)).ok,
  );
  const pgPort = await freePort();
  const postgraphile = await startProcess(
    ['apps/bench/src/postgraphile-server.mjs'],
    { PG_URL: dataset.url, PORT: String(pgPort) },
    async (out) => out.includes('ready'),
  );
  const pgUrl = `http://127.0.0.1:${pgPort}/graphql`;

  try {
    const login = await gql(gatewayUrl, null, {
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: BENCH_EMAIL, p: password },
    });
    const token = login.data.login.token;
    const gw = gatewayScenarios(fixtures);
    const pgs = postgraphileScenarios(fixtures);
    for (const [name, request] of Object.entries(gw)) {
      const answer = await gql(gatewayUrl, token, request);
      if (answer.errors) throw new Error(`${name} fails: ${JSON.stringify(answer.errors)}`);
    }
    for (const [name, request] of Object.entries(pgs)) {
      const answer = await gql(pgUrl, null, request);
      if (answer.errors)
        throw new Error(`PostGraphile ${name} fails: ${JSON.stringify(answer.errors)}`);
    }

    const statements = await countStatements({ root, dataset, fixtures, password, scenarios: gw });
    const rows = [];
    for (const shape of ['list', 'detail']) {
      log(`Load: ${shape} (${connections} connections, ${duration} s) …`);
      const ours = await load(gatewayUrl, token, gw[shape], connections, gateway.pid);
      const theirs = await load(pgUrl, null, pgs[shape], connections, postgraphile.pid);
      rows.push({
        scenario: `${shape} (gateway)`,
        ...ours,
        statements: statements[shape],
        roundTrips: statements.roundTrips[shape],
        vsPostgraphile: +(ours.rps / theirs.rps).toFixed(2),
      });
      rows.push({
        scenario: `${shape} (PostGraphile)`,
        ...theirs,
        statements: null,
        vsPostgraphile: 1,
      });
    }
    const db = new pg.Client({ connectionString: dataset.url });
    await db.connect();
    for (const report of [
      'caseloadSeries',
      'outcomeReport',
      'transitionMatrix',
      'reallocationPlan',
    ]) {
      log(`Load: ${report} (10 connections, ${duration} s) …`);
      const loaded = await load(gatewayUrl, token, gw[report], 10, gateway.pid);
      const gatewayP50 = await sequentialP50(() => gql(gatewayUrl, token, gw[report]));
      const sqlP50 = await sequentialP50(() =>
        db.query(sqlFloors[report], [fixtures.associationId, fixtures.projectId]),
      );
      rows.push({
        scenario: report,
        ...loaded,
        statements: statements.cold[report].statements,
        roundTrips: statements.cold[report].roundTrips,
        sequentialP50: +gatewayP50.toFixed(1),
        coldP50: statements.cold[report].p50,
        sqlFloorP50: +sqlP50.toFixed(1),
        vsSqlFloor: +(gatewayP50 / sqlP50).toFixed(2),
        coldVsSqlFloor: +(statements.cold[report].p50 / sqlP50).toFixed(2),
      });
    }
    await db.end();

    log('Concurrency: 50 decideReallocation attempts on one version …');
    const plan = await gql(gatewayUrl, token, gw.reallocationPlan);
    const allocation = await gql(gatewayUrl, token, {
      query:
        'query($p: ID!, $on: LocalDate!) { allocation(projectId: $p, asOf: $on) { version rows { municipalityId fte } } }',
      variables: { p: fixtures.projectId, on: fixtures.decideOn },
    });
    const lines = plan.data.reallocationPlan.lines.map((l) => ({
      municipalityId: l.municipalityId,
      fte: l.suggestedFte,
    }));
    const started = performance.now();
    const attempts = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        gql(gatewayUrl, token, {
          query: 'mutation($i: DecideReallocationInput!) { decideReallocation(input: $i) { id } }',
          variables: {
            i: {
              projectId: fixtures.projectId,
              effectiveFrom: fixtures.decideOn,
              reason: `Benchmark ${i}`,
              lines,
              expectedVersion: allocation.data.allocation.version,
              idempotencyKey: `bench-${Date.now()}-${i}`,
            },
          },
        }),
      ),
    );
    const decideMs = performance.now() - started;
    const won = attempts.filter((a) => a.data?.decideReallocation).length;
    const conflicts = attempts.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT').length;
    log(`decideReallocation ×50 on ${fixtures.decideOn}: ${won} won, ${conflicts} got CONFLICT.`);
    if (won !== 1 || conflicts !== 49) {
      process.exitCode = 1;
      log(
        `FAILED: 50 concurrent decisions gave ${won} winners and ${conflicts} conflicts (expected 1 and 49).`,
      );
    }
    rows.push({
      scenario: 'decideReallocation ×50 concurrent',
      rps: Math.round(50 / (decideMs / 1000)),
      p50: null,
      p95: null,
      p99: +decideMs.toFixed(0),
      requests: 50,
      errors: 50 - won - conflicts,
      won,
      conflicts,
    });

    log('Throughput and latency (ms), statements, round trips and CPU per request:');
    console.table(
      rows.map((r) => ({
        scenario: r.scenario,
        'req/s': r.rps,
        p50: r.p50,
        p95: r.p95,
        p99: r.p99,
        errors: r.errors,
        'SQL/req': r.statements ?? '',
        'trips/req': r.roundTrips ?? '',
        'CPU µs server': r.cpuMicrosPerRequest?.server ?? '',
        'CPU µs PG+rest': r.cpuMicrosPerRequest?.postgres ?? '',
        'vs PostGraphile': r.vsPostgraphile ?? '',
      })),
    );
    log('Reports against their hand-written SQL floor (sequential p50, ms):');
    console.table(
      rows
        .filter((r) => r.sqlFloorP50 !== undefined)
        .map((r) => ({
          report: r.scenario,
          'cached p50': r.sequentialP50,
          'cold p50': r.coldP50,
          'SQL floor': r.sqlFloorP50,
          'cached/floor': r.vsSqlFloor,
          'cold/floor': r.coldVsSqlFloor,
        })),
    );
    log(`Statements per list request by page size: ${JSON.stringify(statements.listByPageSize)}`);
    const out = path.join(root, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    const file = path.join(out, `${new Date().toISOString().replace(/[:.]/g, '-')}-${scale}.json`);
    writeFileSync(
      file,
      `${JSON.stringify({ scale, seed, duration, connections, dataset: { participants: dataset.participants, rows: dataset.rows }, machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, rows, statements }, null, 2)}\n`,
    );
    log(`Wrote ${path.relative(root, file)}`);
  } finally {
    gateway.kill('SIGTERM');
    postgraphile.kill('SIGTERM');
  }
}

main().catch((error) => {
  process.stderr.write(`[bench] failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
