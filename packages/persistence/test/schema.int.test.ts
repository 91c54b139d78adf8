import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revertAllMigrations, runMigrations } from '../src/db/migrate.js';
import { createTestPersistence, type TestPersistence } from '../src/testing/test-database.js';

let db: TestPersistence;
beforeAll(async () => {
  db = await createTestPersistence({ migrate: false });
});
afterAll(async () => db.close());

const tables = async () =>
  (
    await db.database.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
    )
  ).map((row: { table_name: string }) => row.table_name);

describe('migrations', () => {
  it('apply from zero, revert completely and apply again', async () => {
    const applied = await runMigrations(db.database.dataSource);
    expect(applied[0]).toBe('InitialSchema1732500000000');
    const created = await tables();
    expect(created).toContain('participants');
    expect(created).toContain('audit_log');
    expect(created.length).toBeGreaterThanOrEqual(24);
    expect(await runMigrations(db.database.dataSource)).toEqual([]);

    expect(await revertAllMigrations(db.database.dataSource)).toBe(applied.length);
    expect(await tables()).toEqual([]);

    expect(await runMigrations(db.database.dataSource)).toHaveLength(applied.length);
    expect(await tables()).toEqual(created);
  });

  it('puts every tenant table under row-level security for the application role', async () => {
    const rows: { relname: string }[] = await db.database.dataSource.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('migrations', 'code_list_entries')
         AND NOT c.relrowsecurity`,
    );
    expect(rows).toEqual([]);
    const columns: { table_name: string }[] = await db.database.dataSource.query(
      `SELECT t.table_name FROM information_schema.tables t
       WHERE t.table_schema = 'public' AND t.table_name NOT IN ('migrations', 'code_list_entries', 'associations')
         AND NOT EXISTS (SELECT 1 FROM information_schema.columns c
                         WHERE c.table_name = t.table_name AND c.column_name = 'association_id')`,
    );
    expect(columns).toEqual([]);
  });
});
