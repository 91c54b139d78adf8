import { type Fte, type Result, Money, divideRounded, ok } from '@finsam-se/domain';
import { type FundingError, fundingFail } from './funding-error.js';
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

/**
 * Exact numerator of a salary cost over {@link SALARY_SCALE}:
 * monthly × months × fte(hundredths) × (10 000 + on-cost(hundredths of %)).
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
 * öre once, at the end.
 */
export function annualSalaryCost(
  input: AnnualSalaryCostInput,
): Result<Money, FundingError<'FUNDING.ON_COST_FORMAT' | 'FUNDING.BAD_MONTHS'>> {
  const months = input.months ?? 12;
  if (!Number.isSafeInteger(months) || months < 0) {
    return fundingFail('FUNDING.BAD_MONTHS', { field: 'months' });
  }
  const onCost = parseOnCostPercent(input.onCostPercent);
  if (!onCost.ok) return onCost;
  const numerator = salaryCostNumerator(input.monthlySalary, input.fte, onCost.value, months);
  return ok(Money.fromBigInt(divideRounded(numerator, SALARY_SCALE)));
}
