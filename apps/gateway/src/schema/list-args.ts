import {
  attestations,
  coaches,
  employers,
  enrollments,
  followUps,
  meetings,
  municipalities,
  type ParticipantListQuery,
  placements,
  posts,
  projects,
  reallocations,
  referrals,
  users,
} from '@finsam-se/persistence';
import { ArgsType, Field, Int } from 'type-graphql';
import { refuse } from '../errors/refuse.js';

/** The paging and sorting arguments react-admin (ra-data-graphql-simple) sends. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: '0-based page.' }) page?: number;
  @Field(() => Int, { nullable: true }) perPage?: number;
  @Field(() => String, { nullable: true }) sortField?: string;
  @Field(() => String, { nullable: true }) sortOrder?: string;
}

export const MAX_PER_PAGE = 500;

const participantSorts: readonly NonNullable<ParticipantListQuery['sortField']>[] = [
  'lastName',
  'firstName',
  'birthDate',
  'id',
];

/**
 * The one sort whitelist of each list, taken from where the list maps its sort field to
 * SQL (the persistence definitions); the two lists with a fixed order accept only it.
 * Declared resources (resources.ts) check against the same repository lists.
 */
export const sortable = {
  Attestation: attestations.sortFields,
  AuditEntry: ['at'],
  Coach: coaches.sortFields,
  Employer: employers.sortFields,
  Enrollment: enrollments.sortFields,
  FollowUp: followUps.sortFields,
  Municipality: municipalities.sortFields,
  Participant: participantSorts,
  Placement: placements.sortFields,
  Post: posts.sortFields,
  Project: projects.sortFields,
  Reallocation: reallocations.sortFields,
  Referral: referrals.sortFields,
  SeGroupMeeting: meetings.sortFields,
  User: users.sortFields,
} as const satisfies Record<string, readonly string[]>;

export type SortableList = keyof typeof sortable;

export type Paging = {
  limit: number;
  offset: number;
  sortField?: string;
  sortOrder: 'ASC' | 'DESC';
};

/**
 * Validates paging at the edge: page ≥ 0, 1 ≤ perPage ≤ 500, order ASC or DESC, and a sort
 * field from the list's whitelist (anything else, `constructor` included, is bad input).
 */
export function pagingOf(args: ListArgs, list: SortableList, defaultPerPage = 25): Paging {
  return pagingWith(args, sortable[list], defaultPerPage);
}

/** The same checks against a whitelist given by the resource (schema/define-resource.ts). */
export function pagingWith(
  args: ListArgs,
  sortFields: readonly string[],
  defaultPerPage = 25,
  defaultSortOrder: 'ASC' | 'DESC' = 'ASC',
): Paging {
  const perPage = args.perPage ?? defaultPerPage;
  const page = args.page ?? 0;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE)
    throw refuse('LIST.PER_PAGE', { field: 'perPage', params: { max: MAX_PER_PAGE } });
  if (!Number.isInteger(page) || page < 0 || page > 1_000_000)
    throw refuse('LIST.PAGE', { field: 'page' });
  const order = (args.sortOrder ?? defaultSortOrder).toUpperCase();
  if (order !== 'ASC' && order !== 'DESC') throw refuse('SORT.ORDER', { field: 'sortOrder' });
  if (args.sortField !== undefined && !sortFields.includes(args.sortField))
    throw refuse('SORT.UNKNOWN', { field: 'sortField' });
  return {
    limit: perPage,
    offset: page * perPage,
    sortOrder: order,
    ...(args.sortField ? { sortField: args.sortField } : {}),
  };
}

/** Drops undefined and empty-string filter values. */
export function cleanFilter<T extends object>(
  filter: T | undefined | null,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    result[key] = value;
  }
  return result;
}
