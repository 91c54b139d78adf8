import { randomBytes } from 'node:crypto';
import { runMigrations } from '../db/migrate.js';
import type { Persistence } from '../db/open-persistence.js';
import { seedDemo } from '../seed/seed-demo.js';
import { databaseUrl, onServer, openTestDatabase, templatesFromEnv } from './template-databases.js';

export type TestPersistence = Persistence & {
  readonly databaseName: string;
  /** A URL to the same database, for a second connection (another process, raw pg). */
  readonly url: string;
  /** The PII key, base64, for starting another process on the same data. */
  readonly piiKey: string;
};

/** What a suite's database holds at the start. */
export type TestDatabaseStart = 'empty' | 'migrated' | 'demo';

function adminUrl(): string {
  const url = process.env.TEST_ADMIN_URL ?? process.env.DATABASE_URL;
  if (!url)
    throw new Error('No test PostgreSQL: run through vitest with the persistence global setup');
  return url;
}

function startOf(options: { migrate?: boolean; demo?: boolean }): TestDatabaseStart {
  if (options.demo) return 'demo';
  return options.migrate === false ? 'empty' : 'migrated';
}

/**
 * A fresh database for one test suite on the test server (CI's PostgreSQL or the
 * embedded one): migrated (the default), empty (`migrate: false`) or holding the demo
 * association (`demo: true`). Migrated and demo databases are copies of the run's
 * templates (see template-databases.ts); without them (a run outside the global setup)
 * the database is migrated and seeded here. The PII key is random, except for the demo,
 * whose personal data is encrypted with the template's key. `close` drops the database.
 */
export async function createTestPersistence(
  options: { migrate?: boolean; demo?: boolean; poolSize?: number; piiKey?: Buffer } = {},
): Promise<TestPersistence> {
  const start = startOf(options);
  const templates = templatesFromEnv();
  if (start === 'demo' && options.piiKey && templates)
    throw new Error('A copy of the demo keeps the template’s PII key: pass no piiKey');
  const admin = adminUrl();
  const name = `finsam_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const template = start === 'empty' ? undefined : templates?.[start];
  await onServer(admin, [`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`]);
  const key =
    start === 'demo' && templates
      ? Buffer.from(templates.piiKey, 'base64')
      : (options.piiKey ?? randomBytes(32));
  const url = databaseUrl(admin, name);
  const persistence = await openTestDatabase(url, name, key, options.poolSize ?? 10);
  if (!template && start !== 'empty') await runMigrations(persistence.database.dataSource);
  if (!template && start === 'demo') await seedDemo(persistence);
  return {
    ...persistence,
    piiKey: key.toString('base64'),
    databaseName: name,
    async close() {
      await persistence.close();
      await onServer(admin, [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
    },
  };
}
