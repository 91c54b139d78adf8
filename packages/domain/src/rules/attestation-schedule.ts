import { LocalDate } from '../core/local-date.js';
import { type HalfYear, Period } from '../core/period.js';

const HALF_YEAR_TEXT = /^(\d{4})\s*[-–]?\s*H([12])$/i;

/**
 * Reads a half-year as people write it: `2024H1`, `2024-H1` (the form's ÅÅÅÅ-H1 hint),
 * `2024 h1`. Returns the stored form `2024H1`, or undefined when it is not a half-year.
 */
export function readHalfYear(text: string): HalfYear | undefined {
  const match = HALF_YEAR_TEXT.exec(text.trim());
  return match ? (`${match[1]}H${match[2]}` as HalfYear) : undefined;
}

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

/**
 * The half-years a chief is due to have certified by `asOf`: those of the project that have
 * ended (the chief certifies, every half-year, that the work *was* run as described), so
 * 2026H1 falls due on 2026-07-01, not on 2026-01-01. A half-year under way may already be
 * signed (see attestationHalfYears) but is not yet due.
 */
export function attestationHalfYearsEnded(project: Period, asOf: LocalDate): HalfYear[] {
  return attestationHalfYears(project, asOf).filter((halfYear) => halfYearEnd(halfYear) <= asOf);
}

/** The first day after a half-year (periods are half-open). */
function halfYearEnd(halfYear: HalfYear): LocalDate {
  const year = Number(halfYear.slice(0, 4));
  return halfYear.endsWith('H1') ? LocalDate.of(year, 7, 1) : LocalDate.of(year + 1, 1, 1);
}

/** The half-years due (ended by `asOf`) but not yet signed. */
export function attestationsDue(
  project: Period,
  asOf: LocalDate,
  signed: readonly HalfYear[],
): HalfYear[] {
  const done = new Set(signed);
  return attestationHalfYearsEnded(project, asOf).filter((halfYear) => !done.has(halfYear));
}
