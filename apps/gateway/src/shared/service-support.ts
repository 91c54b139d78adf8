import { type AuditAction, type TenantTx, auditRepository, coaches } from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import type { RequestContext } from '../context.js';
import type { AppError } from '../errors/error-codes.js';
import { fromRule, refuse } from '../errors/refuse.js';

/** Today (the Stockholm calendar date) from the one clock; kept here for the services' imports. */
export { todayOf } from '../clock/today.js';

/** A domain refusal naming the field: the catalogue's one conversion (errors/refuse.ts). */
export function domainRefusal(
  error: { readonly code: string; readonly field?: string },
  fallbackField: string,
): AppError {
  return fromRule(error, fallbackField);
}

/** Optimistic concurrency: CONFLICT with the version now in the database. */
export function requireVersion(current: number, expected: number): void {
  if (current !== expected) throw refuse('CONFLICT', { extra: { currentVersion: current } });
}

/**
 * One audit row for the action with every id touched, in the same transaction; `detail` says
 * what was read or changed when the entity alone does not (never personal data).
 */
export function audit(
  tx: TenantTx,
  ctx: Pick<RequestContext, 'requestId'>,
  actor: Actor,
  action: AuditAction,
  entity: string,
  entityIds: readonly string[],
  detail?: Readonly<Record<string, unknown>>,
): Promise<void> {
  return auditRepository.append(tx, {
    userId: actor.id,
    role: actor.role,
    action,
    entity,
    entityIds,
    requestId: ctx.requestId,
    ...(detail ? { detail } : {}),
  });
}

/** The municipality a municipal chief or coach works in. */
export async function actorMunicipality(tx: TenantTx, actor: Actor): Promise<string> {
  if (actor.municipalityId) return actor.municipalityId;
  if (actor.coachId) {
    const coach = await coaches.findById(tx, actor.coachId);
    if (coach) return coach.municipalityId;
  }
  throw refuse('FORBIDDEN');
}

/** Municipality-bound roles (chief, coach) get their municipality; others undefined. */
export async function municipalityBound(tx: TenantTx, actor: Actor): Promise<string | undefined> {
  return actor.role === 'municipal_chief' || actor.role === 'coach'
    ? actorMunicipality(tx, actor)
    : undefined;
}

/**
 * Narrows a list filter to a scope value: if the client filtered on another value the
 * result is empty (returns null), otherwise the scope value is forced.
 */
export function narrow(requested: string | undefined, scoped: string): string | null {
  if (requested !== undefined && requested !== scoped) return null;
  return scoped;
}

/** A nullable GraphQL argument that was actually given. */
export function given<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

/** Optional argument: null and undefined both mean "not given". */
export type Opt<T> = T | null | undefined;
