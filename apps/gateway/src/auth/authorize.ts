import { refuse } from '../errors/refuse.js';
import { type Actor, requireActor } from './actor.js';
import { ACTIONS, type Action, type Resource, type Scope, scopeOf } from './policy-table.js';

/**
 * The scope the actor may do the action in, from the one policy table. Throws
 * UNAUTHENTICATED without a signed-in user and FORBIDDEN where the table says `none`.
 */
export function authorize(actor: Actor | null, action: Action): Exclude<Scope, 'none'> {
  const signedIn = requireActor(actor);
  const scope = scopeOf(signedIn.role, action);
  if (scope === 'none') throw refuse('FORBIDDEN');
  return scope;
}

/** The signed-in actor, once the table allows them the action (for services that need the user). */
export function permitted(actor: Actor | null, action: Action): Actor {
  authorize(actor, action);
  return actor as Actor;
}

/**
 * The scope a role reads or writes people-level data in, as the repositories take it:
 * the whole association, one municipality or one coach's own people (the coach record
 * and the coach's user, who may have registered people nobody has enrolled yet).
 * The participant repository turns it into SQL (`ParticipantVisibility`).
 */
export type PersonScope =
  | { readonly kind: 'association' }
  | { readonly kind: 'municipality'; readonly municipalityId: string }
  | { readonly kind: 'coach'; readonly coachId: string; readonly userId: string };

/**
 * The person scope of an action (a resource alone means its `read`): FORBIDDEN where the
 * table refuses it, gives figures only (`aggregates`) or the user lacks the municipality or
 * coach record their scope needs.
 */
export function scopeFilter(actor: Actor | null, resourceOrAction: Resource | Action): PersonScope {
  const action = (
    resourceOrAction.includes('.') ? resourceOrAction : `${resourceOrAction}.read`
  ) as Action;
  const signedIn = requireActor(actor);
  switch (authorize(signedIn, action)) {
    case 'association':
      return { kind: 'association' };
    case 'municipality':
      if (signedIn.municipalityId)
        return { kind: 'municipality', municipalityId: signedIn.municipalityId };
      throw refuse('FORBIDDEN');
    case 'own':
      if (signedIn.coachId)
        return { kind: 'coach', coachId: signedIn.coachId, userId: signedIn.id };
      throw refuse('FORBIDDEN');
    case 'aggregates':
      throw refuse('FORBIDDEN');
  }
}

/** May this actor see a personnummer in clear, reading people in `scope`? (`participant.readPersonnummer`) */
export function mayReadPersonnummer(actor: Actor, scope: PersonScope): boolean {
  switch (scopeOf(actor.role, 'participant.readPersonnummer')) {
    case 'association':
      return true;
    case 'own':
      return scope.kind === 'coach';
    default:
      return false;
  }
}

export type Permission = { readonly action: Action; readonly scope: Exclude<Scope, 'none'> };

/** What the actor may do: every action the table allows their role, with its scope. */
export function permissionsOf(actor: Actor): Permission[] {
  return ACTIONS.flatMap((action) => {
    const scope = scopeOf(actor.role, action);
    return scope === 'none' ? [] : [{ action, scope }];
  });
}
