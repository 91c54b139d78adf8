import type { DataSource } from 'typeorm';
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

const AUDIT_ENTITY_IDS = 'AuditEntityIds1733100000000';

/** Reverts the newest migrations until `name` is reverted too (later ones come first). */
async function undoThrough(ds: DataSource, name: string): Promise<void> {
  for (;;) {
    const [last]: { name: string }[] = await ds.query(
      `SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1`,
    );
    await ds.undoLastMigration({ transaction: 'each' });
    if (!last || last.name === name) return;
  }
}

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

  it('turns one audit row per id into one row per action with all ids, and back', async () => {
    const ds = db.database.dataSource;
    await runMigrations(ds);
    await undoThrough(ds, AUDIT_ENTITY_IDS);
    const A = '11111111-1111-4111-8111-111111111111';
    const [p1, p2, p3] = [
      'aaaaaaaa-0000-4000-8000-000000000001',
      'aaaaaaaa-0000-4000-8000-000000000002',
      'aaaaaaaa-0000-4000-8000-000000000003',
    ];
    await ds.query(
      `INSERT INTO associations (id, name, organisation_number) VALUES ($1, 'A', '222000-0001')`,
      [A],
    );
    await ds.query(
      `INSERT INTO audit_log (association_id, action, entity, entity_id, request_id) VALUES
         ($1, 'read', 'participant', $2, 'r1'), ($1, 'login', 'user', NULL, 'r2')`,
      [A, p1],
    );
    expect((await runMigrations(ds))[0]).toBe(AUDIT_ENTITY_IDS);
    const after: { request_id: string; entity_ids: string[] }[] = await ds.query(
      `SELECT request_id, entity_ids::text[] AS entity_ids FROM audit_log ORDER BY id`,
    );
    expect(after).toEqual([
      { request_id: 'r1', entity_ids: [p1] },
      { request_id: 'r2', entity_ids: [] },
    ]);
    await ds.query(
      `INSERT INTO audit_log (association_id, action, entity, entity_ids, request_id) VALUES ($1, 'read', 'participant', $2::uuid[], 'r3')`,
      [A, [p1, p2, p3]],
    );

    await undoThrough(ds, AUDIT_ENTITY_IDS);
    const back: { request_id: string; entity_id: string | null }[] = await ds.query(
      `SELECT request_id, entity_id FROM audit_log ORDER BY id`,
    );
    expect(back).toEqual([
      { request_id: 'r1', entity_id: p1 },
      { request_id: 'r2', entity_id: null },
      { request_id: 'r3', entity_id: p1 },
      { request_id: 'r3', entity_id: p2 },
      { request_id: 'r3', entity_id: p3 },
    ]);
    const indexes: { indexdef: string }[] = await ds.query(
      `SELECT indexdef FROM pg_indexes WHERE tablename = 'audit_log' AND indexname = 'audit_log_by_entity'`,
    );
    expect(indexes.map((i) => i.indexdef)).toEqual([
      'CREATE INDEX audit_log_by_entity ON public.audit_log USING btree (association_id, entity, entity_id, at)',
    ]);
    expect((await runMigrations(ds))[0]).toBe(AUDIT_ENTITY_IDS);
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
