import { PersistenceError } from './database-error.js';
import type { TenantTx } from './database.js';

/**
 * After an optimistic `UPDATE … WHERE version = $n` touched no row: NOT_FOUND when the row
 * is not there (in this association), CONFLICT when someone changed it since it was read.
 */
export async function conflictOrMissing(tx: TenantTx, table: string, id: string): Promise<never> {
  const exists = await tx.query(`SELECT 1 FROM ${table} WHERE association_id = $1 AND id = $2`, [
    tx.associationId,
    id,
  ]);
  throw exists.length === 0
    ? new PersistenceError('NOT_FOUND', `No such row in ${table}`)
    : new PersistenceError('CONFLICT', 'Changed by someone else since it was read');
}
