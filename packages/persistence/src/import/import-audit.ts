import { type AuditEntry, insertAudit } from '../audit/audit.repository.js';
import type { TenantTx } from '../db/database.js';
import type { ImportActor } from './import-actor.js';

/**
 * The audit rows of what one import batch created: one row per kind that has anything
 * created (participant, enrollment, referral, placement, employer), by the importing user,
 * naming the run. Nothing created, nothing written.
 */
export async function auditImportBatch(
  tx: TenantTx,
  actor: ImportActor,
  runId: string,
  created: readonly (readonly [entity: string, ids: readonly string[]])[],
): Promise<void> {
  const entries: AuditEntry[] = created
    .filter(([, ids]) => ids.length > 0)
    .map(([entity, entityIds]) => ({
      userId: actor.userId,
      role: actor.role,
      action: 'create',
      entity,
      entityIds,
      requestId: actor.requestId,
      detail: { importRun: runId },
    }));
  if (entries.length > 0) await insertAudit(tx, tx.associationId, entries);
}
