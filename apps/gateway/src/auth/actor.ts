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
 * The scope a role reads people-level data in: the whole association, one municipality
 * or one coach's own participants. Other roles read no person at all.
 */
export type PersonScope =
  | { readonly kind: 'association' }
  | { readonly kind: 'municipality'; readonly municipalityId: string }
  | { readonly kind: 'coach'; readonly coachId: string };

export function personScope(actor: Actor | null): PersonScope {
  const signedIn = requireActor(actor);
  switch (signedIn.role) {
    case 'board':
    case 'steering':
    case 'manager':
      return { kind: 'association' };
    case 'municipal_chief':
      if (signedIn.municipalityId)
        return { kind: 'municipality', municipalityId: signedIn.municipalityId };
      throw forbidden();
    case 'coach':
      if (signedIn.coachId) return { kind: 'coach', coachId: signedIn.coachId };
      throw forbidden();
    default:
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
