import { type Result, ok } from '@finsam-se/domain';
import { type FundingError, fundingFail } from './funding-error.js';

/**
 * On-cost (PO-pålägg) as the steering group writes it: a percentage with at most two
 * decimals, such as `"40.15"` or `"40,15 %"`. Kept as text so that no float ever touches it.
 */
export type OnCostPercent = string;

/** On-cost per calendar year, e.g. `{ 2021: '40.15' }`. A setting, never a constant in code. */
export type OnCostRates = Readonly<Record<number, OnCostPercent>>;

/** Either one rate for every year, or a rate per year. */
export type OnCostSetting = OnCostPercent | OnCostRates;

const PERCENT = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/;

/**
 * Parses an on-cost percentage exactly, as hundredths of a percent: `"40.15"` → `4015n`.
 * Rejects signs, more than two decimals, thousands separators and anything else.
 */
export function parseOnCostPercent(
  input: string,
  field = 'onCostPercent',
): Result<bigint, FundingError<'FUNDING.ON_COST_FORMAT'>> {
  const match = PERCENT.exec(input.trim());
  if (!match) return fundingFail('FUNDING.ON_COST_FORMAT', { field });
  const [, whole = '0', fraction = ''] = match;
  return ok(BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0') || '0'));
}

/** The on-cost rate that applies in a year. */
export function onCostForYear(
  setting: OnCostSetting,
  year: number,
): Result<OnCostPercent, FundingError<'FUNDING.ON_COST_MISSING'>> {
  if (typeof setting === 'string') return ok(setting);
  const rate = setting[year];
  return rate === undefined
    ? fundingFail('FUNDING.ON_COST_MISSING', { field: `onCost.${year}` })
    : ok(rate);
}

/** Looks up and parses the rate of a year: hundredths of a percent. */
export function onCostHundredthsForYear(
  setting: OnCostSetting,
  year: number,
): Result<bigint, FundingError<'FUNDING.ON_COST_MISSING' | 'FUNDING.ON_COST_FORMAT'>> {
  const rate = onCostForYear(setting, year);
  if (!rate.ok) return rate;
  return parseOnCostPercent(
    rate.value,
    typeof setting === 'string' ? 'onCostPercent' : `onCost.${year}`,
  );
}
