import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../src/db/entities.js';
import { createTestPersistence, type TestPersistence } from '../src/testing/test-database.js';

/**
 * The entities are the TypeORM description of the schema the migrations build; this test
 * keeps the two from drifting. It migrates a fresh database with the project's migrations
 * and asks TypeORM's schema builder what it would change to make the database match the
 * entities: the answer must be nothing. A column, default, nullability, index, unique
 * key, check, exclusion or foreign key missing or different on either side shows up here
 * as the SQL TypeORM would run. (Seen failing by changing `fte_after` of
 * `reallocation_lines` to `int` in its entity: the builder proposed ALTER COLUMN TYPE.)
 */
let db: TestPersistence;
beforeAll(async () => {
  db = await createTestPersistence();
});
afterAll(async () => db.close());

const tablesOf = async (): Promise<string[]> =>
  (
    await db.database.queryOwner<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'
       ORDER BY 1`,
    )
  ).map((row) => row.table_name);

describe('entities and migrations', () => {
  it('every migrated table has exactly one entity', async () => {
    const mapped = db.database.dataSource.entityMetadatas.map((metadata) => metadata.tableName);
    expect([...mapped].sort()).toEqual(await tablesOf());
    expect(mapped).toHaveLength(entities.length);
  });

  it("TypeORM's schema builder finds nothing to change after the migrations", async () => {
    const sql = await db.database.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((query) => query.query)).toEqual([]);
  });
});
