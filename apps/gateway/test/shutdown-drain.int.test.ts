import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './support/gateway-harness.js';

/**
 * Shutdown waits for the reads of clients that went away. A load test (or a browser) that
 * drops its connections leaves requests still reading or writing their audit rows; the
 * server closed as soon as no socket was open, the pool was then ended under them, and
 * they failed ("Cannot use a pool after calling end"), unlogged.
 */
let h: Harness | undefined;
let owner: pg.Client | undefined;
afterAll(async () => {
  await owner?.end().catch(() => undefined);
  await h?.db.close().catch(() => undefined);
});

const count = async (db: pg.Client, sql: string) => Number((await db.query(sql)).rows[0].n);

describe('shutdown', () => {
  it('waits for a request whose client went away to finish its read and audit row', async () => {
    h = await startHarness();
    const manager = await h.as('manager');
    const db = new pg.Client({ connectionString: h.db.url });
    owner = db;
    await db.connect();
    const auditRows = () => count(db, `SELECT count(*)::int AS n FROM audit_log`);
    const [participant] = (await db.query(`SELECT id FROM participants LIMIT 1`)).rows;
    const before = await auditRows();

    // The audit row cannot be written until the lock is let go.
    await db.query('BEGIN');
    await db.query('LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE');
    const abort = new AbortController();
    const request = fetch(`${h.gateway.url}/graphql`, {
      method: 'POST',
      signal: abort.signal,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${manager.token}` },
      body: JSON.stringify({
        query: 'query($id: UUID!) { Participant(id: $id) { id firstName } }',
        variables: { id: participant.id },
      }),
    }).catch(() => 'aborted');
    const waitingOnLock = async () =>
      (await count(db, `SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`)) > 0;
    for (let i = 0; i < 200 && !(await waitingOnLock()); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await waitingOnLock()).toBe(true);
    abort.abort();
    expect(await request).toBe('aborted');

    let closed = false;
    const closing = h.gateway.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(closed, 'closed while a read was still writing its audit row').toBe(false);

    await db.query('COMMIT');
    await closing;
    expect(await auditRows()).toBeGreaterThan(before);
  });
});
