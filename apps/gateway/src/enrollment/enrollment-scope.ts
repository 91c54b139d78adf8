import type { EnrollmentView, TenantTx } from '@finsam-se/persistence';
import { enrollments } from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import { type PersonScope, scopeFilter } from '../auth/authorize.js';
import type { Resource } from '../auth/policy-table.js';
import { narrow } from '../shared/service-support.js';

/**
 * Applies the person scope to a filter with `coachId` and `municipalityId` keys (the
 * enrollment's coach and municipality); null = nothing visible.
 */
export function scoped(
  scope: PersonScope,
  filter: Record<string, unknown>,
): Record<string, unknown> | null {
  if (scope.kind === 'coach') {
    const coachId = narrow(filter.coachId as string | undefined, scope.coachId);
    return coachId === null ? null : { ...filter, coachId };
  }
  if (scope.kind === 'municipality') {
    const municipalityId = narrow(
      filter.municipalityId as string | undefined,
      scope.municipalityId,
    );
    return municipalityId === null ? null : { ...filter, municipalityId };
  }
  return filter;
}

/**
 * The person scope of a resource's reads from the actor alone (define-resource.ts
 * `actorScope`): the enrollment's coach or municipality forced, no statement of its own.
 */
export const personScopeOf =
  (resource: Resource) =>
  (actor: Actor, filter: Readonly<Record<string, unknown>>): Record<string, unknown> | null =>
    scoped(scopeFilter(actor, resource), { ...filter });

export async function enrollmentInScope(
  tx: TenantTx,
  scope: PersonScope,
  id: string,
): Promise<EnrollmentView | undefined> {
  const filter = scoped(scope, { ids: [id] });
  if (!filter) return undefined;
  const [row] = await enrollments.list(tx, { filter, limit: 1, offset: 0 });
  return row;
}
