import { Fte, LocalDate, Money, Period } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { budgetByMonth } from './budget-months.js';
import { budgetStatus } from './budget.js';
import type { CostedPost } from './post-cost.js';

const d = LocalDate.from;
// One full-time post all year at 30 000 kr a month and no on-cost: 360 000 kr a year, used
// by the day (the post-cost rule), so 360 000 × days / 365 to date.
const posts: CostedPost[] = [
  {
    municipalityId: '0604',
    fte: Fte.full,
    period: Period.year(2021),
    monthlySalary: Money.ofKronor(30_000),
  },
];
const budget = Money.ofKronor(480_000);

describe('budgetByMonth', () => {
  it('gives the budget to date in twelve even parts against the cost used to date, by hand', () => {
    const result = budgetByMonth({ budget, asOf: d('2021-03-31'), posts, onCost: '0' });
    if (!result.ok) throw new Error(result.error.code);
    const months = result.value;
    expect(months.map((m) => m.month)).toEqual([
      '2021-01',
      '2021-02',
      '2021-03',
      '2021-04',
      '2021-05',
      '2021-06',
      '2021-07',
      '2021-08',
      '2021-09',
      '2021-10',
      '2021-11',
      '2021-12',
    ]);
    // 480 000 kr / 12 = 40 000 kr a month.
    expect(months.map((m) => Money.toKronor(m.budgetToDate))).toEqual([
      40_000, 80_000, 120_000, 160_000, 200_000, 240_000, 280_000, 320_000, 360_000, 400_000,
      440_000, 480_000,
    ]);
    expect(months.slice(0, 3).map((m) => m.usedToDate && Money.toKronor(m.usedToDate))).toEqual([
      30_575.34, // 31 days
      58_191.78, // 59 days
      88_767.12, // 90 days
    ]);
    // Months not begun by asOf have no use yet.
    expect(months.slice(3).every((m) => m.usedToDate === null)).toBe(true);
  });

  it('counts the month of asOf through asOf, as the budget status does', () => {
    const asOf = d('2021-06-15');
    const result = budgetByMonth({ budget, asOf, posts, onCost: '40.15' });
    const status = budgetStatus({ budget, asOf, posts, onCost: '40.15' });
    if (!result.ok || !status.ok) throw new Error('refused');
    expect(result.value[5]?.usedToDate).toBe(status.value.committed);
    expect(result.value[6]?.usedToDate).toBeNull();
  });

  it('spreads a budget that does not divide by twelve so that December holds all of it', () => {
    const odd = Money.ofOre(1_000_001);
    const result = budgetByMonth({ budget: odd, asOf: d('2021-12-31'), posts, onCost: '0' });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value[11]?.budgetToDate).toBe(odd);
    expect(result.value[11]?.usedToDate).toBe(Money.ofKronor(360_000));
  });

  it('refuses as the budget status does', () => {
    const result = budgetByMonth({ budget: {}, asOf: d('2021-03-31'), posts, onCost: '0' });
    expect(result.ok ? 'ok' : result.error.code).toBe('FUNDING.BUDGET_MISSING');
  });
});
