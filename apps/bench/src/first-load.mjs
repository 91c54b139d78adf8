/* global localStorage */
// `npm run bench` (first part): the panel's first load in Chromium over an emulated 4G link,
// cold cache and warm, against the built gateway serving the built panel on a seeded demo
// database. Bytes on the wire and the time until the login form is usable; then what a
// coach's start page adds. A measurement, not a test: nothing here passes or fails.
//
// FIRST_LOAD_GATEWAY and FIRST_LOAD_ADMIN_DIST point it at another build (an older commit's,
// to measure "before"); FIRST_LOAD_RUNS sets the repetitions (median reported).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  FOUR_G,
  launchChromium,
  loginFormUsableAt,
  newPhoneContext,
  signInUntil,
  throttledPage,
} from './first-load-browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');
const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const gatewayMain = path.resolve(
  process.env.FIRST_LOAD_GATEWAY ?? path.join(root, 'apps/gateway/dist/main.js'),
);
const adminDist = path.resolve(
  process.env.FIRST_LOAD_ADMIN_DIST ?? path.join(root, 'apps/admin/dist'),
);
const runs = Number(process.env.FIRST_LOAD_RUNS ?? '5');
const label = process.env.FIRST_LOAD_LABEL ?? 'current';
const COACH = {
  email: 'coach.nassjo@demo.hoglandet.se',
  password: 'demo-coach',
  heading: 'Mina deltagare',
};
const log = (message) => process.stdout.write(`[first-load] ${message}\n`);

function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A database with the demo association (created, migrated and seeded once, then reused). */
async function demoDatabase(piiKey) {
  const name = 'finsam_bench_first_load';
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  // The PII key is new each run, so the demo is seeded afresh each run.
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  for (const script of ['migrate.js', 'seed.js']) {
    const result = spawnSync('node', [path.join(root, 'packages/persistence/dist/cli', script)], {
      env: { ...process.env, DATABASE_URL: url, PII_KEY: piiKey },
      stdio: 'ignore',
    });
    if (result.status !== 0) throw new Error(`${script} failed`);
  }
  return url;
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startGateway(databaseUrl, piiKey) {
  const port = await freePort();
  const child = spawn('node', [gatewayMain], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PII_KEY: piiKey,
      TOKEN_SECRET: randomBytes(48).toString('base64'),
      ADMIN_DIST: adminDist,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      NODE_ENV: 'production',
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('the gateway exited at start');
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGTERM');
  throw new Error('the gateway did not get ready');
}

/** One cold visit (fresh context: empty cache), then a warm one in the same context. */
async function visit(browser, url) {
  const context = await newPhoneContext(browser);
  try {
    const cold = await throttledPage(context);
    await cold.page.goto(`${url}/`, { waitUntil: 'commit' });
    const coldUsable = await loginFormUsableAt(cold.page);
    const coldLogin = cold.take();
    const coachMs = await signInUntil(cold.page, COACH);
    const coach = cold.take();
    // Signed out again, so the warm visit lands on the login form too.
    await cold.page.evaluate(() => localStorage.clear());
    await cold.page.close();

    const warm = await throttledPage(context);
    await warm.page.goto(`${url}/`, { waitUntil: 'commit' });
    const warmUsable = await loginFormUsableAt(warm.page);
    const warmLogin = warm.take();
    await warm.page.close();
    return {
      cold: { usableMs: coldUsable, ...coldLogin },
      coach: { usableMs: coachMs, ...coach },
      warm: { usableMs: warmUsable, ...warmLogin },
    };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function summarise(name, samples) {
  const pick = (key) => median(samples.map((s) => s[key]));
  return {
    load: name,
    'usable (ms)': Math.round(pick('usableMs')),
    'kB received': +(pick('bytes') / 1000).toFixed(1),
    'script kB': +(pick('scriptBytes') / 1000).toFixed(1),
    requests: pick('requests'),
    'from cache': pick('fromCache'),
    'script encoding': samples[0].encodings || '-',
  };
}

async function main() {
  const piiKey = randomBytes(32).toString('base64');
  log(`Panel ${path.relative(root, adminDist) || adminDist}, gateway ${gatewayMain}.`);
  const databaseUrl = await demoDatabase(piiKey);
  const gateway = await startGateway(databaseUrl, piiKey);
  const browser = await launchChromium();
  try {
    log(
      `${runs} runs over ${FOUR_G.latency} ms, ${(FOUR_G.downloadThroughput * 8) / 1000} kbit/s down …`,
    );
    // One unmeasured visit first: the gateway's first queries and the disk warm up.
    await visit(browser, gateway.url);
    const samples = [];
    for (let i = 0; i < runs; i += 1) samples.push(await visit(browser, gateway.url));
    const rows = [
      summarise(
        'login form, cold cache',
        samples.map((s) => s.cold),
      ),
      summarise(
        'login form, warm cache',
        samples.map((s) => s.warm),
      ),
      summarise(
        "coach's start page after login (cold)",
        samples.map((s) => s.coach),
      ),
    ];
    console.table(rows);
    const out = path.join(root, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    const file = path.join(
      out,
      `${new Date().toISOString().replace(/[:.]/g, '-')}-first-load-${label}.json`,
    );
    writeFileSync(file, `${JSON.stringify({ label, network: FOUR_G, runs, rows }, null, 2)}\n`);
    log(`Wrote ${path.relative(root, file)}`);
  } finally {
    await browser.close();
    gateway.child.kill('SIGTERM');
  }
}

main().catch((error) => {
  process.stderr.write(`[first-load] failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
