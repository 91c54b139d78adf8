import { type Result, LocalDate, Money, ok } from '@finsam-se/domain';
import { type BudgetStatusError, type BudgetStatusInput, budgetStatus } from './budget.js';

/** One month of the year's budget line: the budget to date against what is used to date. */
export type BudgetMonth = {
  /** `YYYY-MM`. */
  readonly month: string;
  /** The year's budget spread evenly over its twelve months, summed through this month. */
  readonly budgetToDate: Money;
  /**
   * Salary cost committed from 1 January through the month's last day (through `asOf` in
   * `asOf`'s month); null for a month that has not begun by `asOf`.
   */
  readonly usedToDate: Money | null;
};

const pad = (month: number) => String(month).padStart(2, '0');

/**
 * The budget line month by month for the year of `asOf` (or `year`): the budget to date
 * (the year's budget in twelve even parts, the öre left over by largest remainder, so
 * December's budget to date is the whole budget) against the cost committed to date, by
 * the one budget rule (`budgetStatus`) at each month's end.
 */
export function budgetByMonth(
  input: BudgetStatusInput,
): Result<readonly BudgetMonth[], BudgetStatusError> {
  const whole = budgetStatus(input);
  if (!whole.ok) return whole;
  const { year, budget } = whole.value;
  const parts = Money.allocate(
    budget,
    Array.from({ length: 12 }, () => 1),
  );
  const months: BudgetMonth[] = [];
  let budgetToDate = Money.zero;
  for (let month = 1; month <= 12; month += 1) {
    budgetToDate = Money.add(budgetToDate, parts[month - 1] ?? Money.zero);
    const first = LocalDate.of(year, month, 1);
    const last = LocalDate.addDays(LocalDate.addMonths(first, 1), -1);
    let usedToDate: Money | null = null;
    if (first <= input.asOf) {
      const status = budgetStatus({ ...input, year, asOf: LocalDate.min(last, input.asOf) });
      if (!status.ok) return status;
      usedToDate = status.value.committed;
    }
    months.push({ month: `${year}-${pad(month)}`, budgetToDate, usedToDate });
  }
  return ok(months);
}
