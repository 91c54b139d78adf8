import type { Uuid } from '@finsam-se/domain';
import { type ReferralView, type TenantTx, referrals } from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import { scopeFilter } from '../auth/authorize.js';
import { cleanFilter } from '../schema/list-args.js';
import { input } from '../shared/input.js';
import { type Opt, actorMunicipality, narrow } from '../shared/service-support.js';

export type ReferralFilterInput = {
  ids?: Opt<readonly Uuid[]>;
  participantId?: Opt<Uuid>;
  municipalityId?: Opt<Uuid>;
  projectId?: Opt<Uuid>;
  state?: Opt<string>;
  q?: Opt<string>;
};

/**
 * The repository filter for the referrals an actor may see (null = none), the one rule:
 * - a referrer their own referrals (status only, no name);
 * - a coach those whose enrollment they coach, those awaiting their municipality's
 *   SE-group decision (state received) and those they sent themselves;
 * - a municipal chief their municipality, the manager the association;
 * - any other role what its person scope allows (none for external users).
 */
export async function referralScope(
  tx: TenantTx,
  actor: Actor,
  filter: Opt<ReferralFilterInput>,
): Promise<Record<string, unknown> | null> {
  const base = cleanFilter({
    ids: input.idList('filter.ids', filter?.ids ?? undefined),
    participantId: filter?.participantId ?? undefined,
    municipalityId: filter?.municipalityId ?? undefined,
    projectId: filter?.projectId ?? undefined,
    state: filter?.state ?? undefined,
    q: actor.role === 'referrer' ? undefined : (filter?.q ?? undefined),
  });
  if (actor.role === 'referrer') return { ...base, referredBy: actor.id };
  const scope = scopeFilter(actor, 'referral');
  if (scope.kind === 'association') return base;
  const own =
    scope.kind === 'municipality' ? scope.municipalityId : await actorMunicipality(tx, actor);
  const municipalityId = narrow(base.municipalityId as string | undefined, own);
  if (municipalityId === null) return null;
  if (scope.kind === 'municipality') return { ...base, municipalityId };
  return { ...base, municipalityId, coachVisible: [scope.coachId, own, actor.id] };
}

/** One referral if the actor may see it. */
export async function referralInScope(
  tx: TenantTx,
  actor: Actor,
  id: Uuid,
): Promise<ReferralView | undefined> {
  const scope = await referralScope(tx, actor, { ids: [id] });
  if (!scope) return undefined;
  const [row] = await referrals.list(tx, { filter: scope, limit: 1, offset: 0 });
  return row;
}
