import { PersistenceError } from './database-error.js';
import type { TenantTx } from './database.js';

/** Runs an `INSERT … RETURNING id` and returns the id. */
export async function insertOne(
  tx: TenantTx,
  sql: string,
  params: readonly unknown[],
): Promise<string> {
  const rows = await tx.query<{ id: string }>(sql, params);
  const id = rows[0]?.id;
  if (!id) throw new PersistenceError('CONSTRAINT', 'Insert returned nothing');
  return id;
}
