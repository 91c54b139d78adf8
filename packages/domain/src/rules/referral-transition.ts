import { type DomainError, fail } from '../core/domain-error.js';
import type { LocalDate } from '../core/local-date.js';
import { type Result, ok } from '../core/result.js';
import type { Id } from '../model/ids.js';
import type { Role } from '../model/people.js';
import type { Referral, ReferralAction, ReferralState } from '../model/referral.js';

export type ReferralTransitionError = DomainError<
  'REFERRAL.INVALID_TRANSITION' | 'REFERRAL.FORBIDDEN'
>;

/** Where each action leads from each state; a missing entry is not a transition. */
const transitions: Readonly<
  Record<ReferralState, Partial<Readonly<Record<ReferralAction, ReferralState>>>>
> = {
  received: { accept: 'accepted', not_now: 'not_now', decline: 'declined', escalate: 'escalated' },
  escalated: { accept: 'accepted', decline: 'declined' },
  accepted: {},
  not_now: {},
  declined: {},
};

/**
 * Who may decide in each state. The SE-group's decision is recorded by its members
 * (coaches) or by the association's manager; after escalation only the municipal
 * chief decides. Formal decisions on placements stay with each authority.
 */
const deciders: Readonly<Record<'received' | 'escalated', readonly Role[]>> = {
  received: ['coach', 'municipal_chief', 'manager'],
  escalated: ['municipal_chief'],
};

export type ReferralActor = { readonly userId: Id; readonly role: Role };

export type ReferralDecisionInput = {
  readonly action: ReferralAction;
  readonly actor: ReferralActor;
  readonly decidedOn: LocalDate;
  readonly meetingId?: Id | null;
  readonly note?: string;
};

/** The states a referral can move to from here (for menus and buttons). */
export function nextReferralStates(state: ReferralState): ReferralState[] {
  return Object.values(transitions[state]);
}

/** Whether a role may act on a referral in this state at all. */
export function mayDecideReferral(state: ReferralState, role: Role): boolean {
  return (state === 'received' || state === 'escalated') && deciders[state].includes(role);
}

/**
 * Applies an SE-group (or municipal chief) decision: returns the next referral with the
 * decision appended, or why it is refused. Refusals are checked in this order: an
 * impossible transition first (it is impossible for everyone), then the actor's role.
 */
export function decideReferral(
  referral: Referral,
  input: ReferralDecisionInput,
): Result<Referral, ReferralTransitionError> {
  const next = transitions[referral.state][input.action];
  if (next === undefined) return fail('REFERRAL.INVALID_TRANSITION', 'action');
  if (!mayDecideReferral(referral.state, input.actor.role)) {
    return fail('REFERRAL.FORBIDDEN', 'action');
  }
  if (input.decidedOn < referral.receivedOn)
    return fail('REFERRAL.INVALID_TRANSITION', 'decidedOn');
  return ok({
    ...referral,
    state: next,
    decisions: [
      ...referral.decisions,
      {
        action: input.action,
        state: next,
        decidedOn: input.decidedOn,
        decidedBy: input.actor.userId,
        meetingId: input.meetingId ?? null,
        note: input.note ?? '',
      },
    ],
  });
}
