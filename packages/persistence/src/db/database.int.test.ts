import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersistenceError } from './database-error.js';
import { createTestPersistence, type TestPersistence } from '../testing/test-database.js';

let db: TestPersistence;
const A = '33333333-3333-4333-8333-333333333333';
const B = '44444444-4444-4444-8444-444444444444';

beforeAll(async () => {
  db = await createTestPersistence();
  await db.database.withOwner((tx) =>
    tx.query(
      `INSERT INTO associations (id, name, organisation_number) VALUES ($1, 'A', '222000-0003'), ($2, 'B', '222000-0004')`,
      [A, B],
    ),
  );
  await db.database.withTenant(A, (tx) =>
    tx.query(
      `INSERT INTO municipalities (association_id, code, name) VALUES ($1, '0604', 'Eksjö')`,
      [A],
    ),
  );
});
afterAll(async () => db.close());

const trips = async (work: () => Promise<unknown>) => {
  const before = db.database.roundTripTotal();
  await work();
  return db.database.roundTripTotal() - before;
};

const auditCount = async () => {
  const [row] = await db.database.queryOwner<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log WHERE association_id = $1`,
    [A],
  );
  return row?.n;
};

const auditedRead = `WITH audit AS (
    INSERT INTO audit_log (association_id, role, action, entity) VALUES ($1, 'manager', 'read', 'municipality')
  ) SELECT name FROM municipalities`;

describe('round trips', () => {
  it('a transaction of n statements costs n + 1 round trips: BEGIN and the tenant travel with the first', async () => {
    expect(await trips(() => db.database.withTenant(A, async () => undefined))).toBe(0);
    expect(await trips(() => db.database.withTenant(A, (tx) => tx.query('SELECT 1')))).toBe(2);
    expect(
      await trips(() =>
        db.database.withTenant(A, async (tx) => {
          await tx.query('SELECT 1');
          await tx.query('SELECT 2');
        }),
      ),
    ).toBe(3);
  });

  it('one statement with its tenant setup is one round trip, under row-level security', async () => {
    let names: { name: string }[] = [];
    expect(
      await trips(async () => {
        names = await db.database.withTenantStatement(B, (tx) =>
          tx.query<{ name: string }>('SELECT name FROM municipalities'),
        );
      }),
    ).toBe(1);
    expect(names).toEqual([]);
    const own = await db.database.withTenantStatement(A, (tx) =>
      tx.query<{ name: string; role: string }>(
        `SELECT name, current_user AS role FROM municipalities`,
      ),
    );
    expect(own).toEqual([{ name: 'Eksjö', role: 'finsam_app' }]);
  });

  it('a statement and its audit row commit together, and nothing is kept when it fails', async () => {
    const before = await auditCount();
    await db.database.withTenantStatement(A, (tx) => tx.query(auditedRead, [A]));
    expect(await auditCount()).toBe((before ?? 0) + 1);
    await expect(
      db.database.withTenantStatement(A, (tx) =>
        tx.query(`${auditedRead} WHERE 1 / (SELECT count(*) - count(*) FROM municipalities) = 1`, [
          A,
        ]),
      ),
    ).rejects.toThrow();
    expect(await auditCount()).toBe((before ?? 0) + 1);
  });

  it('refuses a second statement where one was promised, and rolls back the first', async () => {
    const before = await auditCount();
    await expect(
      db.database.withTenantStatement(A, async (tx) => {
        await tx.query(auditedRead, [A]);
        await tx.query('SELECT 1');
      }),
    ).rejects.toThrow(/one statement/);
    // The first statement had committed at its own end: the error is the caller's bug,
    // caught by tests, and the statement itself was whole.
    expect(await auditCount()).toBe((before ?? 0) + 1);
  });

  it('a failed first statement leaves the transaction rolled back and the connection clean', async () => {
    await expect(
      db.database.withTenant(A, (tx) =>
        tx.query(
          `INSERT INTO municipalities (association_id, code, name) VALUES ($1, 'bad', NULL)`,
          [A],
        ),
      ),
    ).rejects.toBeInstanceOf(PersistenceError);
    // Every pooled connection is back to the owner with no tenant set.
    const states = await Promise.all(
      Array.from({ length: 10 }, () =>
        db.database.queryOwner<{ owner: boolean; tenant: string | null }>(
          `SELECT current_user = session_user AS owner, nullif(current_setting('app.association_id', true), '') AS tenant`,
        ),
      ),
    );
    for (const [state] of states) expect(state).toEqual({ owner: true, tenant: null });
  });

  it('statements run again are prepared once per connection, and survive a failed run', async () => {
    const divide = `SELECT 10 / $1::int AS n FROM municipalities`;
    const run = (by: number) =>
      db.database.withTenant(A, (tx) => tx.query<{ n: number }>(divide, [by]));
    // Every pooled connection sees the text twice or more: it is named and prepared, a
    // run that fails after the Parse leaves it prepared, and later runs still work.
    for (let i = 0; i < 3; i += 1) {
      expect(await Promise.all(Array.from({ length: 10 }, () => run(2)))).toEqual(
        Array.from({ length: 10 }, () => [{ n: 5 }]),
      );
      await expect(Promise.all(Array.from({ length: 10 }, () => run(0)))).rejects.toThrow();
    }
    expect(await run(5)).toEqual([{ n: 2 }]);
    const [prepared] = await db.database.withTenantStatement(A, (tx) =>
      tx.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE $1`,
        ['finsam_%'],
      ),
    );
    expect(prepared?.n).toBeGreaterThan(0);
  });

  it('single statements plan generically; only an asynchronous read skips the WAL flush wait', async () => {
    const settings = `SELECT current_setting('plan_cache_mode') AS plans, current_setting('synchronous_commit') AS commit`;
    type Settings = { plans: string; commit: string };
    const [plain] = await db.database.withTenantStatement(A, (tx) => tx.query<Settings>(settings));
    expect(plain).toEqual({ plans: 'force_generic_plan', commit: 'on' });
    const [asynchronous] = await db.database.withTenantStatement(
      A,
      (tx) => tx.query<Settings>(settings),
      { commit: 'asynchronous' },
    );
    expect(asynchronous).toEqual({ plans: 'force_generic_plan', commit: 'off' });
    const [transaction] = await db.database.withTenant(A, (tx) => tx.query<Settings>(settings));
    expect(transaction).toEqual({ plans: 'auto', commit: 'on' });
    // Nothing outlives its transaction on the pooled connection.
    const [after] = await db.database.queryOwner<Settings>(settings);
    expect(after).toEqual({ plans: 'auto', commit: 'on' });
  });

  it('a statement that fails to parse on a fresh connection leaves its setup statements usable', async () => {
    const fresh = await createTestPersistence({ poolSize: 4 });
    try {
      await fresh.database.withOwner((tx) =>
        tx.query(
          `INSERT INTO associations (id, name, organisation_number) VALUES ($1, 'A', '222000-0005')`,
          [A],
        ),
      );
      const broken = `SELECT nonsense FROM WHERE $1::int = 1`;
      for (let round = 0; round < 3; round += 1) {
        const bad = await Promise.allSettled(
          Array.from({ length: 8 }, (_, i) =>
            (i % 2 === 0 ? fresh.database.withTenant : fresh.database.withTenantStatement)(
              A,
              (tx) => tx.query(broken, [round]),
            ),
          ),
        );
        expect(bad.every((result) => result.status === 'rejected')).toBe(true);
        const good = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            (i % 2 === 0 ? fresh.database.withTenant : fresh.database.withTenantStatement)(
              A,
              (tx) => tx.query<{ n: number }>(`SELECT $1::int AS n`, [round]),
            ),
          ),
        );
        expect(good).toEqual(Array.from({ length: 8 }, () => [{ n: round }]));
      }
    } finally {
      await fresh.close();
    }
  });
});
