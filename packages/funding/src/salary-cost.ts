import { type Fte, type Result, type Money, divideRounded } from '@finsam-se/domain';
import { type FundingError, fundingFail } from './funding-error.js';
import { checkFte, checkSalary, moneyWithinRange } from './funding-input.js';
import { parseOnCostPercent } from './on-cost.js';

/** FTE is in hundredths and on-cost in hundredths of a percent: 100 × 10 000. */
export const SALARY_SCALE = 1_000_000n;

export type AnnualSalaryCostInput = {
  /** Monthly salary of a full-time post, in öre. */
  readonly monthlySalary: Money;
  readonly fte: Fte;
  /** On-cost (PO-pålägg) in percent, e.g. `"40.15"`. */
  readonly onCostPercent: string;
  /** Months of salary; 12 unless given. */
  readonly months?: number;
};

export type AnnualSalaryCostError = FundingError<
  | 'FUNDING.ON_COST_FORMAT'
  | 'FUNDING.BAD_MONTHS'
  | 'FUNDING.BAD_SALARY'
  | 'FUNDING.BAD_FTE'
  | 'FUNDING.TOO_LARGE'
>;

/**
 * Exact numerator of a salary cost over {@link SALARY_SCALE}:
 * monthly × months × fte(hundredths) × (10 000 + on-cost(hundredths of %)).
 * A building block for checked input: a fraction or NaN throws RangeError (use
 * {@link annualSalaryCost} for input that has not been checked).
 */
export function salaryCostNumerator(
  monthlySalary: Money,
  fte: Fte,
  onCostHundredths: bigint,
  months: number | bigint = 12,
): bigint {
  return BigInt(monthlySalary) * BigInt(months) * BigInt(fte) * (10_000n + onCostHundredths);
}

/**
 * Monthly salary × months × FTE × (1 + on-cost), in integers only, rounded half-up to whole
 * öre once, at the end. Any input gives a value: a negative, fractional or NaN salary, FTE or
 * month count, or a cost beyond what a number holds exactly, is an error, never a throw or NaN.
 */
export function annualSalaryCost(
  input: AnnualSalaryCostInput,
): Result<Money, AnnualSalaryCostError> {
  const months = input.months ?? 12;
  if (!Number.isSafeInteger(months) || months < 0) {
    return fundingFail('FUNDING.BAD_MONTHS', { field: 'months' });
  }
  const salary = checkSalary(input.monthlySalary);
  if (!salary.ok) return salary;
  const fte = checkFte(input.fte);
  if (!fte.ok) return fte;
  const onCost = parseOnCostPercent(input.onCostPercent);
  if (!onCost.ok) return onCost;
  const numerator = salaryCostNumerator(salary.value, fte.value, onCost.value, months);
  return moneyWithinRange(divideRounded(numerator, SALARY_SCALE), { field: 'monthlySalary' });
}
