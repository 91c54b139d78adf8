import type { SessionUser } from '@finsam-se/persistence';
import { refuse } from '../errors/refuse.js';

/** The signed-in user a service acts for. What they may do is the policy's (policy-table.ts). */
export type Actor = SessionUser;

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw refuse('UNAUTHENTICATED');
  return actor;
}
