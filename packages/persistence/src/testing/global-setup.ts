import { type EmbeddedServer, startEmbeddedServer } from '../embedded/embedded-server.js';
import { createRunFolder, freePort, removeRunFolder, sweepStaleRunFolders } from './run-folder.js';
import { TEMPLATE_ENV, createTemplates } from './template-databases.js';

/** A port found free may be taken by someone else before PostgreSQL binds it: try anew. */
const START_ATTEMPTS = 3;

/**
 * Vitest global setup for suites that need PostgreSQL: with `DATABASE_URL` the server is
 * used as is; without it one embedded server is started for the whole run (each suite
 * then creates its own database on it), in a folder and on a port of this run alone,
 * both removed at the end. `TEST_DATA_DIR` and `TEST_PG_PORT` pin them instead (the
 * folder is then kept, and a server left running there is reused). On that server it
 * migrates once and seeds the demo once, into this run's template databases, which every
 * suite copies (`createTestPersistence`); they are dropped at the end.
 */
export async function setup(): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_URL = process.env.DATABASE_URL;
    return provideTemplates(process.env.DATABASE_URL);
  }
  const server = await startTestServer({
    dataDir: process.env.TEST_DATA_DIR,
    port: process.env.TEST_PG_PORT ? Number(process.env.TEST_PG_PORT) : undefined,
  });
  process.env.TEST_ADMIN_URL = server.adminUrl;
  try {
    const dropTemplates = await provideTemplates(server.adminUrl);
    return async () => {
      try {
        await dropTemplates();
      } finally {
        await server.stop();
      }
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Makes the run's templates and names them (and the demo's PII key) to the suites. */
async function provideTemplates(serverUrl: string): Promise<() => Promise<void>> {
  const templates = await createTemplates(serverUrl);
  process.env[TEMPLATE_ENV.migrated] = templates.migrated;
  process.env[TEMPLATE_ENV.demo] = templates.demo;
  process.env[TEMPLATE_ENV.piiKey] = templates.piiKey;
  return async () => {
    delete process.env.TEST_TEMPLATE_MIGRATED;
    delete process.env.TEST_TEMPLATE_DEMO;
    delete process.env.TEST_TEMPLATE_PII_KEY;
    await templates.drop();
  };
}

export type TestServer = EmbeddedServer & { readonly dataDir: string };

/**
 * An embedded PostgreSQL for one test run: in a new folder of its own on a free port
 * (both gone after `stop`), unless `dataDir`/`port` pin them. Clears what crashed runs
 * left behind first.
 */
export async function startTestServer(
  pinned: { dataDir?: string; port?: number } = {},
): Promise<TestServer> {
  await sweepStaleRunFolders();
  const dataDir = pinned.dataDir ?? (await createRunFolder('pg'));
  const removeFolder = async () => {
    if (!pinned.dataDir) await removeRunFolder(dataDir);
  };
  try {
    const server = await startOnSomePort(dataDir, pinned.port);
    return {
      ...server,
      dataDir,
      async stop() {
        await server.stop();
        await removeFolder();
      },
    };
  } catch (error) {
    await removeFolder();
    throw error;
  }
}

async function startOnSomePort(dataDir: string, pinnedPort?: number): Promise<EmbeddedServer> {
  const messages: string[] = [];
  const log = (message: string) => messages.push(message);
  if (pinnedPort !== undefined) return startEmbeddedServer(dataDir, pinnedPort, log);
  const tried: number[] = [];
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt += 1) {
    const port = await freePort();
    tried.push(port);
    try {
      return await startEmbeddedServer(dataDir, port, log);
    } catch (error) {
      if (error instanceof Error) messages.push(error.message);
    }
  }
  throw new Error(
    `The embedded test PostgreSQL in ${dataDir} did not start on port ${tried.join(', ')}:\n` +
      messages.join('\n'),
  );
}
