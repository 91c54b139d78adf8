// The dashboard's figures as charts: the outcome against goal by gender, and the year's
// budget against what is committed of it.
import type { OutcomeSummary } from '../api/types';
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
