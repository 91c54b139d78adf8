import type { LocalDate } from '../core/local-date.js';
import type { Id, TenantScoped } from './ids.js';
import type { ReferrerOrganisation } from './people.js';

/** received → accepted | not_now | declined | escalated; escalated → accepted | declined. */
export const referralStates = ['received', 'accepted', 'not_now', 'declined', 'escalated'] as const;
export type ReferralState = (typeof referralStates)[number];

/** What an SE-group (or, after escalation, the municipal chief) does with a referral. */
export const referralActions = ['accept', 'not_now', 'decline', 'escalate'] as const;
export type ReferralAction = (typeof referralActions)[number];

export type ReferralDecision = {
  readonly action: ReferralAction;
  readonly state: ReferralState;
  readonly decidedOn: LocalDate;
  readonly decidedBy: Id;
  readonly meetingId: Id | null;
  readonly note: string;
};

/** A remiss / aktualisering to the municipality's SE-group. Motivation to work is the only criterion. */
export type Referral = TenantScoped & {
  readonly id: Id;
  readonly participantId: Id;
  readonly municipalityId: Id;
  readonly projectId: Id;
  readonly referredBy: Id;
  readonly referrerOrganisation: ReferrerOrganisation;
  readonly receivedOn: LocalDate;
  readonly state: ReferralState;
  readonly decisions: readonly ReferralDecision[];
  readonly version: number;
};

/** The monthly meeting of a municipality's SE-group (samverkansgrupp). */
export type SeGroupMeeting = TenantScoped & {
  readonly id: Id;
  readonly municipalityId: Id;
  readonly heldOn: LocalDate;
  readonly notes: string;
};
