import type { TenantTx } from '../db/database.js';

/**
 * Which participants a reader may see, as the gateway's access rules decide it per role:
 * the whole association, one home municipality, or a coach's own people. This file turns
 * it into SQL once; every list, count and single look-up of people goes through it.
 */
export type ParticipantVisibility =
  | { readonly kind: 'association' }
  | { readonly kind: 'municipality'; readonly municipalityId: string }
  /**
   * A coach's own people: everyone with an enrollment (open or closed) with this coach,
   * and everyone this coach's user registered who nobody has enrolled yet. Once someone
   * is enrolled (by anyone) they belong to the enrollment's coach.
   */
  | { readonly kind: 'coach'; readonly coachId: string; readonly userId: string };

/** active: an open enrollment; waiting: never enrolled; discharged: enrolled, none open. */
export type ParticipantStatus = 'active' | 'waiting' | 'discharged';

export type ParticipantFilter = {
  /** Who may be seen; absent = the whole association (the tenant still bounds it). */
  readonly visibleTo?: ParticipantVisibility;
  readonly ids?: readonly string[];
  /** Every word must start a word of the first or last name (case-insensitive). */
  readonly nameWords?: readonly string[];
  /** A normalised 12-digit personnummer, matched through its keyed hash only. */
  readonly personnummerHash?: Buffer;
  readonly coachId?: string;
  readonly municipalityId?: string;
  /** Any of these statuses. */
  readonly statuses?: readonly ParticipantStatus[];
};

const enrollmentOf = (extra = '') =>
  `EXISTS (SELECT 1 FROM enrollments e WHERE e.association_id = p.association_id AND e.participant_id = p.id${extra})`;
const OPEN = enrollmentOf(' AND e.discharged_on IS NULL');
const ANY = enrollmentOf();

/** The status of `p`, the one definition the filter and the returned rows share. */
export const STATUS_SQL = `CASE WHEN ${OPEN} THEN 'active' WHEN ${ANY} THEN 'discharged' ELSE 'waiting' END`;

const likePrefix = (word: string) => `${word.replace(/[%_\\]/g, '\\$&')}%`;

/** The WHERE clause of a participant filter (alias `p`), with its parameters from $1. */
export function participantWhere(
  filter: ParticipantFilter,
  tx: Pick<TenantTx, 'associationId'>,
): { sql: string; params: unknown[] } {
  const clauses = ['p.association_id = $1'];
  const params: unknown[] = [tx.associationId];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const scope = filter.visibleTo;
  if (scope?.kind === 'municipality')
    clauses.push(`p.home_municipality_id = ${param(scope.municipalityId)}`);
  if (scope?.kind === 'coach')
    clauses.push(
      `(${enrollmentOf(` AND e.coach_id = ${param(scope.coachId)}`)}
        OR (p.registered_by = ${param(scope.userId)} AND NOT ${ANY}))`,
    );
  if (filter.ids) clauses.push(`p.id = ANY(${param(filter.ids)}::uuid[])`);
  if (filter.personnummerHash)
    clauses.push(`p.personnummer_hash = ${param(filter.personnummerHash)}`);
  for (const word of filter.nameWords ?? []) {
    // Hyphens count as spaces, so "karin" finds Anna-Karin and "anna-karin" is two words.
    clauses.push(
      `(' ' || translate(lower(p.first_name || ' ' || p.last_name), '-', ' ')) LIKE '% ' || ${param(likePrefix(word))}`,
    );
  }
  if (filter.municipalityId)
    clauses.push(`p.home_municipality_id = ${param(filter.municipalityId)}`);
  if (filter.coachId) clauses.push(enrollmentOf(` AND e.coach_id = ${param(filter.coachId)}`));
  if (filter.statuses) clauses.push(`(${STATUS_SQL}) = ANY(${param(filter.statuses)}::text[])`);
  return { sql: clauses.join(' AND '), params };
}
