import { type Fte, type Result, LocalDate, Money, type Period, ok } from '@finsam-se/domain';
import { type FundingError, fundingFail } from './funding-error.js';

// Money and Fte are branded numbers, but a caller (a database row, a cast, a spreadsheet) can
// still hand over NaN, a fraction or a negative. These checks turn such input into an error
// value before any BigInt conversion could throw or any sum could turn into NaN.

type Details = { readonly field?: string; readonly municipalityId?: string };

// Default details as constants: a default written as a literal is a new object on every call.
const SALARY: Details = { field: 'monthlySalary' };
const FTE: Details = { field: 'fte' };
const PERIOD: Details = { field: 'period' };

const isWholeNonNegative = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

/** A monthly salary: a whole, non-negative, safe number of öre. */
export function checkSalary(
  salary: Money,
  details: Details = SALARY,
): Result<Money, FundingError<'FUNDING.BAD_SALARY'>> {
  return isWholeNonNegative(salary) ? ok(salary) : fundingFail('FUNDING.BAD_SALARY', details);
}

/** An FTE: a whole, non-negative, safe number of hundredths. */
export function checkFte(
  fte: Fte,
  details: Details = FTE,
): Result<Fte, FundingError<'FUNDING.BAD_FTE'>> {
  return isWholeNonNegative(fte) ? ok(fte) : fundingFail('FUNDING.BAD_FTE', details);
}

/** A budget or a cost: a whole, non-negative, safe number of öre. */
export function checkAmount(
  amount: Money,
  details: Details,
): Result<Money, FundingError<'FUNDING.BAD_AMOUNT'>> {
  return isWholeNonNegative(amount) ? ok(amount) : fundingFail('FUNDING.BAD_AMOUNT', details);
}

/** A half-open period of real calendar dates that ends after it starts. */
export function checkPeriod(
  period: Period,
  details: Details = PERIOD,
): Result<Period, FundingError<'FUNDING.BAD_PERIOD'>> {
  return LocalDate.isCanonical(period.start) &&
    LocalDate.isCanonical(period.end) &&
    period.start < period.end
    ? ok(period)
    : fundingFail('FUNDING.BAD_PERIOD', details);
}

/** Whole öre as Money, or an error when the amount is beyond what a number holds exactly. */
export function moneyWithinRange(
  ore: bigint,
  details: Details = {},
): Result<Money, FundingError<'FUNDING.TOO_LARGE'>> {
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  return ore <= limit && ore >= -limit
    ? ok(Money.fromBigInt(ore))
    : fundingFail('FUNDING.TOO_LARGE', details);
}
