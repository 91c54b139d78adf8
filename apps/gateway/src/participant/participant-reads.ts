import {
  type ParticipantListQuery,
  type ParticipantStatus,
  type ParticipantWithLatest,
  participantRepository,
} from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import { mayReadPersonnummer, scopeFilter } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import type { RequestRepository, ResourceRepository } from '../schema/define-resource.js';
import { sortable } from '../schema/list-args.js';
import { input } from '../shared/input.js';
import { todayOf } from '../shared/service-support.js';
import { ParticipantType } from './participant.type.js';
import { participantSearch } from './participant-search.js';

type Sort = NonNullable<ParticipantListQuery['sortField']>;
type ScopedQuery = Omit<ParticipantListQuery, 'limit' | 'offset'>;

/** The participant filter as checked at the edge (define-resource.ts). */
export type ParticipantFilterInput = {
  readonly ids?: readonly string[] | undefined;
  readonly q?: string | undefined;
  readonly municipalityId?: string | undefined;
  readonly coachId?: string | undefined;
  /** Values of ParticipantStatusEnum, checked by GraphQL. */
  readonly status?: readonly string[] | undefined;
};

/**
 * The repository query for a filter within the actor's scope (`visibleTo`: the one
 * definition of who may be seen, from the actor alone); null = the search can find nobody.
 */
export function participantScope(
  actor: Actor,
  filter: ParticipantFilterInput,
  ctx: RequestContext,
): ScopedQuery | null {
  const q = filter.q?.trim() ? input.text('filter.q', filter.q, { max: 100 }) : undefined;
  const search = q === undefined ? undefined : participantSearch(q, todayOf(ctx));
  if (search === null) return null;
  const statuses = filter.status?.length
    ? ([...new Set(filter.status)] as ParticipantStatus[])
    : undefined;
  return {
    visibleTo: scopeFilter(actor, 'participant'),
    ...(filter.ids ? { ids: [...filter.ids] } : {}),
    ...(search ?? {}),
    ...(filter.coachId ? { coachId: filter.coachId } : {}),
    ...(filter.municipalityId ? { municipalityId: filter.municipalityId } : {}),
    ...(statuses ? { statuses } : {}),
  };
}

/**
 * The participants' pages for the declaration: one statement each (the page with each
 * person's latest enrollment), by last name unless asked otherwise.
 */
export const participantReads: RequestRepository<ParticipantWithLatest> = {
  sortFields: sortable.Participant,
  forRequest(ctx): ResourceRepository<ParticipantWithLatest> {
    const repo = participantRepository(ctx.pii);
    return {
      sortFields: sortable.Participant,
      list: (tx, { filter, sortField, sortOrder, limit, offset }) =>
        repo.page(tx, {
          ...(filter as ScopedQuery),
          sortField: (sortField ?? 'lastName') as Sort,
          sortOrder,
          limit,
          offset,
        }),
      count: (tx, filter) => repo.count(tx, filter as ScopedQuery),
      findById: () => Promise.reject(new Error('participants are read in their scope only')),
    };
  },
};

/** A page as GraphQL objects: the personnummer in clear only where the role may read it. */
export function participantTypes(
  ctx: RequestContext,
  rows: readonly ParticipantWithLatest[],
): ParticipantType[] {
  const actor = ctx.actor as Actor;
  const show = mayReadPersonnummer(actor, scopeFilter(actor, 'participant'));
  return rows.map((row) =>
    Object.assign(ParticipantType.from(row, show), {
      coachId: row.latestEnrollment?.coachId ?? null,
      currentPhase: row.latestEnrollment?.currentPhase ?? null,
      enrollmentId: row.latestEnrollment?.id ?? null,
      status: row.status,
    }),
  );
}
