import { Fte, LocalDate, Money, Period } from '@finsam-se/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetForYear, budgetStatus } from './budget.js';
import { type CostedPost, costForPeriod } from './post-cost.js';

const d = LocalDate.from;
const posts: CostedPost[] = [
  {
    municipalityId: '0604',
    fte: Fte.full,
    period: Period.year(2021),
    monthlySalary: Money.ofKronor(32_000),
  },
  {
    municipalityId: '0682',
    fte: Fte.ofHundredths(150),
    period: { start: d('2021-04-01'), end: d('2022-01-01') },
    monthlySalary: Money.ofKronor(33_000),
  },
];
const budget = Money.ofKronor(3_800_000);

describe('budgetStatus', () => {
  it('splits the year’s forecast into committed and remaining that add up exactly', () => {
    const result = budgetStatus({ budget, asOf: d('2021-06-30'), posts, onCost: '40.15' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const status = result.value;
    expect(status.year).toBe(2021);
    expect(status.committed + status.remaining).toBe(status.forecast);
    expect(status.margin).toBe(budget - status.forecast);
    const whole = costForPeriod({ posts, period: Period.year(2021), onCost: '40.15' });
    expect(whole.ok && whole.value.total).toBe(status.forecast);
    const h1 = costForPeriod({ posts, period: Period.halfYear(2021, 1), onCost: '40.15' });
    expect(h1.ok && Math.abs(h1.value.total - status.committed)).toBeLessThanOrEqual(1);
  });

  it('counts the asOf day as committed', () => {
    const result = budgetStatus({ budget, asOf: d('2021-12-31'), posts, onCost: '40.15' });
    expect(result).toMatchObject({ ok: true, value: { remaining: 0 } });
    const early = budgetStatus({
      budget,
      year: 2021,
      asOf: d('2020-12-31'),
      posts,
      onCost: '40.15',
    });
    expect(early).toMatchObject({ ok: true, value: { committed: 0 } });
  });

  it('breaks committed, remaining and forecast down by municipality without drift', () => {
    const result = budgetStatus({ budget, asOf: d('2021-08-15'), posts, onCost: '40.15' });
    if (!result.ok) throw new Error('expected ok');
    const lines = result.value.municipalities;
    expect(lines.map((l) => l.municipalityId)).toEqual(['0604', '0682']);
    expect(Money.sum(lines.map((l) => l.committed))).toBe(result.value.committed);
    expect(Money.sum(lines.map((l) => l.remaining))).toBe(result.value.remaining);
    expect(Money.sum(lines.map((l) => l.forecast))).toBe(result.value.forecast);
  });

  it('reads the budget of the year from a per-year budget', () => {
    const perYear = { 2021: budget, 2022: Money.ofKronor(4_000_000) };
    expect(
      budgetStatus({ budget: perYear, asOf: d('2021-03-01'), posts, onCost: '40.15' }),
    ).toMatchObject({ ok: true, value: { budget } });
    expect(
      budgetStatus({ budget: perYear, asOf: d('2023-03-01'), posts, onCost: '40.15' }),
    ).toMatchObject({ ok: false, error: { code: 'FUNDING.BUDGET_MISSING', field: 'budget.2023' } });
  });

  it('passes on-cost errors through', () => {
    expect(budgetStatus({ budget, asOf: d('2021-03-01'), posts, onCost: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'FUNDING.ON_COST_FORMAT' },
    });
  });

  it('always adds up, whatever the date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 375 }), (offset) => {
        const asOf = LocalDate.addDays(d('2021-01-01'), offset);
        const result = budgetStatus({ budget, year: 2021, asOf, posts, onCost: '40.15' });
        if (!result.ok) throw new Error('expected ok');
        expect(result.value.committed + result.value.remaining).toBe(result.value.forecast);
        expect(result.value.committed).toBeGreaterThanOrEqual(0);
        expect(result.value.remaining).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('budgetForYear', () => {
  it('finds the budget of a year or names the missing one', () => {
    expect(budgetForYear({ 2021: budget }, 2021)).toEqual({ ok: true, value: budget });
    expect(budgetForYear({}, 2021)).toMatchObject({ ok: false, error: { field: 'budget.2021' } });
  });
});
