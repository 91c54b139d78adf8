import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPersistence, type TestPersistence } from '../testing/test-database.js';
import { checkOutClient, queryPooled } from './typeorm-pool.js';

/**
 * The seam between TypeORM (which owns the pool) and the raw statements of `database.ts`:
 * a client comes from TypeORM's one pool through the driver's public
 * `obtainMasterConnection()`, goes back on `release()`, and is discarded on
 * `release(true)`. With one connection in the pool, the backend's pid tells which.
 */
let db: TestPersistence;
beforeAll(async () => {
  db = await createTestPersistence({ poolSize: 1 });
});
afterAll(async () => db.close());

const backendPid = async (): Promise<number> => {
  const { client, release } = await checkOutClient(db.database.dataSource);
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const [row] = rows;
    if (!row) throw new Error('no backend pid');
    return row.pid;
  } finally {
    release();
  }
};

describe("TypeORM's pool, through its public driver API", () => {
  it('lends a pg client of the one pool and takes it back for reuse', async () => {
    const first = await backendPid();
    expect(await backendPid()).toBe(first);
    const [row] = await db.database.queryOwner<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    expect(row?.pid).toBe(first);
  });

  it('discards a connection released as broken', async () => {
    const before = await backendPid();
    const { release } = await checkOutClient(db.database.dataSource);
    release(true);
    release(true); // a second release is ignored, not a pool error
    expect(await backendPid()).not.toBe(before);
  });

  it('discards the connection of a failed one-off statement, like pg.Pool#query', async () => {
    const before = await backendPid();
    await expect(
      queryPooled(db.database.dataSource, { text: 'SELECT * FROM no_such_table' }),
    ).rejects.toThrow();
    expect(await backendPid()).not.toBe(before);
  });
});
