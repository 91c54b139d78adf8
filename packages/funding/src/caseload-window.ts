import { LocalDate, type Period, type Result, ok } from '@finsam-se/domain';
import { type FundingError, fundingFail } from './funding-error.js';

/** The default window: the mean of the last six months. */
export const DEFAULT_WINDOW_MONTHS = 6;
export const MAX_WINDOW_MONTHS = 36;

/** N whole calendar months ending before a day: the months a caseload is followed over. */
export type CaseloadWindow = {
  readonly period: Period;
  /** `YYYY-MM`, oldest first. */
  readonly months: readonly string[];
};

/** Active participants of one unit in one month (`YYYY-MM`), as the caseload series counts them. */
export type MonthlyCount = {
  readonly month: string;
  readonly unitId: string;
  readonly active: number;
};

/**
 * The last `months` whole calendar months before the month of `before` (so a plan from
 * 1 July 2019 with six months looks at January–June 2019, and one made on 3 December
 * looks at June–November: the month under way is not whole yet).
 */
export function caseloadWindow(
  before: LocalDate,
  months: number,
): Result<CaseloadWindow, FundingError<'REALLOCATION.BAD_WINDOW'>> {
  if (!Number.isSafeInteger(months) || months < 1 || months > MAX_WINDOW_MONTHS) {
    return fundingFail('REALLOCATION.BAD_WINDOW', { field: 'windowMonths' });
  }
  const end = LocalDate.startOfMonth(before);
  const start = LocalDate.addMonths(end, -months);
  const keys: string[] = [];
  for (let i = 0; i < months; i += 1) keys.push(LocalDate.addMonths(start, i).slice(0, 7));
  return ok({ period: { start, end }, months: keys });
}

/**
 * "Följa de olika jobbcoachernas deltagarantal över tid": each unit's mean number of
 * active participants over the window's months. A month without a count counts as 0 (no
 * one active); counts outside the window are ignored; the same (month, unit) twice is
 * added. The mean is exact (not rounded): it is a weight, and rounding is for display.
 */
export function meanCaseload(
  counts: readonly MonthlyCount[],
  window: CaseloadWindow,
  unitIds: readonly string[],
): Record<string, number> {
  const inWindow = new Set(window.months);
  const sums: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const count of counts) {
    if (!inWindow.has(count.month)) continue;
    sums[count.unitId] = (sums[count.unitId] ?? 0) + count.active;
  }
  return meanCaseloadOfMonths(sums, window, unitIds);
}

/**
 * `meanCaseload` from each unit's participant-months in the window (the sum of its monthly
 * counts), as a statement that counts every enrollment's active months at once returns them:
 * the same mean, the months divided by the window's length.
 */
export function meanCaseloadOfMonths(
  activeMonths: Readonly<Record<string, number>>,
  window: CaseloadWindow,
  unitIds: readonly string[],
): Record<string, number> {
  return Object.fromEntries(
    unitIds.map((id) => [id, (activeMonths[id] ?? 0) / window.months.length]),
  );
}
