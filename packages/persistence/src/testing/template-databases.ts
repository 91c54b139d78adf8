import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPiiCipher } from '../crypto/pii-cipher.js';
import { createDataSource } from '../db/data-source.js';
import { createDatabase } from '../db/database.js';
import { runMigrations } from '../db/migrate.js';
import type { Persistence } from '../db/open-persistence.js';
import { seedDemo } from '../seed/seed-demo.js';
import {
  TEMPLATE_NAME_PATTERN,
  type TemplateKind,
  staleTemplates,
  templateName,
  templateRunPrefix,
} from './template-names.js';

// A test run migrates once and seeds the demo once, into two template databases; every
// suite then starts from a copy (`CREATE DATABASE … TEMPLATE …`), which PostgreSQL makes
// from the files instead of replaying hundreds of statements. The global setup makes the
// templates and hands their names and the demo's PII key to the suites through the
// environment (vitest starts its workers after the global setup, with its environment).

/** Where the global setup leaves the run's templates for `createTestPersistence`. */
export const TEMPLATE_ENV = {
  migrated: 'TEST_TEMPLATE_MIGRATED',
  demo: 'TEST_TEMPLATE_DEMO',
  /** The key the demo's personal data is encrypted with (base64): copies need the same. */
  piiKey: 'TEST_TEMPLATE_PII_KEY',
} as const;

export type TestTemplates = { readonly [kind in TemplateKind]: string } & {
  readonly piiKey: string;
};

/** The run's templates, if the global setup made them. */
export function templatesFromEnv(): TestTemplates | undefined {
  const migrated = process.env[TEMPLATE_ENV.migrated];
  const demo = process.env[TEMPLATE_ENV.demo];
  const piiKey = process.env[TEMPLATE_ENV.piiKey];
  return migrated && demo && piiKey ? { migrated, demo, piiKey } : undefined;
}

export function databaseUrl(serverUrl: string, name: string): string {
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Runs `statements` one by one on the server's administrative connection. */
export async function onServer(serverUrl: string, statements: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A persistence over one database with the given key, for migrating or seeding it. */
export async function openTestDatabase(
  url: string,
  name: string,
  key: Buffer,
  poolSize: number,
): Promise<Persistence> {
  const dataSource = createDataSource({ url, poolSize });
  await dataSource.initialize();
  const database = createDatabase(dataSource);
  return {
    database,
    pii: createPiiCipher(key),
    config: { kind: 'server', url },
    describe: name,
    url,
    close: () => database.close(),
  };
}

/**
 * Works on a new template and closes every connection to it: a database anyone is
 * connected to cannot be copied. ANALYZE first, so each copy starts with the planner's
 * statistics instead of waiting for autovacuum (plans then do not depend on timing).
 */
async function fillTemplate(
  serverUrl: string,
  name: string,
  key: Buffer,
  work: (persistence: Persistence) => Promise<unknown>,
): Promise<void> {
  const persistence = await openTestDatabase(databaseUrl(serverUrl, name), name, key, 2);
  try {
    await work(persistence);
    await persistence.database.queryOwner('ANALYZE');
  } finally {
    await persistence.close();
  }
}

/** Drops templates that runs older than a day left behind (crashed before their teardown). */
export async function dropStaleTemplates(serverUrl: string, now: Date): Promise<string[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [TEMPLATE_NAME_PATTERN],
    );
    const stale = staleTemplates(
      found.rows.map((row) => row.datname),
      now,
    );
    for (const name of stale) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    return stale;
  } finally {
    await client.end();
  }
}

/**
 * Makes this run's templates on the server: the migrated schema, and the demo seeded on
 * a copy of it (one migration run, one seed). Nobody may connect to them afterwards, so
 * a copy never fails for a connection left open. `drop` removes both.
 */
export async function createTemplates(
  serverUrl: string,
  now: Date = new Date(),
): Promise<TestTemplates & { drop(): Promise<void> }> {
  await dropStaleTemplates(serverUrl, now);
  const prefix = templateRunPrefix(now);
  const migrated = templateName(prefix, 'migrated');
  const demo = templateName(prefix, 'demo');
  const key = randomBytes(32);
  const drop = () =>
    onServer(serverUrl, [
      `DROP DATABASE IF EXISTS ${demo} WITH (FORCE)`,
      `DROP DATABASE IF EXISTS ${migrated} WITH (FORCE)`,
    ]);
  try {
    await onServer(serverUrl, [`CREATE DATABASE ${migrated}`]);
    await fillTemplate(serverUrl, migrated, key, (p) => runMigrations(p.database.dataSource));
    await onServer(serverUrl, [`CREATE DATABASE ${demo} TEMPLATE ${migrated}`]);
    await fillTemplate(serverUrl, demo, key, (p) => seedDemo(p));
    await onServer(serverUrl, [
      `ALTER DATABASE ${migrated} WITH ALLOW_CONNECTIONS false`,
      `ALTER DATABASE ${demo} WITH ALLOW_CONNECTIONS false`,
    ]);
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
  return { migrated, demo, piiKey: key.toString('base64'), drop };
}
