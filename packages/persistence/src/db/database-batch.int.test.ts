import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPersistence, type TestPersistence } from '../testing/test-database.js';

// Statements issued together in one transaction travel in one round trip (one `Sync`),
// each answered with its own rows, in the order issued.
let db: TestPersistence;
const A = '55555555-5555-4555-8555-555555555555';
const B = '66666666-6666-4666-8666-666666666666';

beforeAll(async () => {
  db = await createTestPersistence();
  await db.database.withOwner((tx) =>
    tx.query(
      `INSERT INTO associations (id, name, organisation_number) VALUES ($1, 'A', '222000-0005'), ($2, 'B', '222000-0006')`,
      [A, B],
    ),
  );
  await db.database.withTenant(A, (tx) =>
    tx.query(
      `INSERT INTO municipalities (association_id, code, name) VALUES ($1, '0604', 'Eksjö'), ($1, '0617', 'Gnosjö')`,
      [A],
    ),
  );
});
afterAll(async () => db.close());

const trips = async <T>(work: () => Promise<T>) => {
  const before = db.database.roundTripTotal();
  const result = await work();
  return { result, trips: db.database.roundTripTotal() - before };
};

const municipalityCount = async (tenant: string) =>
  db.database.withTenant(tenant, async (tx) => {
    const [row] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM municipalities');
    return row?.n;
  });

describe('statements issued together', () => {
  it('share one round trip, each answered with its own rows in order, under row-level security', async () => {
    const { result, trips: used } = await trips(() =>
      db.database.withTenant(A, (tx) =>
        Promise.all([
          tx.query<{ name: string }>('SELECT name FROM municipalities ORDER BY name'),
          tx.query<{ code: string }>('SELECT code FROM municipalities WHERE name = $1', ['Gnosjö']),
          tx.query<{ n: number }>('SELECT count(*)::int AS n FROM associations'),
        ]),
      ),
    );
    expect(result).toEqual([
      [{ name: 'Eksjö' }, { name: 'Gnosjö' }],
      [{ code: '0617' }],
      [{ n: 1 }],
    ]);
    // The batch (with BEGIN and the tenant) and the COMMIT.
    expect(used).toBe(2);
    const other = await db.database.withTenant(B, (tx) =>
      Promise.all([tx.query('SELECT name FROM municipalities'), tx.query('SELECT 1 AS one')]),
    );
    expect(other).toEqual([[], [{ one: 1 }]]);
  });

  it('binds every value the way a lone statement does: dates, arrays, nulls, numbers', async () => {
    const [first, second] = await db.database.withTenant(A, (tx) =>
      Promise.all([
        tx.query<{ d: string; a: string[]; n: null; x: number }>(
          `SELECT to_char($1::date, 'YYYY-MM-DD') AS d, $2::text[] AS a, $3::text AS n, $4::int + 1 AS x`,
          [new Date(Date.UTC(2026, 11, 3, 12)), ['a', 'b,c'], null, 41],
        ),
        tx.query<{ d: string }>(`SELECT to_char($1::date, 'YYYY-MM-DD') AS d`, ['2026-12-04']),
      ]),
    );
    expect(first).toEqual([{ d: '2026-12-03', a: ['a', 'b,c'], n: null, x: 42 }]);
    expect(second).toEqual([{ d: '2026-12-04' }]);
  });

  it('run in the order issued: a read after a write in the same batch sees it', async () => {
    const [, after] = await db.database.withTenant(A, (tx) =>
      Promise.all([
        tx.query(
          `INSERT INTO municipalities (association_id, code, name) VALUES ($1, '0680', 'Jönköping')`,
          [A],
        ),
        tx.query<{ n: number }>('SELECT count(*)::int AS n FROM municipalities'),
      ]),
    );
    expect(after).toEqual([{ n: 3 }]);
  });

  it('one failing statement fails them all and writes nothing; the connection stays usable', async () => {
    const before = await municipalityCount(A);
    await expect(
      db.database.withTenant(A, (tx) =>
        Promise.all([
          tx.query(
            `INSERT INTO municipalities (association_id, code, name) VALUES ($1, '0662', 'Gislaved')`,
            [A],
          ),
          tx.query('SELECT 1 / (SELECT count(*) - count(*) FROM municipalities) AS boom'),
          tx.query('SELECT 2 AS two'),
        ]),
      ),
    ).rejects.toThrow();
    expect(await municipalityCount(A)).toBe(before);
    // Every pooled connection still answers (none was left mid-transaction).
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        db.database.withTenant(A, (tx) => tx.query('SELECT 1 AS one')),
      ),
    );
    expect(answers.every((rows) => rows[0]?.one === 1)).toBe(true);
  });

  it('prepared statements in a batch are parsed once per connection and survive being run again', async () => {
    const read = (tx: Parameters<Parameters<typeof db.database.withTenant>[1]>[0]) =>
      Promise.all([
        tx.query<{ name: string }>('SELECT name FROM municipalities WHERE code = $1', ['0604']),
        tx.query<{ name: string }>('SELECT name FROM municipalities WHERE code = $1', ['0617']),
      ]);
    for (let i = 0; i < 30; i += 1) {
      const [eksjo, gnosjo] = await db.database.withTenant(A, read);
      expect([eksjo, gnosjo]).toEqual([[{ name: 'Eksjö' }], [{ name: 'Gnosjö' }]]);
    }
  });
});
