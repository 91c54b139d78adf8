import {
  type Money,
  type Result,
  LocalDate,
  Period,
  divideRounded,
  isLeapYear,
} from '@finsam-se/domain';
import { type FundingError } from './funding-error.js';
import { checkAmount, checkPeriod, moneyWithinRange } from './funding-input.js';

/**
 * 365 × 366: a common multiple of the day counts of every year, so that days of common and
 * leap years can be added exactly as fractions of their own year.
 */
export const YEAR_FRACTION_SCALE = 133_590n;

/** The part of a period that falls in one calendar year. */
export type YearSegment = {
  readonly year: number;
  readonly period: Period;
  readonly days: number;
  readonly daysInYear: 365 | 366;
};

/**
 * Splits a period at every 1 January. A building block for checked periods: one that does not
 * end after it starts throws RangeError (it is never silently zero days).
 */
export function yearSegments(period: Period): YearSegment[] {
  if (!checkPeriod(period).ok) {
    throw new RangeError(`yearSegments needs a period that ends after it starts`);
  }
  const segments: YearSegment[] = [];
  const first = LocalDate.parts(period.start).year;
  const last = LocalDate.parts(LocalDate.addDays(period.end, -1)).year;
  for (let year = first; year <= last; year += 1) {
    const piece = Period.intersection(period, Period.year(year));
    if (piece === undefined) continue;
    segments.push({
      year,
      period: piece,
      days: Period.days(piece),
      daysInYear: isLeapYear(year) ? 366 : 365,
    });
  }
  return segments;
}

/** A segment as a fraction of its own year, over {@link YEAR_FRACTION_SCALE}. */
export function segmentWeight(segment: YearSegment): bigint {
  return BigInt(segment.days) * (YEAR_FRACTION_SCALE / BigInt(segment.daysInYear));
}

/** The period as a number of years (days of each year ÷ days in that year), over the scale. */
export function yearFraction(period: Period): bigint {
  return yearSegments(period).reduce((sum, segment) => sum + segmentWeight(segment), 0n);
}

export type ProrateError = FundingError<
  'FUNDING.BAD_AMOUNT' | 'FUNDING.BAD_PERIOD' | 'FUNDING.TOO_LARGE'
>;

/**
 * Prorates an annual amount (a budget, an annual cost) by days:
 * amount × days in the period ÷ days in its year, summed over the years it touches, rounded
 * half-up to whole öre once. A negative, fractional or NaN amount, a period that ends before
 * it starts (or on the day it starts) and a result beyond exact öre are errors.
 */
export function prorateAnnual(
  annual: Money,
  period: Period,
  field = 'annual',
): Result<Money, ProrateError> {
  const amount = checkAmount(annual, { field });
  if (!amount.ok) return amount;
  const checked = checkPeriod(period);
  if (!checked.ok) return checked;
  const ore = divideRounded(BigInt(amount.value) * yearFraction(period), YEAR_FRACTION_SCALE);
  return moneyWithinRange(ore, { field });
}
