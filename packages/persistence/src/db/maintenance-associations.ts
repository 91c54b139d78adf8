import type { Database } from './database.js';
import { assertOwnerBypassesRls } from './owner-bypass.js';

/**
 * Every association's id and name, for the maintenance commands that act per association
 * (retention, import): a look-up across tenants, so it runs as the owner (ADR 0004), and it
 * is the only such list.
 */
export async function maintenanceAssociations(
  database: Database,
): Promise<{ id: string; name: string }[]> {
  return database.withOwner(async (tx) => {
    await assertOwnerBypassesRls(tx);
    return tx.query<{ id: string; name: string }>(
      `SELECT id, name FROM associations ORDER BY name, id`,
    );
  });
}
