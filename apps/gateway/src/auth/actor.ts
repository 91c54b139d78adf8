import type { Role } from '@finsam-se/domain';
import type { SessionUser } from '@finsam-se/persistence';
import { AppError, forbidden } from '../errors/error-codes.js';

/** The signed-in user a service acts for. */
export type Actor = SessionUser;

export const STAFF_ROLES: readonly Role[] = [
  'board',
  'steering',
  'manager',
  'municipal_chief',
  'coach',
];
export const ASSOCIATION_WIDE: readonly Role[] = ['board', 'steering', 'manager'];

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Logga in för att fortsätta.');
  return actor;
}

/** Throws FORBIDDEN unless the actor has one of the roles. */
export function requireRole(actor: Actor | null, roles: readonly Role[]): Actor {
  const signedIn = requireActor(actor);
  if (!roles.includes(signedIn.role)) throw forbidden();
  return signedIn;
}

/**
 * Who reads and writes people (participants and every list that names them: enrollments,
 * placements, follow-ups, consents), per role: the one table. docs/personal-data.md shows
 * it and a test checks the two agree.
 * - reads: `association` (everyone), `municipality` (home municipality = the user's),
 *   `own` (a coach: people enrolled with them, and people they registered until someone
 *   enrols them), `none` (aggregated figures only: the board, as docs/glossary.md says).
 * - writes: may register and rectify people (within what the role reads). The steering
 *   group reads people to steer but does not keep the register.
 */
export const PEOPLE_ACCESS = {
  board: { reads: 'none', writes: false },
  steering: { reads: 'association', writes: false },
  manager: { reads: 'association', writes: true },
  municipal_chief: { reads: 'municipality', writes: true },
  coach: { reads: 'own', writes: true },
  referrer: { reads: 'none', writes: false },
  external: { reads: 'none', writes: false },
} as const satisfies Record<
  Role,
  { reads: 'association' | 'municipality' | 'own' | 'none'; writes: boolean }
>;

/** The roles that register and rectify people. */
export const PEOPLE_WRITERS: readonly Role[] = (Object.keys(PEOPLE_ACCESS) as Role[]).filter(
  (role) => PEOPLE_ACCESS[role].writes,
);

/**
 * The scope a role reads people-level data in: the whole association, one municipality
 * or one coach's own people (the coach record and the coach's user, who may have
 * registered people nobody has enrolled yet). Other roles read no person at all.
 * The participant repository turns it into SQL (`ParticipantVisibility`).
 */
export type PersonScope =
  | { readonly kind: 'association' }
  | { readonly kind: 'municipality'; readonly municipalityId: string }
  | { readonly kind: 'coach'; readonly coachId: string; readonly userId: string };

export function personScope(actor: Actor | null): PersonScope {
  const signedIn = requireActor(actor);
  switch (PEOPLE_ACCESS[signedIn.role].reads) {
    case 'association':
      return { kind: 'association' };
    case 'municipality':
      if (signedIn.municipalityId)
        return { kind: 'municipality', municipalityId: signedIn.municipalityId };
      throw forbidden();
    case 'own':
      if (signedIn.coachId)
        return { kind: 'coach', coachId: signedIn.coachId, userId: signedIn.id };
      throw forbidden();
    case 'none':
      throw forbidden();
  }
}

/** Board reads but never writes. */
export function requireWriter(
  actor: Actor | null,
  roles: readonly Role[] = ['steering', 'manager', 'municipal_chief', 'coach'],
): Actor {
  return requireRole(actor, roles);
}

/** May this role see personnummer in clear? Managers, and coaches for their own participants. */
export function mayReadPersonnummer(actor: Actor, scope: PersonScope): boolean {
  return actor.role === 'manager' || (actor.role === 'coach' && scope.kind === 'coach');
}
