import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** A `pg` client checked out of TypeORM's pool; give it back exactly once. */
export type PooledClient = {
  readonly client: pg.PoolClient;
  /** Back to the pool; `broken` closes the connection instead (a failed ROLLBACK, say). */
  release(broken?: boolean): void;
};

/**
 * TypeORM owns the connections (ADR 0006): its PostgreSQL driver keeps the one `pg` pool.
 * Raw statements borrow a client through the driver's public `obtainMasterConnection()`,
 * which hands out a pool client with the pool's own release function (`release(error)`
 * discards the connection, as in `pg`'s `pool.connect`). No private field is read;
 * `typeorm-pool.int.test.ts` pins the behaviour used here.
 */
export async function checkOutClient(dataSource: DataSource): Promise<PooledClient> {
  const driver = dataSource.driver;
  if (!(driver instanceof PostgresDriver))
    throw new Error(`finsam-se needs TypeORM's PostgreSQL driver, not ${dataSource.options.type}`);
  const [client, release] = (await driver.obtainMasterConnection()) as [
    pg.PoolClient,
    (error?: Error | boolean) => void,
  ];
  // `pg`'s pool listens for a connection's errors only while it sits idle in the pool. One
  // lost while checked out but between statements (inside a transaction, say) would be an
  // unhandled 'error' event and end the process; here it only marks the connection broken,
  // and the next statement on it fails as the caller expects.
  let lost: Error | undefined;
  const onError = (error: Error) => {
    lost = error;
  };
  client.on('error', onError);
  let returned = false;
  return {
    client,
    release(broken = false) {
      if (returned) return;
      returned = true;
      client.removeListener('error', onError);
      release(broken || lost ? (lost ?? new Error('connection discarded')) : undefined);
    },
  };
}

/**
 * One statement on a borrowed client, given back afterwards. Like `pg`'s `pool.query`, a
 * failed statement discards the connection rather than guess whether it is still sound.
 */
export async function queryPooled<R extends pg.QueryResultRow>(
  dataSource: DataSource,
  statement: pg.QueryConfig,
): Promise<pg.QueryResult<R>> {
  const { client, release } = await checkOutClient(dataSource);
  let failed = false;
  try {
    return await client.query<R>(statement);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    release(failed);
  }
}
