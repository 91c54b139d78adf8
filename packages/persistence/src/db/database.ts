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
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** Total statements run through this database object. */
  readonly statementTotal: () => number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createDatabase(dataSource: DataSource): Database {
  let total = 0;

  async function inTransaction<T>(
    setup: (runner: QueryRunner) => Promise<void>,
    associationId: string,
    work: (tx: TenantTx) => Promise<T>,
  ): Promise<T> {
    let runner: QueryRunner | undefined;
    try {
      runner = dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      await setup(runner);
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
      await active.commitTransaction();
      return result;
    } catch (error) {
      if (runner?.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
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
        async (runner) => {
          await runner.query(
            `SET LOCAL ROLE finsam_app; SELECT set_config('app.association_id', '${associationId}', true)`,
          );
        },
        associationId,
        work,
      );
    },
    withOwner(work) {
      return inTransaction(async () => undefined, '', work);
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
