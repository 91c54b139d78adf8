import { LocalDate } from '../core/local-date.js';
import type { Period } from '../core/period.js';

/** A calendar month as `YYYY-MM`. */
export type YearMonth = `${number}-${string}`;

/**
 * How an SE group kept its monthly rhythm over a window: "kommunvisa SE-grupper som träffas
 * varje månad" (the project description, §6). Only whole calendar months count, so the month
 * under way is never a missed month.
 */
export type MeetingCadence = {
  /** Whole calendar months in the window. */
  readonly months: number;
  /** Months with at least one meeting. */
  readonly monthsMet: number;
  /** Months without a meeting, oldest first. */
  readonly missedMonths: readonly YearMonth[];
  /** The latest meeting on or before the window's end, or null if none. */
  readonly lastHeldOn: LocalDate | null;
  /** True when any month of the window passed without a meeting. */
  readonly behind: boolean;
};

function yearMonthOf(date: LocalDate): YearMonth {
  return date.slice(0, 7) as YearMonth;
}

/** The first day of the first whole month on or after `date`. */
function firstWholeMonth(date: LocalDate): LocalDate {
  const start = LocalDate.startOfMonth(date);
  return start === date ? start : LocalDate.addMonths(start, 1);
}

/**
 * The whole months to judge on `asOf`: the `months` calendar months before the month of
 * `asOf` (the month under way has not yet been missed), never before `within.start` (a month
 * the period starts inside is left out) nor after `within.end`.
 */
export function meetingWindow(asOf: LocalDate, months: number, within?: Period): Period {
  let end = LocalDate.startOfMonth(asOf);
  let start = LocalDate.addMonths(end, -Math.max(0, Math.floor(months)));
  if (within) {
    start = LocalDate.max(start, firstWholeMonth(within.start));
    end = LocalDate.min(end, LocalDate.startOfMonth(within.end));
  }
  return { start, end: LocalDate.max(start, end) };
}

/**
 * The months of `window` (whole months, half-open) in which the group did not meet.
 * `heldOn` may be in any order and include meetings outside the window.
 */
export function meetingCadence(heldOn: readonly LocalDate[], window: Period): MeetingCadence {
  const met = new Set(heldOn.map(yearMonthOf));
  const missedMonths: YearMonth[] = [];
  let months = 0;
  for (let month = window.start; month < window.end; month = LocalDate.addMonths(month, 1)) {
    months += 1;
    if (!met.has(yearMonthOf(month))) missedMonths.push(yearMonthOf(month));
  }
  const before = heldOn.filter((day) => day < window.end);
  const lastHeldOn = before.length === 0 ? null : before.reduce((a, b) => LocalDate.max(a, b));
  return {
    months,
    monthsMet: months - missedMonths.length,
    missedMonths,
    lastHeldOn,
    behind: missedMonths.length > 0,
  };
}
