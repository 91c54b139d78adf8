import { createRequire } from 'node:module';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPersistence, type TestPersistence } from '../testing/test-database.js';
import {
  PG_INTERNALS,
  PG_VERSION_PINNED,
  missingQueryInternals,
  pipelinedBatch,
} from './pg-pipeline-adapter.js';

/**
 * Contract test of the one module that uses `pg` internals, against the installed `pg`.
 * It relies on (PG_INTERNALS): the active query's `prepare`/`handle*` methods being called
 * by the client, the connection's `parse`/`bind`/`execute` messages going out before the
 * query's own `Sync`, one `parseComplete` event per answered Parse, and the prepared
 * statement maps `parsedStatements`/`submittedNamedStatements`. A new `pg` major or minor
 * fails the first test on purpose: read the changes to `pg/lib/query.js` and
 * `pg/lib/client.js`, run this file, then move `PG_VERSION_PINNED`.
 */
const installedPg = (createRequire(import.meta.url)('pg/package.json') as { version: string })
  .version;

let db: TestPersistence;
let client: pg.Client;
beforeAll(async () => {
  db = await createTestPersistence({ migrate: false });
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await db.close();
});

type ConnectionInternals = Record<string, unknown> & {
  parsedStatements: Record<string, string | undefined>;
  submittedNamedStatements: Record<string, string | undefined>;
};
const connectionOf = (c: pg.Client) =>
  (c as unknown as { connection: ConnectionInternals }).connection;

describe(`pg ${PG_VERSION_PINNED}.x internals the pipelined query relies on`, () => {
  it(`the installed pg is ${PG_VERSION_PINNED}.x (upgrading is a deliberate step)`, () => {
    expect(installedPg.split('.').slice(0, 2).join('.')).toBe(PG_VERSION_PINNED);
  });

  it('pg.Query and a connected client expose every method and map the adapter uses', () => {
    expect(missingQueryInternals()).toEqual([]);
    const connection = connectionOf(client);
    for (const name of PG_INTERNALS.connectionMethods)
      expect(typeof connection[name], name).toBe('function');
    for (const name of PG_INTERNALS.connectionMaps)
      expect(typeof connection[name], name).toBe('object');
  });

  it('runs the leading statements first and returns only the last one’s rows', async () => {
    const [rows] = await pipelinedBatch(
      client,
      [
        { text: `SELECT set_config('app.pipeline_test', $1, false)`, values: ['42'] },
        { text: 'SELECT 1 AS ignored', values: [] },
      ],
      [{ text: `SELECT current_setting('app.pipeline_test') AS answer`, values: [] }],
    );
    expect(rows).toEqual([{ answer: '42' }]);
  });

  it('marks a named statement parsed only once the server answered its Parse', async () => {
    const connection = connectionOf(client);
    await pipelinedBatch(
      client,
      [{ text: 'SELECT $1::text', values: ['x'], name: 'contract_leading' }],
      [{ text: 'SELECT $1::int AS n', values: [7], name: 'contract_main' }],
    );
    expect(connection.parsedStatements['contract_leading']).toBe('SELECT $1::text');
    expect(connection.parsedStatements['contract_main']).toBe('SELECT $1::int AS n');
  });

  it('a failing leading statement fails the whole round trip and forgets unanswered Parses', async () => {
    const connection = connectionOf(client);
    await expect(
      pipelinedBatch(
        client,
        [{ text: 'SELECT * FROM no_such_table', values: [] }],
        [{ text: 'SELECT $1::int AS n', values: [1], name: 'contract_after_error' }],
      ),
    ).rejects.toThrow(/no_such_table/);
    // The named Parse went out first and was answered, so it stays; the connection is usable.
    expect(connection.parsedStatements['contract_after_error']).toBe('SELECT $1::int AS n');
    const { rows } = await client.query<{ ok: number }>('SELECT 1 AS ok');
    expect(rows).toEqual([{ ok: 1 }]);
  });

  it('a Parse the server refused is sent again next time, not assumed prepared', async () => {
    const connection = connectionOf(client);
    await expect(
      pipelinedBatch(
        client,
        [{ text: 'SELEC broken', values: [], name: 'contract_bad' }],
        [{ text: 'SELECT 1', values: [] }],
      ),
    ).rejects.toThrow(/syntax/);
    expect(connection.parsedStatements['contract_bad']).toBeUndefined();
    expect(connection.submittedNamedStatements['contract_bad']).toBeUndefined();
  });
});
