import { describe, expect, it } from 'vitest';
import { hasFigures } from './reportChartData';
import { budgetLineChartOf } from './dashboardChartData';

const labels = { usedToDate: 'Förbrukat hittills', budgetToDate: 'Budget hittills' };

describe('budgetLineChartOf', () => {
  it('draws used to date as bars against the budget to date as the goal line, month by month', () => {
    const chart = budgetLineChartOf(
      [
        { month: '2026-01', budgetToDate: 100_00, usedToDate: 80_00 },
        { month: '2026-02', budgetToDate: 200_00, usedToDate: 170_00 },
        { month: '2026-03', budgetToDate: 300_00, usedToDate: null },
      ],
      labels,
    );
    expect(chart).toMatchObject({ kind: 'goal', unit: 'money' });
    expect(chart.series.map((s) => s.key)).toEqual(['used', 'goal']);
    expect(chart.rows).toEqual([
      { category: '2026-01', used: 80_00, goal: 100_00 },
      { category: '2026-02', used: 170_00, goal: 200_00 },
      // A month not yet begun has no bar, only its budget to date.
      { category: '2026-03', used: null, goal: 300_00 },
    ]);
    expect(hasFigures(chart)).toBe(true);
  });

  it('has no figures when nothing is used yet', () => {
    const chart = budgetLineChartOf(
      [{ month: '2026-01', budgetToDate: 100_00, usedToDate: null }],
      labels,
    );
    expect(hasFigures(chart)).toBe(false);
  });
});
