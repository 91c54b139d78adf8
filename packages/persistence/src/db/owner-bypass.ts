import type { TenantTx } from './database.js';

/**
 * Row-level security is forced on every tenant table (ADR 0004), so the owner connection
 * sees tenant rows only as a superuser or with BYPASSRLS. A maintenance command that
 * reads across associations calls this first: without it the command would find no
 * association and report success having done nothing.
 */
export async function assertOwnerBypassesRls(tx: TenantTx): Promise<void> {
  const rows = await tx.query<{ bypass: boolean; role: string }>(
    `SELECT rolsuper OR rolbypassrls AS bypass, rolname AS role FROM pg_roles WHERE rolname = current_user`,
  );
  const [row] = rows;
  if (!row?.bypass)
    throw new Error(
      `The database user ${row?.role ?? '(unknown)'} cannot see tenant rows: row-level security is forced. ` +
        'Run maintenance commands as a superuser or grant BYPASSRLS to the owner (docs/operations.md).',
    );
}
