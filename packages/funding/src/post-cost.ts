import { type Fte, type Result, Money, Period, divideRounded, ok } from '@finsam-se/domain';
import { type FundingError, fundingFail } from './funding-error.js';
import { checkFte, checkPeriod, checkSalary, moneyWithinRange } from './funding-input.js';
import { type OnCostSetting, onCostHundredthsForYear } from './on-cost.js';
import { YEAR_FRACTION_SCALE, segmentWeight, yearSegments } from './proration.js';
import { SALARY_SCALE, salaryCostNumerator } from './salary-cost.js';

/** A coach post as the cost rules see it: who pays, how much of a full-time post, when. */
export type CostedPost = {
  readonly municipalityId: string;
  readonly fte: Fte;
  /** Half-open: `end` is the first day the post no longer runs. */
  readonly period: Period;
  /** Monthly salary of a full-time post, in öre. */
  readonly monthlySalary: Money;
};

/** Exact costs are numerators over this: FTE and on-cost scale × the year-fraction scale. */
export const COST_DENOMINATOR = SALARY_SCALE * YEAR_FRACTION_SCALE;

export type PostCostError = FundingError<
  | 'FUNDING.ON_COST_FORMAT'
  | 'FUNDING.ON_COST_MISSING'
  | 'FUNDING.BAD_SALARY'
  | 'FUNDING.BAD_FTE'
  | 'FUNDING.BAD_PERIOD'
  | 'FUNDING.TOO_LARGE'
>;

/** The post's salary, FTE and period, and the asked period, as the cost rules need them. */
function checkPostInput(
  post: CostedPost,
  period: Period,
): Result<true, FundingError<'FUNDING.BAD_SALARY' | 'FUNDING.BAD_FTE' | 'FUNDING.BAD_PERIOD'>> {
  // The details are built only for a refusal: this runs for every post on every call.
  if (!checkSalary(post.monthlySalary).ok)
    return fundingFail('FUNDING.BAD_SALARY', postField(post, 'monthlySalary'));
  if (!checkFte(post.fte).ok) return fundingFail('FUNDING.BAD_FTE', postField(post, 'fte'));
  if (!checkPeriod(post.period).ok)
    return fundingFail('FUNDING.BAD_PERIOD', postField(post, 'post.period'));
  const asked = checkPeriod(period);
  return asked.ok ? ok(true) : asked;
}

const postField = (post: CostedPost, field: string) => ({
  municipalityId: post.municipalityId,
  field,
});

/**
 * The exact, unrounded cost of a post within a period, over {@link COST_DENOMINATOR}:
 * for each calendar year, the exact annual cost × days of (post ∩ period) in that year ÷ days
 * in that year, with that year's on-cost. A negative, fractional or NaN salary or FTE, and a
 * post or period that does not end after it starts, are errors (never a cost of 0).
 */
export function postCostNumerator(
  post: CostedPost,
  period: Period,
  onCost: OnCostSetting,
): Result<bigint, PostCostError> {
  const checked = checkPostInput(post, period);
  if (!checked.ok) return checked;
  const overlap = Period.intersection(post.period, period);
  if (overlap === undefined || post.fte === 0) return ok(0n);
  let numerator = 0n;
  for (const segment of yearSegments(overlap)) {
    const rate = onCostHundredthsForYear(onCost, segment.year);
    if (!rate.ok) return rate;
    numerator +=
      salaryCostNumerator(post.monthlySalary, post.fte, rate.value) * segmentWeight(segment);
  }
  return ok(numerator);
}

/** Rounds an exact cost numerator half-up to whole öre; throws beyond exact öre (check first). */
export function roundCost(numerator: bigint): Money {
  return Money.fromBigInt(divideRounded(numerator, COST_DENOMINATOR));
}

/** Rounds an exact cost numerator half-up to whole öre, or an error beyond exact öre. */
export function roundCostWithinRange(
  numerator: bigint,
): Result<Money, FundingError<'FUNDING.TOO_LARGE'>> {
  return moneyWithinRange(divideRounded(numerator, COST_DENOMINATOR));
}

/**
 * Whether every cost of a plan stays within exact öre: a bound from the highest monthly salary,
 * the largest total FTE and the whole horizon (a fraction of years over the year-fraction
 * scale). Checked before costs are split, so that no rounding can throw.
 */
export function checkCostBound(input: {
  /** In öre. */
  readonly highestSalary: number;
  readonly largestFte: number;
  readonly onCostHundredths: bigint;
  readonly years: bigint;
}): Result<true, FundingError<'FUNDING.TOO_LARGE'>> {
  const bound =
    BigInt(input.highestSalary) *
    12n *
    BigInt(input.largestFte) *
    (10_000n + input.onCostHundredths) *
    input.years;
  const fits = roundCostWithinRange(bound);
  return fits.ok ? ok(true) : fits;
}

/**
 * Rounds the sum of exact costs once and splits it back over the parts by largest remainder
 * (Money.allocate), so that the parts add up to the total to the öre.
 */
export function splitExactly(numerators: readonly bigint[]): {
  total: Money;
  parts: Money[];
} {
  const sum = numerators.reduce((a, b) => a + b, 0n);
  const total = roundCost(sum);
  if (sum === 0n) return { total, parts: numerators.map(() => Money.zero) };
  return { total, parts: Money.allocate(total, numerators) };
}

/**
 * The cost of one post for a period: annual cost × days of (post ∩ period) ÷ days in the year,
 * per calendar year, rounded half-up to whole öre once.
 */
export function postCost(input: {
  readonly post: CostedPost;
  readonly period: Period;
  readonly onCost: OnCostSetting;
}): Result<Money, PostCostError> {
  const numerator = postCostNumerator(input.post, input.period, input.onCost);
  return numerator.ok ? roundCostWithinRange(numerator.value) : numerator;
}

export type MunicipalityCost = { readonly municipalityId: string; readonly cost: Money };

export type PeriodCost = {
  readonly period: Period;
  /** The whole cost, rounded once. */
  readonly total: Money;
  /** Cost of each post, in input order; they add up to `total`. */
  readonly posts: Money[];
  /** Cost of each municipality, in order of first appearance; they add up to `total`. */
  readonly municipalities: MunicipalityCost[];
};

/** Groups numerators by municipality, in order of first appearance. */
export function groupByMunicipality(
  ids: readonly string[],
  numerators: readonly bigint[],
): { ids: string[]; numerators: bigint[] } {
  const order: string[] = [];
  const sums = new Map<string, bigint>();
  ids.forEach((id, index) => {
    const previous = sums.get(id);
    if (previous === undefined) order.push(id);
    sums.set(id, (previous ?? 0n) + (numerators[index] ?? 0n));
  });
  return { ids: order, numerators: order.map((id) => sums.get(id) ?? 0n) };
}

/** The cost of every post and every municipality for a period, exact to the öre. */
export function costForPeriod(input: {
  readonly posts: readonly CostedPost[];
  readonly period: Period;
  readonly onCost: OnCostSetting;
}): Result<PeriodCost, PostCostError> {
  const numerators: bigint[] = [];
  for (const post of input.posts) {
    const numerator = postCostNumerator(post, input.period, input.onCost);
    if (!numerator.ok) return numerator;
    numerators.push(numerator.value);
  }
  const sum = roundCostWithinRange(numerators.reduce((a, b) => a + b, 0n));
  if (!sum.ok) return sum;
  const { total, parts } = splitExactly(numerators);
  const grouped = groupByMunicipality(
    input.posts.map((post) => post.municipalityId),
    numerators,
  );
  const byMunicipality = grouped.numerators.some((n) => n > 0n)
    ? Money.allocate(total, grouped.numerators)
    : grouped.numerators.map(() => Money.zero);
  return ok({
    period: input.period,
    total,
    posts: parts,
    municipalities: grouped.ids.map((municipalityId, index) => ({
      municipalityId,
      cost: byMunicipality[index] ?? Money.zero,
    })),
  });
}
