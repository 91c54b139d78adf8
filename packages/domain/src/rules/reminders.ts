import { LocalDate } from '../core/local-date.js';
import type { HalfYear } from '../core/period.js';
import { type YearMonth, meetingCadence, meetingWindow } from './meeting-cadence.js';

/**
 * The keys of due items: one per thing a reminder is about, so the job acting on it (and
 * the queue's job key) is the same however often the schedule finds it due.
 */
export const reminderKeys = {
  followUp: (followUpId: string) => `follow-up:${followUpId}`,
  attestation: (municipalityId: string, projectId: string, halfYear: HalfYear) =>
    `attestation:${municipalityId}:${projectId}:${halfYear}`,
  seGroup: (municipalityId: string, month: YearMonth) => `se-group:${municipalityId}:${month}`,
  retention: (asOf: LocalDate) => `retention:${asOf}`,
} as const;

/**
 * The month an SE group should be reminded of on `today`: the whole month just ended, when
 * the group did not meet in it (the month under way is never missed yet); else null.
 */
export function seGroupMissedMonth(
  today: LocalDate,
  heldOn: readonly LocalDate[],
): YearMonth | null {
  const window = meetingWindow(today, 1);
  const cadence = meetingCadence(heldOn, window);
  return cadence.missedMonths[0] ?? null;
}

/** The first day of a half-year and the first day after it (periods are half-open). */
export function halfYearBounds(halfYear: HalfYear): { start: LocalDate; end: LocalDate } {
  const year = Number(halfYear.slice(0, 4));
  return halfYear.endsWith('H1')
    ? { start: LocalDate.of(year, 1, 1), end: LocalDate.of(year, 7, 1) }
    : { start: LocalDate.of(year, 7, 1), end: LocalDate.of(year + 1, 1, 1) };
}
