import { type TenantTx, auditRepository } from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import type { RequestContext } from '../context.js';
import type { AppError } from '../errors/error-codes.js';
import { refuse } from '../errors/refuse.js';

/**
 * A duplicate personnummer tells the writer that the number is already registered in the
 * association (someone's, perhaps a person they may not see): an oracle if asked often.
 * The check stays (a person is registered once), but every hit is audited against the
 * existing person, and a user who hits it `LIMIT` times within `WINDOW_SECONDS` may not
 * register anyone until the window has passed. The count comes from those audit rows, so
 * it holds across gateway processes and restarts.
 */
export const DUPLICATE_LIMIT = 5;
export const DUPLICATE_WINDOW_SECONDS = 60 * 60;
const REFUSED = 'DUPLICATE_PERSONNUMMER';

export function duplicatePersonnummer(): AppError {
  return refuse('PERSONNUMMER.DUPLICATE', { field: 'personnummer' });
}

/** Refuses (RATE_LIMITED) a writer who has hit too many duplicates lately. */
export async function requireUnderDuplicateLimit(tx: TenantTx, actor: Actor): Promise<void> {
  const recent = await auditRepository.countRefusals(tx, {
    userId: actor.id,
    entity: 'participant',
    reason: REFUSED,
    withinSeconds: DUPLICATE_WINDOW_SECONDS,
  });
  if (recent >= DUPLICATE_LIMIT) throw refuse('PERSONNUMMER.DUPLICATE_LIMIT');
}

/** The audit row of one duplicate hit, naming the person whose number it was. */
export function auditDuplicate(
  tx: TenantTx,
  ctx: Pick<RequestContext, 'requestId'>,
  actor: Actor,
  existingId: string | undefined,
): Promise<void> {
  return auditRepository.append(tx, {
    userId: actor.id,
    role: actor.role,
    action: 'create',
    entity: 'participant',
    entityIds: existingId ? [existingId] : [],
    requestId: ctx.requestId,
    detail: { refused: REFUSED },
  });
}
