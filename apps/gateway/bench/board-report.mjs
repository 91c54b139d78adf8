// Board report production time (`npm run bench`, issue 19): a steering-group member produces
// the demo's Delårsrapport T2 of the latest ended T2 (January–August) through the gateway's
// GraphQL, which prints the panel's own print page to PDF with the system Chromium and stores
// it. The baseline, measured in the same rounds on the same machine: Chromium launched with
// the gateway's flags and printing a plain page of as many A4 pages to PDF. Medians and the
// median per-round ratio are printed, nothing is asserted. The gateway runs as `npm start`
// does, on the embedded database with the demo (as the "< 10 s" is stated).
// BOARD_BENCH_ROUNDS (default 3) sizes it; the first round warms up and is not counted.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createRunFolder, freePort, removeRunFolder } from '@finsam-se/persistence/testing';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../dist/board-report/print-pdf.js';

const ROUNDS = Number(process.env.BOARD_BENCH_ROUNDS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The gateway as `npm start` runs it: the embedded database in a run folder, seeded with the demo. */
async function startGateway() {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    INIT_CWD: root,
    ADMIN_DIST: path.join(root, 'apps', 'admin', 'dist'),
    CHROMIUM_PATH: CHROMIUM,
  };
  delete env.DATABASE_URL;
  const dataDir = await createRunFolder('board-bench');
  env.DATA_DIR = dataDir;
  env.EMBEDDED_PG_PORT = String(await freePort());
  const cleanUp = () => removeRunFolder(dataDir);
  let output = '';
  const child = spawn('node', [path.join(root, 'apps/gateway/dist/main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await cleanUp();
  };
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) {
      await cleanUp();
      throw new Error(`the gateway exited:\n${output}`);
    }
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the gateway did not become ready:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { url, stop };
}

async function gql(url, token, query, variables = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Pages of a PDF, counted from its page objects. */
const pagesOf = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** The baseline: Chromium launched as the gateway launches it, printing plain A4 pages. */
async function plainPrint(pages) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const text = 'Delårsrapport. '.repeat(180);
    const body = Array.from(
      { length: pages },
      (_, i) =>
        `<section style="page-break-after:always"><h1>Sida ${i + 1}</h1><p>${text}</p></section>`,
    ).join('');
    await page.setContent(`<!doctype html><html lang="sv"><body>${body}</body></html>`);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    return pagesOf(pdf);
  } finally {
    await browser.close();
  }
}

// The latest ended T2: January–August of this year once September has begun, else last year's.
const now = new Date();
const year = now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;

const gateway = await startGateway();
const produce = [];
const baseline = [];
const ratio = [];
try {
  const { login } = await gql(
    gateway.url,
    null,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: 'beredning@demo.hoglandet.se', p: 'demo-beredning' },
  );
  const { allProjects } = await gql(
    gateway.url,
    login.token,
    '{ allProjects(perPage: 100) { id name startsOn } }',
  );
  const project = [...allProjects].sort((a, b) => (a.startsOn < b.startsOn ? 1 : -1))[0];
  for (let round = 1; round <= ROUNDS + 1; round += 1) {
    let stored;
    const start = performance.now();
    ({ produceBoardReport: stored } = await gql(
      gateway.url,
      login.token,
      `mutation($input: ProduceBoardReportInput!) { produceBoardReport(input: $input) { byteLength downloadPath } }`,
      { input: { projectId: project.id, year, period: 'T2' } },
    ));
    const produced = performance.now() - start;
    const pdf = Buffer.from(
      await (
        await fetch(`${gateway.url}${stored.downloadPath}`, {
          headers: { authorization: `Bearer ${login.token}` },
        })
      ).arrayBuffer(),
    );
    const pages = pagesOf(pdf);
    const plainStart = performance.now();
    const plainPages = await plainPrint(pages);
    const plain = performance.now() - plainStart;
    // The first round warms the gateway's caches and Chromium's files; it is not counted.
    if (round === 1) continue;
    produce.push(produced);
    baseline.push(plain);
    ratio.push(produced / plain);
    console.log(
      `round ${round - 1}: T2 ${year} ${(produced / 1000).toFixed(1)} s (${pages} pages, ${stored.byteLength} bytes), plain print ${(plain / 1000).toFixed(1)} s (${plainPages} pages)`,
    );
  }
} finally {
  await gateway.stop();
}

console.log(`\nBoard report T2 ${year} for the demo, median of ${ROUNDS}:`);
console.log(
  `  Chromium printing plain pages (baseline)  ${(median(baseline) / 1000).toFixed(1)} s`,
);
console.log(`  produceBoardReport (print + store)        ${(median(produce) / 1000).toFixed(1)} s`);
console.log(`  board report / plain print: ${median(ratio).toFixed(1)}×`);
