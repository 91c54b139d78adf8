import { type DomainError, fail } from '../core/domain-error.js';
import type { LocalDate } from '../core/local-date.js';
import { type Result, ok } from '../core/result.js';
import type { AfterSupportEpisode, Discharge, Enrollment, Phase } from '../model/enrollment.js';
import {
  type CodeListError,
  validateCode,
  validateIncomeSources,
} from '../reference/code-list-rules.js';
import {
  type CodeList,
  dischargeReasons,
  incomeSources,
  occupationsAfter,
} from '../reference/code-lists.js';

/** The code lists a discharge is checked against; newer versions can be passed in. */
export type DischargeCodeLists = {
  readonly dischargeReasons: CodeList;
  readonly incomeSources: CodeList;
  readonly occupationsAfter: CodeList;
};

const builtInLists: DischargeCodeLists = { dischargeReasons, incomeSources, occupationsAfter };

export type EnrollmentError =
  | DomainError<
      | 'ENROLLMENT.DISCHARGED'
      | 'ENROLLMENT.NOT_DISCHARGED'
      | 'ENROLLMENT.DATE_BEFORE_LAST'
      | 'ENROLLMENT.SAME_PHASE'
      | 'ENROLLMENT.DISCHARGE_INCOMPLETE'
    >
  | CodeListError;

/** The current phase: the last transition, or undefined before the agreement. */
export function currentPhase(enrollment: Pick<Enrollment, 'phases'>): Phase | undefined {
  return enrollment.phases.at(-1)?.phase;
}

/** The date of the latest event: enrollment, a phase move, discharge or after-support. */
export function lastEventOn(
  enrollment: Pick<Enrollment, 'enrolledOn' | 'phases' | 'discharge' | 'afterSupport'>,
): LocalDate {
  let latest = enrollment.enrolledOn;
  for (const transition of enrollment.phases) if (transition.on > latest) latest = transition.on;
  if (enrollment.discharge && enrollment.discharge.on > latest) latest = enrollment.discharge.on;
  for (const episode of enrollment.afterSupport) {
    if (episode.startedOn > latest) latest = episode.startedOn;
    if (episode.endedOn !== null && episode.endedOn > latest) latest = episode.endedOn;
  }
  return latest;
}

/**
 * Moves the participant to another of the five SE steps, forward or back (the method
 * allows going back, e.g. from job finding to a new vocational profile), on a date that
 * is never before the latest event.
 */
export function movePhase(
  enrollment: Enrollment,
  phase: Phase,
  on: LocalDate,
): Result<Enrollment, EnrollmentError> {
  if (enrollment.discharge !== null) return fail('ENROLLMENT.DISCHARGED');
  if (currentPhase(enrollment) === phase) return fail('ENROLLMENT.SAME_PHASE', 'phase');
  if (on < lastEventOn(enrollment)) return fail('ENROLLMENT.DATE_BEFORE_LAST', 'on');
  return ok({ ...enrollment, phases: [...enrollment.phases, { phase, on }] });
}

/**
 * Discharges (skriver ut): needs a reason, the income sources at the end and the
 * occupation after, all valid codes on the discharge date. Support may continue as
 * structured follow-up, which opens the first after-support episode.
 */
export function discharge(
  enrollment: Enrollment,
  input: Partial<Discharge> & { readonly on: LocalDate; readonly followUp?: boolean },
  lists: DischargeCodeLists = builtInLists,
): Result<Enrollment, EnrollmentError> {
  if (enrollment.discharge !== null) return fail('ENROLLMENT.DISCHARGED');
  if (input.on < lastEventOn(enrollment)) return fail('ENROLLMENT.DATE_BEFORE_LAST', 'on');
  const { reason, compensationAtEnd, occupationAfter } = input;
  if (!reason) return fail('ENROLLMENT.DISCHARGE_INCOMPLETE', 'reason');
  if (!compensationAtEnd || compensationAtEnd.length === 0) {
    return fail('ENROLLMENT.DISCHARGE_INCOMPLETE', 'compensationAtEnd');
  }
  if (!occupationAfter) return fail('ENROLLMENT.DISCHARGE_INCOMPLETE', 'occupationAfter');

  const checks = [
    validateCode(lists.dischargeReasons, reason, input.on, 'reason'),
    validateIncomeSources(lists.incomeSources, compensationAtEnd, input.on, 'compensationAtEnd'),
    validateCode(lists.occupationsAfter, occupationAfter, input.on, 'occupationAfter'),
  ];
  for (const check of checks) if (!check.ok) return check;

  const afterSupport: AfterSupportEpisode[] = input.followUp
    ? [{ startedOn: input.on, endedOn: null, reason: 'follow_up' }]
    : [];
  return ok({
    ...enrollment,
    discharge: { on: input.on, reason, compensationAtEnd, occupationAfter },
    afterSupport: [...enrollment.afterSupport, ...afterSupport],
  });
}

/**
 * A former participant contacts the coach again (återkontakt): an after-support episode
 * on the same enrollment, not a new participant. Any open episode is closed that day.
 */
export function reContact(
  enrollment: Enrollment,
  on: LocalDate,
): Result<Enrollment, EnrollmentError> {
  if (enrollment.discharge === null) return fail('ENROLLMENT.NOT_DISCHARGED');
  if (on < lastEventOn(enrollment)) return fail('ENROLLMENT.DATE_BEFORE_LAST', 'on');
  const closed = enrollment.afterSupport.map((episode) =>
    episode.endedOn === null ? { ...episode, endedOn: on } : episode,
  );
  return ok({
    ...enrollment,
    afterSupport: [...closed, { startedOn: on, endedOn: null, reason: 're_contact' }],
  });
}

/** Ends the open after-support episode, if any. */
export function endAfterSupport(
  enrollment: Enrollment,
  on: LocalDate,
): Result<Enrollment, EnrollmentError> {
  if (enrollment.discharge === null) return fail('ENROLLMENT.NOT_DISCHARGED');
  if (on < lastEventOn(enrollment)) return fail('ENROLLMENT.DATE_BEFORE_LAST', 'on');
  return ok({
    ...enrollment,
    afterSupport: enrollment.afterSupport.map((episode) =>
      episode.endedOn === null ? { ...episode, endedOn: on } : episode,
    ),
  });
}
