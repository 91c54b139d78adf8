import { type DomainError, fail } from '../core/domain-error.js';
import { LocalDate } from '../core/local-date.js';
import { type Result, ok } from '../core/result.js';
import type { Enrollment } from '../model/enrollment.js';
import type { FollowUp } from '../model/work.js';

export type EventDateError = DomainError<
  'DATE.IN_FUTURE' | 'PLACEMENT.BEFORE_ENROLLMENT' | 'FOLLOW_UP.TOO_EARLY'
>;

/**
 * How early a follow-up may be recorded. A coach often reaches the former participant a
 * little before the date (a planned meeting, a call that fits); more than four weeks
 * before, the answer says nothing about how things went three, six or twelve months after.
 */
export const FOLLOW_UP_EARLIEST_DAYS_BEFORE_DUE = 28;

/**
 * Something that has happened (a phase move, a discharge, a follow-up) is dated today at
 * the latest. A move dated in the future would block every later event until that day.
 */
export function happenedBy(
  on: LocalDate,
  today: LocalDate,
  field = 'on',
): Result<LocalDate, EventDateError> {
  return on > today ? fail('DATE.IN_FUTURE', field) : ok(on);
}

/** A placement belongs to the enrollment: it starts on or after the enrollment date. */
export function placementStartAllowed(
  enrollment: Pick<Enrollment, 'enrolledOn'>,
  startedOn: LocalDate,
): Result<LocalDate, EventDateError> {
  return startedOn < enrollment.enrolledOn
    ? fail('PLACEMENT.BEFORE_ENROLLMENT', 'startedOn')
    : ok(startedOn);
}

/** The first day a follow-up may be recorded as done. */
export function followUpOpensOn(followUp: Pick<FollowUp, 'dueOn'>): LocalDate {
  return LocalDate.addDays(followUp.dueOn, -FOLLOW_UP_EARLIEST_DAYS_BEFORE_DUE);
}

/** Follow-ups due before this day (exclusive) can be recorded today: the coach's to-do list. */
export function followUpsRecordableDueBefore(today: LocalDate): LocalDate {
  return LocalDate.addDays(today, FOLLOW_UP_EARLIEST_DAYS_BEFORE_DUE + 1);
}

/** A follow-up is done on a day that has come, no more than four weeks before it is due. */
export function followUpRecordable(
  followUp: Pick<FollowUp, 'dueOn'>,
  doneOn: LocalDate,
  today: LocalDate,
): Result<LocalDate, EventDateError> {
  const happened = happenedBy(doneOn, today, 'doneOn');
  if (!happened.ok) return happened;
  return doneOn < followUpOpensOn(followUp) ? fail('FOLLOW_UP.TOO_EARLY', 'doneOn') : ok(doneOn);
}
