import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { participantRepository } from '../participant/participant.repository.js';
import { isDemoSeeded } from '../seed/seed-demo.js';
import {
  databaseUrl,
  dropStaleTemplates,
  onServer,
  templatesFromEnv,
} from './template-databases.js';
import { createTestPersistence, type TestPersistence } from './test-database.js';

const server = () => process.env.TEST_ADMIN_URL ?? '';
const opened: TestPersistence[] = [];
afterAll(async () => {
  for (const db of opened) await db.close();
});
const open = async (options: Parameters<typeof createTestPersistence>[0]) => {
  const db = await createTestPersistence(options);
  opened.push(db);
  return db;
};

describe('the run’s template databases', () => {
  it('are made by the global setup, once per run', () => {
    const templates = templatesFromEnv();
    expect(templates?.migrated).toMatch(/^finsam_tpl_\d{12}_[0-9a-f]{8}_migrated$/);
    expect(templates?.demo).toMatch(/^finsam_tpl_\d{12}_[0-9a-f]{8}_demo$/);
  });

  it('copy the demo with its personal data readable under the template’s key', async () => {
    const [a, b] = await Promise.all([open({ demo: true }), open({ demo: true })]);
    for (const db of [a, b]) {
      expect(await isDemoSeeded(db)).toBe(true);
      const [row] = await db.database.withOwner((tx) =>
        tx.query<{ association_id: string; id: string }>(
          'SELECT association_id, id FROM participants LIMIT 1',
        ),
      );
      const person = await db.database.withTenant(row?.association_id ?? '', (tx) =>
        participantRepository(db.pii).findById(tx, row?.id ?? ''),
      );
      expect(person?.personnummer).toMatch(/^\d{12}$/);
    }
    expect(a.piiKey).toBe(templatesFromEnv()?.piiKey);
  });

  it('copy the migrated schema with no association in it', async () => {
    const db = await open({});
    const rows = await db.database.queryOwner<{ migrations: string; associations: string }>(
      `SELECT (SELECT count(*) FROM migrations)::text AS migrations,
              (SELECT count(*) FROM associations)::text AS associations`,
    );
    expect(Number(rows[0]?.migrations)).toBeGreaterThan(0);
    expect(rows[0]?.associations).toBe('0');
  });

  it('take no connections, so a copy never fails for one left open', async () => {
    const name = templatesFromEnv()?.demo ?? '';
    const client = new pg.Client({ connectionString: databaseUrl(server(), name) });
    await expect(client.connect()).rejects.toThrow(/not currently accepting connections/);
  });

  it('left behind by a run older than a day are dropped; newer ones stay', async () => {
    const old = 'finsam_tpl_202001010000_0badc0de_demo';
    await onServer(server(), [`DROP DATABASE IF EXISTS ${old}`, `CREATE DATABASE ${old}`]);
    const dropped = await dropStaleTemplates(server(), new Date());
    expect(dropped).toContain(old);
    const names = await new Promise<string[]>((resolve, reject) => {
      const client = new pg.Client({ connectionString: server() });
      client
        .connect()
        .then(() => client.query<{ datname: string }>('SELECT datname FROM pg_database'))
        .then((result) => resolve(result.rows.map((row) => row.datname)))
        .catch(reject)
        .finally(() => void client.end());
    });
    expect(names).not.toContain(old);
    expect(names).toContain(templatesFromEnv()?.demo);
  });
});
