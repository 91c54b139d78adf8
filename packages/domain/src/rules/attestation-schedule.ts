import { LocalDate } from '../core/local-date.js';
import { type HalfYear, Period } from '../core/period.js';

/**
 * The half-years a municipal chief must certify for a project: every half-year that
 * overlaps the project and has begun by `asOf`, oldest first.
 */
export function attestationHalfYears(project: Period, asOf: LocalDate): HalfYear[] {
  const result: HalfYear[] = [];
  let cursor = project.start;
  while (cursor < project.end && cursor <= asOf) {
    const halfYear = Period.halfYearOf(cursor);
    result.push(halfYear);
    const { year, month } = LocalDate.parts(cursor);
    cursor = month <= 6 ? LocalDate.of(year, 7, 1) : LocalDate.of(year + 1, 1, 1);
  }
  return result;
}

/** The half-years due but not yet signed. */
export function attestationsDue(
  project: Period,
  asOf: LocalDate,
  signed: readonly HalfYear[],
): HalfYear[] {
  const done = new Set(signed);
  return attestationHalfYears(project, asOf).filter((halfYear) => !done.has(halfYear));
}
