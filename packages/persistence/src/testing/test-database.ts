import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPiiCipher } from '../crypto/pii-cipher.js';
import { createDataSource } from '../db/data-source.js';
import { createDatabase } from '../db/database.js';
import { runMigrations } from '../db/migrate.js';
import type { Persistence } from '../db/open-persistence.js';

export type TestPersistence = Persistence & {
  readonly databaseName: string;
  /** A URL to the same database, for a second connection (another process, raw pg). */
  readonly url: string;
  /** The PII key, base64, for starting another process on the same data. */
  readonly piiKey: string;
};

function adminUrl(): string {
  const url = process.env.TEST_ADMIN_URL ?? process.env.DATABASE_URL;
  if (!url)
    throw new Error('No test PostgreSQL: run through vitest with the persistence global setup');
  return url;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * A fresh database for one test suite on the test server (CI's PostgreSQL or the
 * embedded one), migrated unless asked not to, with a random PII key. `close` drops it.
 */
export async function createTestPersistence(
  options: { migrate?: boolean; poolSize?: number; piiKey?: Buffer } = {},
): Promise<TestPersistence> {
  const admin = adminUrl();
  const name = `finsam_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = withDatabase(admin, name);
  const dataSource = createDataSource({ url, poolSize: options.poolSize ?? 10 });
  await dataSource.initialize();
  if (options.migrate !== false) await runMigrations(dataSource);
  const database = createDatabase(dataSource);
  const key = options.piiKey ?? randomBytes(32);
  return {
    database,
    pii: createPiiCipher(key),
    piiKey: key.toString('base64'),
    config: { kind: 'server', url },
    describe: name,
    databaseName: name,
    url,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
