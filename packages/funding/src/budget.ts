import { type Result, LocalDate, Money, Period, ok } from '@finsam-se/domain';
import { type FundingError, fundingFail } from './funding-error.js';
import { checkAmount } from './funding-input.js';
import { type OnCostSetting } from './on-cost.js';
import {
  type CostedPost,
  type PostCostError,
  groupByMunicipality,
  postCostNumerator,
  roundCostWithinRange,
} from './post-cost.js';

/** A project's budget per calendar year, e.g. `{ 2021: Money.ofKronor(3_800_000) }`. */
export type ProjectBudget = Readonly<Record<number, Money>>;

/** The budget of a year. */
export function budgetForYear(
  budget: ProjectBudget,
  year: number,
): Result<Money, FundingError<'FUNDING.BUDGET_MISSING'>> {
  const amount = budget[year];
  return amount === undefined
    ? fundingFail('FUNDING.BUDGET_MISSING', { field: `budget.${year}` })
    : ok(amount);
}

export type MunicipalityBudgetLine = {
  readonly municipalityId: string;
  readonly committed: Money;
  readonly remaining: Money;
  readonly forecast: Money;
};

/** Where a year's salary budget stands on a date. */
export type BudgetStatus = {
  readonly year: number;
  /** Committed covers 1 January up to and including this date. */
  readonly asOf: LocalDate;
  readonly budget: Money;
  /** Salary cost from 1 January through `asOf`. */
  readonly committed: Money;
  /** Salary cost from the day after `asOf` to 31 December, if the posts run as planned. */
  readonly remaining: Money;
  /** committed + remaining: the whole year's cost. */
  readonly forecast: Money;
  /** budget − forecast; negative when the year is overspent. */
  readonly margin: Money;
  /** Per municipality, in order of first appearance; every column adds up to its total. */
  readonly municipalities: MunicipalityBudgetLine[];
};

export type BudgetStatusInput = {
  /** The year's budget, or the project's budget per year. */
  readonly budget: Money | ProjectBudget;
  /** The calendar year; the year of `asOf` unless given. */
  readonly year?: number;
  readonly asOf: LocalDate;
  readonly posts: readonly CostedPost[];
  readonly onCost: OnCostSetting;
};

export type BudgetStatusError =
  PostCostError | FundingError<'FUNDING.BUDGET_MISSING' | 'FUNDING.BAD_AMOUNT'>;

function split(total: Money, weights: readonly bigint[]): Money[] {
  return weights.some((weight) => weight > 0n)
    ? Money.allocate(total, weights)
    : weights.map(() => Money.zero);
}

/**
 * Committed cost to date, forecast to year end and remaining margin. The forecast is rounded
 * once; committed and remaining are its largest-remainder split, so they add up exactly.
 * A budget or post that is not whole, non-negative öre (or FTE), and a forecast beyond exact
 * öre, are errors.
 */
export function budgetStatus(input: BudgetStatusInput): Result<BudgetStatus, BudgetStatusError> {
  const year = input.year ?? LocalDate.parts(input.asOf).year;
  const budget =
    typeof input.budget === 'number' ? ok(input.budget) : budgetForYear(input.budget, year);
  if (!budget.ok) return budget;
  const budgetAmount = checkAmount(budget.value, { field: 'budget' });
  if (!budgetAmount.ok) return budgetAmount;
  const whole = Period.year(year);
  const cut = LocalDate.min(
    LocalDate.max(LocalDate.addDays(input.asOf, 1), whole.start),
    whole.end,
  );
  const before = { start: whole.start, end: cut };
  const after = { start: cut, end: whole.end };
  const committedParts: bigint[] = [];
  const remainingParts: bigint[] = [];
  for (const post of input.posts) {
    const a = cut > whole.start ? postCostNumerator(post, before, input.onCost) : ok(0n);
    if (!a.ok) return a;
    const b = cut < whole.end ? postCostNumerator(post, after, input.onCost) : ok(0n);
    if (!b.ok) return b;
    committedParts.push(a.value);
    remainingParts.push(b.value);
  }
  const committedSum = committedParts.reduce((x, y) => x + y, 0n);
  const remainingSum = remainingParts.reduce((x, y) => x + y, 0n);
  const rounded = roundCostWithinRange(committedSum + remainingSum);
  if (!rounded.ok) return rounded;
  const forecast = rounded.value;
  const [committed = Money.zero, remaining = Money.zero] = split(forecast, [
    committedSum,
    remainingSum,
  ]);
  const ids = input.posts.map((post) => post.municipalityId);
  const committedBy = groupByMunicipality(ids, committedParts);
  const remainingBy = groupByMunicipality(ids, remainingParts);
  const committedSplit = split(committed, committedBy.numerators);
  const remainingSplit = split(remaining, remainingBy.numerators);
  return ok({
    year,
    asOf: input.asOf,
    budget: budget.value,
    committed,
    remaining,
    forecast,
    margin: Money.subtract(budget.value, forecast),
    municipalities: committedBy.ids.map((municipalityId, index) => {
      const c = committedSplit[index] ?? Money.zero;
      const r = remainingSplit[index] ?? Money.zero;
      return { municipalityId, committed: c, remaining: r, forecast: Money.add(c, r) };
    }),
  });
}
