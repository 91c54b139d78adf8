import os from 'node:os';
import path from 'node:path';
import { startEmbeddedServer } from '../embedded/embedded-server.js';

/**
 * Vitest global setup for suites that need PostgreSQL: with `DATABASE_URL` the server is
 * used as is; without it one embedded server is started for the whole run (each suite
 * then creates its own database on it).
 */
export async function setup(): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_URL = process.env.DATABASE_URL;
    return async () => undefined;
  }
  const dataDir = process.env.TEST_DATA_DIR ?? path.join(os.tmpdir(), 'finsam-se-test-pg');
  const port = Number(process.env.TEST_PG_PORT ?? '54339');
  const server = await startEmbeddedServer(dataDir, port);
  process.env.TEST_ADMIN_URL = server.adminUrl;
  return () => server.stop();
}
