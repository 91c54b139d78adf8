// The dashboard's figures as charts: the outcome against goal by gender, the year's
// budget against what is committed of it, and the same month by month.
import type { Dashboard, OutcomeSummary } from '../api/types';
import type { ChartData } from './reportChartData';

const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? null : Math.round(share * 1000) / 10;

/** One bar for everyone and one per gender, each against the goal. */
export function outcomeChartOf(
  outcome: OutcomeSummary,
  labels: { all: string; share: string; goal: string; gender: (gender: string) => string },
): ChartData {
  const goal = percent(outcome.goal);
  return {
    kind: 'goal',
    unit: 'percent',
    series: [
      { key: 'share', label: labels.share },
      { key: 'goal', label: labels.goal },
    ],
    rows: [
      { category: labels.all, share: percent(outcome.share), goal },
      ...outcome.byGender.map((g) => ({
        category: labels.gender(g.gender),
        share: percent(g.share),
        goal,
      })),
    ],
  };
}

/** The budget and the committed amount (öre) as two labelled bars. */
export function budgetChartOf(
  budget: number,
  committed: number,
  labels: { budget: string; committed: string; amount: string },
): ChartData {
  return {
    kind: 'grouped',
    unit: 'money',
    series: [{ key: 'amount', label: labels.amount }],
    rows: [
      { category: labels.budget, amount: budget },
      { category: labels.committed, amount: committed },
    ],
  };
}

/**
 * The budget line month by month (öre): what is used to date as bars against the budget to
 * date as the line; a month not yet begun has no bar.
 */
export function budgetLineChartOf(
  months: Dashboard['budgetMonths'],
  labels: { usedToDate: string; budgetToDate: string },
): ChartData {
  return {
    kind: 'goal',
    unit: 'money',
    series: [
      { key: 'used', label: labels.usedToDate },
      { key: 'goal', label: labels.budgetToDate },
    ],
    rows: months.map((m) => ({
      category: m.month,
      used: m.usedToDate ?? null,
      goal: m.budgetToDate,
    })),
  };
}
