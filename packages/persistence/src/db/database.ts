import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { translateDatabaseError } from './database-error.js';

/**
 * One transaction under the application role with the tenant set: row-level security
 * filters every statement to this association, whatever the SQL says.
 */
export type TenantTx = {
  readonly associationId: string;
  readonly manager: EntityManager;
  query<T = Record<string, unknown>>(sql: string, parameters?: readonly unknown[]): Promise<T[]>;
  /** Statements run in this transaction so far (for N+1 tests and benchmarks). */
  readonly statementCount: () => number;
};

export type Database = {
  readonly dataSource: DataSource;
  /** Runs `work` in one transaction as `finsam_app` scoped to the association. */
  withTenant<T>(associationId: string, work: (tx: TenantTx) => Promise<T>): Promise<T>;
  /**
   * Runs `work` as the connecting (owner) user, outside RLS: only for log-in (the tenant
   * is unknown until the user is found), migrations, seeding and maintenance.
   */
  withOwner<T>(work: (tx: TenantTx) => Promise<T>): Promise<T>;
  /** One statement as the owner, outside a transaction and RLS: only for look-ups by keys the caller has verified (a signed session token). */
  queryOwner<R = Record<string, unknown>>(
    sql: string,
    parameters?: readonly unknown[],
  ): Promise<R[]>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** Total statements run through this database object. */
  readonly statementTotal: () => number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createDatabase(dataSource: DataSource): Database {
  let total = 0;

  /**
   * One transaction on one pooled connection. `BEGIN` and the tenant setup go in a single
   * round trip (simple query protocol), which matters at hundreds of requests a second.
   */
  async function inTransaction<T>(
    begin: string,
    associationId: string,
    work: (tx: TenantTx) => Promise<T>,
  ): Promise<T> {
    let runner: QueryRunner | undefined;
    let open = false;
    try {
      runner = dataSource.createQueryRunner();
      await runner.connect();
      await runner.query(begin);
      open = true;
      let count = 0;
      const active = runner;
      const tx: TenantTx = {
        associationId,
        manager: active.manager,
        query: async <R>(sql: string, parameters: readonly unknown[] = []) => {
          count += 1;
          total += 1;
          // Structured results: TypeORM otherwise returns [rows, count] for UPDATE/DELETE.
          const result = await active.query(sql, [...parameters], true);
          return result.records as R[];
        },
        statementCount: () => count,
      };
      const result = await work(tx);
      await active.query('COMMIT');
      open = false;
      return result;
    } catch (error) {
      if (open) await runner?.query('ROLLBACK').catch(() => undefined);
      throw translateDatabaseError(error);
    } finally {
      await runner?.release().catch(() => undefined);
    }
  }

  return {
    dataSource,
    withTenant(associationId, work) {
      if (!UUID.test(associationId)) throw new RangeError('associationId must be a uuid');
      return inTransaction(
        `BEGIN; SET LOCAL ROLE finsam_app; SELECT set_config('app.association_id', '${associationId}', true)`,
        associationId,
        work,
      );
    },
    withOwner(work) {
      return inTransaction('BEGIN', '', work);
    },
    async queryOwner<R>(sql: string, parameters: readonly unknown[] = []) {
      total += 1;
      try {
        return (await dataSource.query(sql, [...parameters])) as R[];
      } catch (error) {
        throw translateDatabaseError(error);
      }
    },
    async ping() {
      try {
        await dataSource.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
    },
    statementTotal: () => total,
  };
}
