import { LocalDate, Money, type Period, type Result, ok } from '@finsam-se/domain';
import { type FundingError, fundingFail } from './funding-error.js';

/** A coach's pay and employment (half-open: `employedUntil` is the first day not employed). */
export type CoachPay = {
  readonly municipalityId: string;
  readonly monthlySalary: Money;
  readonly employedFrom: LocalDate;
  readonly employedUntil: LocalDate | null;
};

/** The salary settings of a year: the standard monthly salary of a full-time coach. */
export type StandardSalarySetting = {
  readonly year: number;
  readonly standardMonthlySalary: Money;
};

export type SalarySettingMissing = FundingError<'SALARY.SETTING_MISSING'>;

/**
 * The salary settings in force in a year: that year's, or else the latest year before it
 * (a setting stays in force until the steering group enters a new one).
 */
export function settingInForce<S extends { readonly year: number }>(
  settings: readonly S[],
  year: number,
): S | undefined {
  let latest: S | undefined;
  for (const setting of settings) {
    if (setting.year === year) return setting;
    if (setting.year < year && (latest === undefined || setting.year > latest.year))
      latest = setting;
  }
  return latest;
}

/** The standard monthly salary in force in a year; a missing setting is a value, never 0. */
export function standardMonthlySalary(
  settings: readonly StandardSalarySetting[],
  year: number,
): Result<Money, SalarySettingMissing> {
  const setting = settingInForce(settings, year);
  return setting === undefined
    ? fundingFail('SALARY.SETTING_MISSING', { field: `salarySettings.${year}` })
    : ok(setting.standardMonthlySalary);
}

function employedDuring(coach: CoachPay, period: Period): boolean {
  return (
    coach.employedFrom < period.end &&
    (coach.employedUntil === null || coach.employedUntil > period.start)
  );
}

/** Mean of whole-öre salaries, rounded half-up once. */
function meanSalary(salaries: readonly Money[]): Money {
  const sum = salaries.reduce((acc, salary) => acc + BigInt(salary), 0n);
  const n = BigInt(salaries.length);
  return Money.fromBigInt((sum * 2n + n) / (2n * n));
}

export type MunicipalitySalaryInput = {
  readonly municipalityIds: readonly string[];
  /** Whose salaries count: coaches employed at some time in this period. */
  readonly period: Period;
  readonly coaches: readonly CoachPay[];
  /** The standard salary of the year `period` starts in is the fallback. */
  readonly settings: readonly StandardSalarySetting[];
};

/**
 * The monthly salary each municipality's posts cost: the mean salary of its coaches employed
 * during the period, or the standard monthly salary in force that year when it has none.
 * The one rule behind every "committed" and forecast figure (dashboard, reports and the
 * reallocation screen). A municipality that needs the standard salary when no setting exists
 * is `SALARY.SETTING_MISSING`, for the caller to show.
 */
export function municipalitySalaries(
  input: MunicipalitySalaryInput,
): Result<Readonly<Record<string, Money>>, SalarySettingMissing> {
  const byMunicipality = new Map<string, Money[]>();
  for (const coach of input.coaches) {
    if (!employedDuring(coach, input.period)) continue;
    const list = byMunicipality.get(coach.municipalityId) ?? [];
    list.push(coach.monthlySalary);
    byMunicipality.set(coach.municipalityId, list);
  }
  const year = LocalDate.parts(input.period.start).year;
  const salaries: Record<string, Money> = {};
  for (const municipalityId of input.municipalityIds) {
    const paid = byMunicipality.get(municipalityId);
    if (paid !== undefined) {
      salaries[municipalityId] = meanSalary(paid);
      continue;
    }
    const standard = standardMonthlySalary(input.settings, year);
    if (!standard.ok) return standard;
    salaries[municipalityId] = standard.value;
  }
  return ok(salaries);
}
