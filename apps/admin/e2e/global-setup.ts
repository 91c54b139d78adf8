// Starts the real system for the browser tests, as `npm start` would: the built gateway
// serving the built panel, on a fresh database (CI's PostgreSQL when DATABASE_URL is set,
// otherwise the embedded one in a folder of this run, removed at the end), migrated and
// seeded with the demo.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createRunFolder,
  freePort,
  removeRunFolder,
  sweepStaleRunFolders,
} from '@finsam-se/persistence/testing';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

async function waitUntilReady(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The gateway exited:\n${output()}`);
    const ready = await fetch(`${url}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The gateway did not become ready:\n${output()}`);
}

export async function setup(): Promise<() => Promise<void>> {
  if (process.env.ADMIN_URL) return async () => undefined;
  const port = await freePort();
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    INIT_CWD: root,
    ADMIN_DIST: path.join(root, 'apps', 'admin', 'dist'),
  };
  let cleanUp: () => Promise<void> = async () => undefined;
  if (process.env.DATABASE_URL) {
    const name = `finsam_e2e_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    Object.assign(env, {
      DATABASE_URL: url.toString(),
      PII_KEY: randomBytes(32).toString('base64'),
      TOKEN_SECRET: randomBytes(48).toString('base64'),
    });
    for (const command of ['migrate', 'seed']) {
      const run = spawnSync(
        'node',
        [path.join(root, 'packages/persistence/dist/cli', `${command}.js`)],
        { env, encoding: 'utf8' },
      );
      if (run.status !== 0) throw new Error(`db:${command} failed: ${run.stderr}`);
    }
    cleanUp = async () => {
      const dropper = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    };
  } else {
    // The gateway starts the embedded PostgreSQL itself (as `npm start` does); as root it
    // runs initdb as `postgres`, so the folder must be one that user may enter.
    await sweepStaleRunFolders();
    const dataDir = await createRunFolder('e2e');
    env.DATA_DIR = dataDir;
    env.EMBEDDED_PG_PORT = String(await freePort());
    cleanUp = () => removeRunFolder(dataDir);
  }
  let output = '';
  const child = spawn('node', [path.join(root, 'apps/gateway/dist/main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await cleanUp();
  };
  try {
    await waitUntilReady(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  process.env.ADMIN_URL = url;
  return stop;
}
