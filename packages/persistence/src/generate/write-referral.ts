import { LocalDate } from '@finsam-se/domain';
import { type Rng, uuidFrom } from './prng.js';
import type { RowSink } from './row-sink.js';
import type { StaffContext } from './staff-context.js';
import type { NamedRow } from './tables.js';

type Decision = 'accepted' | 'not_now' | 'declined' | 'escalated';

const actionOf: Record<Decision, string> = {
  accepted: 'accept',
  not_now: 'not_now',
  declined: 'decline',
  escalated: 'escalate',
};

export type ReferralFacts = {
  readonly participantId: string;
  readonly municipalityId: string;
  readonly projectId: string;
  readonly receivedOn: LocalDate;
};

/** An accepted referral: the participant is enrolled some days after `decidedOn`. */
export type AcceptedReferral = { readonly referralId: string; readonly decidedOn: LocalDate };

/**
 * Steps `referrals` and `referral_decisions`: the referral, decided at the SE-group's next
 * monthly meeting (the 10th of the following month), now and then escalated to the chief.
 * Returns the accepted referral, or null when the person is not enrolled.
 */
export function writeReferral(
  rng: Rng,
  staff: StaffContext,
  sink: RowSink,
  facts: ReferralFacts,
): AcceptedReferral | null {
  const referralId = uuidFrom(rng);
  const organisation = rng.weighted([
    ['AF', 40],
    ['FK', 25],
    ['MUNICIPALITY', 25],
    ['REGION', 10],
  ] as const);
  const referral = (state: string): NamedRow<'referrals'> => ({
    association_id: staff.associationId,
    id: referralId,
    participant_id: facts.participantId,
    municipality_id: facts.municipalityId,
    project_id: facts.projectId,
    referred_by: staff.referrer,
    referrer_organisation: organisation,
    received_on: facts.receivedOn,
    state,
  });
  const meetingOn = LocalDate.addDays(
    LocalDate.addMonths(LocalDate.startOfMonth(facts.receivedOn), 1),
    9,
  );
  if (meetingOn >= staff.dataUntil) {
    sink.add('referrals', referral('received'));
    return null;
  }
  const { state, decidedOn, decisions } = drawDecisions(rng, staff, {
    referralId,
    municipalityId: facts.municipalityId,
    meetingOn,
  });
  sink.add('referrals', referral(state));
  for (const row of decisions) sink.add('referral_decisions', row);
  return state === 'accepted' ? { referralId, decidedOn } : null;
}

/** The SE-group's decision at the meeting and, after an escalation, the chief's. */
function drawDecisions(
  rng: Rng,
  staff: StaffContext,
  at: {
    readonly referralId: string;
    readonly municipalityId: string;
    readonly meetingOn: LocalDate;
  },
): { state: string; decidedOn: LocalDate; decisions: NamedRow<'referral_decisions'>[] } {
  const meetingId = staff.meetingFor(at.municipalityId, at.meetingOn);
  const decision = rng.weighted([
    ['accepted', 76],
    ['not_now', 10],
    ['declined', 5],
    ['escalated', 9],
  ] as const);
  const decisions: NamedRow<'referral_decisions'>[] = [];
  const decide = (to: Decision, on: LocalDate, by: string, note: string, meeting: string | null) =>
    decisions.push({
      association_id: staff.associationId,
      id: uuidFrom(rng),
      referral_id: at.referralId,
      action: actionOf[to],
      state: to,
      decided_on: on,
      decided_by: by,
      meeting_id: meeting,
      note,
    });
  const note = decision === 'not_now' ? 'Inte motiverad just nu.' : '';
  decide(decision, at.meetingOn, staff.decider, note, meetingId);
  if (decision !== 'escalated') return { state: decision, decidedOn: at.meetingOn, decisions };
  const chiefOn = LocalDate.addDays(at.meetingOn, rng.int(2, 10));
  // Now and then the chief has not decided yet: the referral stays escalated.
  if (!(chiefOn < staff.dataUntil && rng.chance(0.85)))
    return { state: decision, decidedOn: at.meetingOn, decisions };
  const state = rng.chance(0.8) ? 'accepted' : 'declined';
  const chief = staff.chiefs.get(at.municipalityId) ?? staff.manager;
  decide(state, chiefOn, chief, 'Beslut av chef på kommunnivå.', null);
  return { state, decidedOn: chiefOn, decisions };
}
