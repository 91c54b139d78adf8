import { Money, Period } from '@finsam-se/domain';
import {
  type CostedPost,
  type OnCostRates,
  costForPeriod,
  municipalitySalaries,
} from '@finsam-se/funding';
import type { CoachSalaryRow, SalarySettingRow } from '@finsam-se/persistence';
import type { PostRow } from '@finsam-se/reporting';
import { fromRule } from '../errors/refuse.js';
import type { FundingErrorCode } from '@finsam-se/funding';

/** On-cost per year from the salary settings (PO-pålägg is a setting, never a constant). */
export function onCostRates(settings: readonly SalarySettingRow[]): OnCostRates {
  return Object.fromEntries(settings.map((s) => [s.year, s.onCostPercent]));
}

/** A funding error as BAD_USER_INPUT on the field that chose the period. */
export function fundingRefusal(code: FundingErrorCode, field: string) {
  return fromRule({ code }, field);
}

/** Posts as the funding rules cost them, with each municipality's salary for the period. */
export function costedPosts(
  posts: readonly PostRow[],
  period: Period,
  coaches: readonly CoachSalaryRow[],
  settings: readonly SalarySettingRow[],
  /** The input field a missing salary setting is reported on. */
  field: string,
  /** Whose salaries count: coaches employed during this period (default: `period`). */
  salaryPeriod: Period = period,
): CostedPost[] {
  const inPeriod = posts.filter((post) => Period.overlaps(post.period, period));
  const salaries = municipalitySalaries({
    municipalityIds: [...new Set(inPeriod.map((post) => post.municipalityId))],
    period: salaryPeriod,
    coaches,
    settings,
  });
  if (!salaries.ok) throw fundingRefusal(salaries.error.code, field);
  return inPeriod.map((post) => ({
    municipalityId: post.municipalityId,
    fte: post.fte,
    period: post.period,
    monthlySalary: salaries.value[post.municipalityId] ?? Money.zero,
  }));
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
    const costed = costedPosts(posts, period, coaches, settings, field);
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
