import { LocalDate, Money, Period } from '@finsam-se/domain';
import {
  type CostedPost,
  type OnCostRates,
  costForPeriod,
  describeFundingError,
} from '@finsam-se/funding';
import type { CoachSalaryRow, SalarySettingRow } from '@finsam-se/persistence';
import type { PostRow } from '@finsam-se/reporting';
import { AppError } from '../errors/error-codes.js';

/** On-cost per year from the salary settings (PO-pålägg is a setting, never a constant). */
export function onCostRates(settings: readonly SalarySettingRow[]): OnCostRates {
  return Object.fromEntries(settings.map((s) => [s.year, s.onCostPercent]));
}

/** The salary settings in force in a year: that year's, or else the latest before it. */
export function settingForYear<S extends { readonly year: number }>(
  settings: readonly S[],
  year: number,
): S | undefined {
  return (
    settings.find((s) => s.year === year) ?? [...settings].reverse().find((s) => s.year < year)
  );
}

/** A funding error as BAD_USER_INPUT on the field that chose the period. */
export function fundingRefusal(code: Parameters<typeof describeFundingError>[0], field: string) {
  return new AppError('BAD_USER_INPUT', describeFundingError(code, 'sv'), {
    field,
    reason: code,
  });
}

/**
 * The monthly salary a municipality's posts cost in a period: the mean salary of its
 * coaches employed during the period, or the year's standard salary from the salary
 * settings when it has none.
 */
export function salaryOf(
  municipalityId: string,
  period: Period,
  coaches: readonly CoachSalaryRow[],
  settings: readonly SalarySettingRow[],
): Money {
  const employed = coaches.filter(
    (c) =>
      c.municipalityId === municipalityId &&
      c.employedFrom < period.end &&
      (c.employedUntil === null || c.employedUntil > period.start),
  );
  if (employed.length > 0) {
    const sum = employed.reduce((acc, c) => acc + BigInt(c.monthlySalary), 0n);
    const n = BigInt(employed.length);
    return Money.fromBigInt((sum * 2n + n) / (2n * n));
  }
  return (
    settingForYear(settings, LocalDate.parts(period.start).year)?.standardMonthlySalary ??
    Money.zero
  );
}

/** Posts as the funding rules cost them, with each municipality's salary for the period. */
export function costedPosts(
  posts: readonly PostRow[],
  period: Period,
  coaches: readonly CoachSalaryRow[],
  settings: readonly SalarySettingRow[],
  /** Whose salaries count: coaches employed during this period (default: `period`). */
  salaryPeriod: Period = period,
): CostedPost[] {
  const salaries = new Map<string, Money>();
  return posts
    .filter((post) => Period.overlaps(post.period, period))
    .map((post) => {
      let salary = salaries.get(post.municipalityId);
      if (salary === undefined) {
        salary = salaryOf(post.municipalityId, salaryPeriod, coaches, settings);
        salaries.set(post.municipalityId, salary);
      }
      return {
        municipalityId: post.municipalityId,
        fte: post.fte,
        period: post.period,
        monthlySalary: salary,
      };
    });
}

/** Salary cost (incl. on-cost) per calendar year and municipality, exact to the öre. */
export function yearlyCosts(
  years: readonly number[],
  posts: readonly PostRow[],
  coaches: readonly CoachSalaryRow[],
  settings: readonly SalarySettingRow[],
  field: string,
): { year: number; municipalityId: string; cost: Money }[] {
  const onCost = onCostRates(settings);
  const out: { year: number; municipalityId: string; cost: Money }[] = [];
  for (const year of years) {
    const period = Period.year(year);
    const costed = costedPosts(posts, period, coaches, settings);
    if (costed.length === 0) continue;
    const cost = costForPeriod({ posts: costed, period, onCost });
    if (!cost.ok) throw fundingRefusal(cost.error.code, field);
    const byMunicipality = [...cost.value.municipalities].sort((a, b) =>
      a.municipalityId.localeCompare(b.municipalityId),
    );
    for (const line of byMunicipality)
      out.push({ year, municipalityId: line.municipalityId, cost: line.cost });
  }
  return out;
}
