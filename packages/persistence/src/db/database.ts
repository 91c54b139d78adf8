import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { translateDatabaseError } from './database-error.js';
import { type LeadingStatement, pipelinedBatch } from './pg-pipeline-adapter.js';
import { statementBatcher } from './statement-batch.js';
import { createStatementNames } from './statement-names.js';
import { checkOutClient, type PooledClient, queryPooled } from './typeorm-pool.js';

/**
 * One transaction under the application role with the tenant set: row-level security
 * filters every statement to this association, whatever the SQL says.
 */
export type TenantTx = {
  readonly associationId: string;
  /**
   * Runs one statement. Statements issued together (in the same turn of the event loop,
   * e.g. under `Promise.all`) travel in one round trip and run in the order issued.
   */
  query<T = Record<string, unknown>>(sql: string, parameters?: readonly unknown[]): Promise<T[]>;
  /** Statements run in this transaction so far (for N+1 tests and benchmarks). */
  readonly statementCount: () => number;
};

export type Database = {
  readonly dataSource: DataSource;
  /** Runs `work` in one transaction as `finsam_app` scoped to the association. */
  withTenant<T>(associationId: string, work: (tx: TenantTx) => Promise<T>): Promise<T>;
  /**
   * Like `withTenant` for work that runs exactly one statement (a page read with its
   * audit rows, say): the tenant setup and the statement go in one round trip and commit
   * together. A second statement is a programming error and throws. Its plan is the
   * statement's generic one, made once per connection.
   */
  withTenantStatement<T>(
    associationId: string,
    work: (tx: TenantTx) => Promise<T>,
    options?: StatementOptions,
  ): Promise<T>;
  /**
   * One statement as `finsam_app` with no tenant set, in one round trip: row-level
   * security shows it no tenant row, so it is only good for calling the narrow look-up
   * functions (`finsam_login_lookup`, `finsam_survey_link`) that run before the tenant is
   * known. Request paths never need the owner (ADR 0004).
   */
  lookup<R = Record<string, unknown>>(sql: string, parameters?: readonly unknown[]): Promise<R[]>;
  /**
   * Runs `work` as the connecting (owner) user: only for migrations, seeding, the
   * generator, key rotation, listing associations for the retention command, and tests.
   * With row-level security forced, the owner sees tenant rows only if it is a superuser
   * or has BYPASSRLS. Never on a request path.
   */
  withOwner<T>(work: (tx: TenantTx) => Promise<T>): Promise<T>;
  /** One statement as the owner, outside a transaction: maintenance and tests only, like `withOwner`. */
  queryOwner<R = Record<string, unknown>>(
    sql: string,
    parameters?: readonly unknown[],
  ): Promise<R[]>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** Total statements run through this database object (not counting BEGIN, COMMIT, tenant setup). */
  readonly statementTotal: () => number;
  /** Total round trips to the server, transaction control included. */
  readonly roundTripTotal: () => number;
};

export type StatementOptions = {
  /**
   * `asynchronous` commits without waiting for the WAL to reach disk: only for reads whose
   * one write is their own audit row. The row is in the same transaction as the read, and
   * is lost only if the database server itself crashes within a fraction of a second
   * (`wal_writer_delay` × 3); the next synchronous commit flushes it in any case.
   */
  readonly commit?: 'synchronous' | 'asynchronous';
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const BEGIN: LeadingStatement = { text: 'BEGIN', values: [], name: 'finsam_begin' };

const ROLE_AND_TENANT = `set_config('role', 'finsam_app', true), set_config('app.association_id', $1, true)`;

/** `SET LOCAL ROLE` and the tenant, as one statement that can travel in a pipeline. */
const tenantSetup = (associationId: string): LeadingStatement => ({
  text: `SELECT ${ROLE_AND_TENANT}`,
  values: [associationId],
  name: 'finsam_tenant',
});

/**
 * The tenant for one statement, planned generically: the statements sent this way are
 * the hot, index-driven reads, whose custom plans cost more to make than they save.
 */
const statementSetup = (associationId: string, options: StatementOptions): LeadingStatement => ({
  text: `SELECT ${ROLE_AND_TENANT}, set_config('plan_cache_mode', 'force_generic_plan', true)${
    options.commit === 'asynchronous' ? `, set_config('synchronous_commit', 'off', true)` : ''
  }`,
  values: [associationId],
  name: `finsam_statement${options.commit === 'asynchronous' ? '_async' : ''}`,
});

/** The application role with no tenant: the look-up functions only (see `lookup`). */
const LOOKUP_SETUP: LeadingStatement = {
  text: `SELECT set_config('role', 'finsam_app', true), set_config('app.association_id', '', true)`,
  values: [],
  name: 'finsam_no_tenant',
};

type Mode = 'transaction' | 'statement';

export function createDatabase(dataSource: DataSource): Database {
  let total = 0;
  let roundTrips = 0;
  // Only statements with parameters are named: they go through the extended protocol
  // anyway, while a parameterless text may hold several statements (simple protocol).
  const names = createStatementNames();
  const statementOf = (text: string, values: readonly unknown[]) => {
    const name = values.length > 0 ? names.nameFor(text) : undefined;
    return { text, values: [...values], ...(name ? { name } : {}) };
  };

  /**
   * One transaction on one pooled connection, begun lazily: `BEGIN` and the tenant setup
   * travel with the first statement, so work of n statements costs n + 1 round trips
   * (n in `statement` mode, which has no `BEGIN` and commits at the statement's end).
   * Statements issued in the same turn of the event loop (independent reads awaited
   * together) are sent as one batch: one round trip for all of them.
   */
  async function inTransaction<T>(
    mode: Mode,
    setup: readonly LeadingStatement[],
    associationId: string,
    work: (tx: TenantTx) => Promise<T>,
  ): Promise<T> {
    let pooled: PooledClient | undefined;
    let open = false;
    let broken = false;
    let count = 0;
    let sent = false;
    try {
      pooled = await checkOutClient(dataSource);
      const active = pooled.client;
      const batcher = statementBatcher((statements) => {
        roundTrips += 1;
        const leading = sent ? [] : mode === 'transaction' ? [BEGIN, ...setup] : setup;
        if (!sent) open = mode === 'transaction';
        sent = true;
        return pipelinedBatch(active, leading, statements);
      });
      const tx: TenantTx = {
        associationId,
        query: <R>(sql: string, parameters: readonly unknown[] = []) => {
          if (mode === 'statement' && count > 0)
            return Promise.reject(
              new Error('withTenantStatement runs one statement; use withTenant for more'),
            );
          count += 1;
          total += 1;
          return batcher.add<R>(statementOf(sql, parameters));
        },
        statementCount: () => count,
      };
      const result = await work(tx);
      if (open) {
        roundTrips += 1;
        await active.query('COMMIT');
        open = false;
      }
      return result;
    } catch (error) {
      if (open) {
        roundTrips += 1;
        await pooled?.client.query('ROLLBACK').catch(() => (broken = true));
      }
      throw translateDatabaseError(error);
    } finally {
      // A connection whose rollback failed is closed rather than reused.
      pooled?.release(broken);
    }
  }

  return {
    dataSource,
    withTenant(associationId, work) {
      if (!UUID.test(associationId)) throw new RangeError('associationId must be a uuid');
      return inTransaction('transaction', [tenantSetup(associationId)], associationId, work);
    },
    withTenantStatement(associationId, work, options = {}) {
      if (!UUID.test(associationId)) throw new RangeError('associationId must be a uuid');
      return inTransaction(
        'statement',
        [statementSetup(associationId, options)],
        associationId,
        work,
      );
    },
    lookup<R>(sql: string, parameters: readonly unknown[] = []) {
      return inTransaction('statement', [LOOKUP_SETUP], '', (tx) => tx.query<R>(sql, parameters));
    },
    withOwner(work) {
      return inTransaction('transaction', [], '', work);
    },
    async queryOwner<R>(sql: string, parameters: readonly unknown[] = []) {
      total += 1;
      roundTrips += 1;
      try {
        return (await queryPooled<R & pg.QueryResultRow>(dataSource, statementOf(sql, parameters)))
          .rows;
      } catch (error) {
        throw translateDatabaseError(error);
      }
    },
    async ping() {
      try {
        await queryPooled(dataSource, { text: 'SELECT 1' });
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
    },
    statementTotal: () => total,
    roundTripTotal: () => roundTrips,
  };
}
