import { Fte } from '../core/fte.js';
import type { LocalDate } from '../core/local-date.js';

/** The project description's caseload: about 20 participants per full-time coach. */
export const CASELOAD_TARGET_PER_FTE = 20;

/** IPS-25 item 1 score: 5 is best. */
export type IpsCaseloadScore = 1 | 2 | 3 | 4 | 5;

/** ≤20 → 5, 21–25 → 4, 26–30 → 3, 31–40 → 2, ≥41 → 1 (fractions fall in the band above). */
export function ipsCaseloadBand(participantsPerFte: number): IpsCaseloadScore {
  if (participantsPerFte <= 20) return 5;
  if (participantsPerFte <= 25) return 4;
  if (participantsPerFte <= 30) return 3;
  if (participantsPerFte <= 40) return 2;
  return 1;
}

/** Active participants per full-time equivalent; null when there is no FTE to divide by. */
export function caseloadPerFte(activeParticipants: number, fte: Fte): number | null {
  return fte === 0 ? null : activeParticipants / Fte.toDecimal(fte);
}

type Span = {
  readonly enrolledOn: LocalDate;
  readonly discharge: { readonly on: LocalDate } | null;
};

/** Active on a date: enrolled on or before it and not yet discharged (the discharge day is not active). */
export function isActiveOn(enrollment: Span, date: LocalDate): boolean {
  return (
    enrollment.enrolledOn <= date &&
    (enrollment.discharge === null || date < enrollment.discharge.on)
  );
}

/** How many of the enrollments are active on the date. */
export function activeCountOn(enrollments: readonly Span[], date: LocalDate): number {
  let count = 0;
  for (const enrollment of enrollments) if (isActiveOn(enrollment, date)) count += 1;
  return count;
}
