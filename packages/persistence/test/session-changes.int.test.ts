import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type SessionChangeWatch, watchSessionChanges } from '../src/db/session-changes.js';
import { createTestPersistence, type TestPersistence } from '../src/testing/test-database.js';

const A = '33333333-3333-4333-8333-333333333333';
const USER = '44444444-4444-4444-8444-444444444444';

let db: TestPersistence;
let sql: pg.Client;
const watches: SessionChangeWatch[] = [];

beforeAll(async () => {
  db = await createTestPersistence();
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  await sql.query(
    `INSERT INTO associations (id, name, organisation_number) VALUES ($1, 'A', '222000-0003')`,
    [A],
  );
  await sql.query(
    `INSERT INTO users (association_id, id, email, name, role, password_hash)
     VALUES ($1, $2, 'a@example.se', 'Anna', 'board', 'x')`,
    [A, USER],
  );
});
afterEach(async () => {
  await Promise.all(watches.splice(0).map((watch) => watch.close()));
});
afterAll(async () => {
  await sql.end();
  await db.close();
});

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function watch(url = db.url, minDelayMs = 200) {
  const seen = { changes: [] as string[], resets: 0, logs: [] as string[] };
  const handle = watchSessionChanges(
    url,
    {
      onChange: (id) => seen.changes.push(id),
      onReset: () => (seen.resets += 1),
      log: (message) => seen.logs.push(message),
    },
    { minDelayMs, maxDelayMs: 400 },
  );
  watches.push(handle);
  return { handle, seen };
}

const listenerPids = async (): Promise<number[]> =>
  (
    await sql.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = 'finsam-se session listener'`,
    )
  ).rows.map((row) => row.pid);

describe('session change listener', () => {
  it('reports a changed user by id and an association change as a reset', async () => {
    const { handle, seen } = watch();
    await until(() => handle.healthy());
    expect(seen.resets).toBe(1);

    await sql.query(`UPDATE users SET active = false WHERE id = $1`, [USER]);
    await until(() => seen.changes.length === 1);
    expect(seen.changes).toEqual([USER]);

    await sql.query(`UPDATE associations SET name = 'A2' WHERE id = $1`, [A]);
    await until(() => seen.resets === 2);
  });

  it('hears changes made by the application role under row-level security, at commit only', async () => {
    const { handle, seen } = watch();
    await until(() => handle.healthy());
    const asApp = async (statement: string, end: 'COMMIT' | 'ROLLBACK') => {
      await sql.query(
        `BEGIN; SET LOCAL ROLE finsam_app; SELECT set_config('app.association_id', '${A}', true)`,
      );
      await sql.query(statement, [USER]);
      await sql.query(end);
    };
    await asApp(`UPDATE users SET name = 'Rolled back' WHERE id = $1`, 'ROLLBACK');
    await asApp(
      `UPDATE users SET session_generation = session_generation + 1 WHERE id = $1`,
      'COMMIT',
    );
    await until(() => seen.changes.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.changes).toEqual([USER]);
  });

  it('resets and turns unhealthy when its connection is killed, then recovers', async () => {
    const { handle, seen } = watch();
    await until(() => handle.healthy());
    const [before] = await listenerPids();
    expect(before).toBeDefined();

    await sql.query(`SELECT pg_terminate_backend($1)`, [before]);
    await until(() => !handle.healthy());
    expect(seen.resets).toBeGreaterThanOrEqual(2);
    await until(() => handle.healthy());
    // One reset when the connection was lost, one after listening again.
    expect(seen.resets).toBeGreaterThanOrEqual(3);
    const after = await listenerPids();
    expect(after).toHaveLength(1);
    expect(after).not.toContain(before);
    expect(seen.logs.some((line) => line.includes('lost'))).toBe(true);

    await sql.query(`UPDATE users SET name = 'Anna B' WHERE id = $1`, [USER]);
    await until(() => seen.changes.includes(USER));
  });

  it('keeps retrying while the server is unreachable and closes cleanly', async () => {
    const unreachable = new URL(db.url);
    unreachable.port = '1';
    const { handle, seen } = watch(unreachable.toString(), 20);
    await until(() => seen.resets >= 3);
    expect(handle.healthy()).toBe(false);
    expect(seen.logs.some((line) => line.includes('not connected'))).toBe(true);
    await handle.close();
    const resets = seen.resets;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen.resets).toBe(resets);
  });

  it('leaves no connection behind when closed', async () => {
    const { handle } = watch();
    await until(() => handle.healthy());
    expect(await listenerPids()).toHaveLength(1);
    await handle.close();
    expect(handle.healthy()).toBe(false);
    const deadline = Date.now() + 2000;
    while ((await listenerPids()).length > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await listenerPids()).toEqual([]);
  });
});
