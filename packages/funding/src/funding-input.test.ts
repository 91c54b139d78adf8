import { Fte, LocalDate, Money, Period, type Period as PeriodType } from '@finsam-se/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetStatus } from './budget.js';
import { fundingErrorCodes } from './funding-error.js';
import {
  checkAmount,
  checkFte,
  checkPeriod,
  checkSalary,
  moneyWithinRange,
} from './funding-input.js';
import { planReallocation } from './plan-reallocation.js';
import { type CostedPost, costForPeriod, postCost } from './post-cost.js';
import { prorateAnnual } from './proration.js';
import { hostileNumbers, unchecked, uncheckedFte } from './test-support/hostile-input.js';
import { hoglandetInput } from './test-support/hoglandet.js';
import { validateReallocation } from './validate-reallocation.js';

const d = LocalDate.from;
/** A period as a caller might build it by hand, without Period's checks. */
const span = (start: string, end: string): PeriodType => ({ start: d(start), end: d(end) });
const post = (over: Partial<CostedPost> = {}): CostedPost => ({
  municipalityId: '0682',
  fte: Fte.full,
  period: Period.year(2021),
  monthlySalary: Money.ofKronor(32_000),
  ...over,
});
const year2021 = Period.year(2021);
// 500 000 000 000 000 öre a month × 12 = 6 000 000 000 000 000: one such post fits in exact
// öre (Number.MAX_SAFE_INTEGER is 9 007 199 254 740 991), two do not.
const hugeSalary = Money.ofOre(500_000_000_000_000);

describe('input checks', () => {
  it('accept whole, non-negative, safe numbers and real, ordered periods', () => {
    expect(checkSalary(Money.ofOre(0))).toEqual({ ok: true, value: 0 });
    expect(checkFte(Fte.ofHundredths(150))).toEqual({ ok: true, value: 150 });
    expect(checkAmount(Money.ofKronor(3_800_000), { field: 'budget' }).ok).toBe(true);
    expect(checkPeriod(span('2021-12-31', '2022-01-01')).ok).toBe(true);
    expect(moneyWithinRange(BigInt(Number.MAX_SAFE_INTEGER))).toEqual({
      ok: true,
      value: Number.MAX_SAFE_INTEGER,
    });
  });

  it('refuse negatives, fractions, NaN, infinities and unsafe numbers', () => {
    for (const bad of [-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(checkSalary(unchecked(bad))).toMatchObject({ error: { code: 'FUNDING.BAD_SALARY' } });
      expect(checkFte(uncheckedFte(bad))).toMatchObject({ error: { code: 'FUNDING.BAD_FTE' } });
      expect(checkAmount(unchecked(bad), { field: 'cost' })).toMatchObject({
        error: { code: 'FUNDING.BAD_AMOUNT', field: 'cost' },
      });
    }
    expect(moneyWithinRange(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toMatchObject({
      error: { code: 'FUNDING.TOO_LARGE' },
    });
  });

  it('refuse a period that ends before it starts, on the day it starts, or on no real day', () => {
    for (const period of [
      span('2021-07-01', '2021-03-01'),
      span('2021-07-01', '2021-07-01'),
      { start: '2021-02-30', end: '2021-03-01' } as PeriodType,
      { start: ' 2021-01-01', end: '2021-03-01' } as PeriodType,
    ]) {
      expect(checkPeriod(period)).toMatchObject({ error: { code: 'FUNDING.BAD_PERIOD' } });
    }
  });
});

describe('costs refuse bad input as a value', () => {
  it('a post or a period that ends before it starts is an error, not a cost of 0', () => {
    const backwards = span('2021-07-01', '2021-03-01');
    expect(postCost({ post: post({ period: backwards }), period: year2021, onCost: '40' })).toEqual(
      {
        ok: false,
        error: {
          code: 'FUNDING.BAD_PERIOD',
          message: 'The period must end after it starts.',
          field: 'post.period',
          municipalityId: '0682',
        },
      },
    );
    expect(postCost({ post: post(), period: backwards, onCost: '40' })).toMatchObject({
      ok: false,
      error: { code: 'FUNDING.BAD_PERIOD', field: 'period' },
    });
    expect(costForPeriod({ posts: [post()], period: backwards, onCost: '40' })).toMatchObject({
      ok: false,
      error: { code: 'FUNDING.BAD_PERIOD' },
    });
    expect(prorateAnnual(Money.ofKronor(3_800_000), backwards)).toMatchObject({
      ok: false,
      error: { code: 'FUNDING.BAD_PERIOD' },
    });
  });

  it('a NaN, fractional or negative salary or FTE is an error, never a throw', () => {
    const cost = (over: Partial<CostedPost>) =>
      postCost({ post: post(over), period: year2021, onCost: '40' });
    expect(cost({ monthlySalary: unchecked(Number.NaN) })).toMatchObject({
      error: { code: 'FUNDING.BAD_SALARY', municipalityId: '0682' },
    });
    expect(cost({ monthlySalary: unchecked(3_200_000.5) })).toMatchObject({
      error: { code: 'FUNDING.BAD_SALARY' },
    });
    expect(cost({ fte: uncheckedFte(-50) })).toMatchObject({ error: { code: 'FUNDING.BAD_FTE' } });
    expect(cost({ fte: uncheckedFte(Number.NaN) })).toMatchObject({
      error: { code: 'FUNDING.BAD_FTE' },
    });
  });

  it('a total beyond exact öre is an error, not a rounded or thrown number', () => {
    const one = post({ monthlySalary: hugeSalary });
    expect(costForPeriod({ posts: [one], period: year2021, onCost: '0' })).toMatchObject({
      ok: true,
      value: { total: 6_000_000_000_000_000 },
    });
    expect(costForPeriod({ posts: [one, one], period: year2021, onCost: '0' })).toMatchObject({
      ok: false,
      error: { code: 'FUNDING.TOO_LARGE' },
    });
    expect(
      budgetStatus({ budget: Money.zero, asOf: d('2021-06-30'), posts: [one, one], onCost: '0' }),
    ).toMatchObject({ ok: false, error: { code: 'FUNDING.TOO_LARGE' } });
    // Two whole years of the largest exact amount: 2 × 9 007 199 254 740 991 does not fit.
    expect(
      prorateAnnual(unchecked(Number.MAX_SAFE_INTEGER), span('2021-01-01', '2023-01-01')),
    ).toMatchObject({ ok: false, error: { code: 'FUNDING.TOO_LARGE' } });
  });

  it('budgets and costs are whole, non-negative öre', () => {
    expect(prorateAnnual(Money.ofOre(-1), year2021)).toMatchObject({
      error: { code: 'FUNDING.BAD_AMOUNT', field: 'annual' },
    });
    expect(
      budgetStatus({ budget: Money.ofOre(-100), asOf: d('2021-06-30'), posts: [], onCost: '40' }),
    ).toMatchObject({ ok: false, error: { code: 'FUNDING.BAD_AMOUNT', field: 'budget' } });
  });

  it('the reallocation plan and check refuse a NaN salary, a bad budget and huge costs', () => {
    const salaries = { ...hoglandetInput.salaries, '0682': unchecked(Number.NaN) };
    expect(planReallocation({ ...hoglandetInput, salaries })).toMatchObject({
      ok: false,
      error: { code: 'FUNDING.BAD_SALARY', municipalityId: '0682' },
    });
    expect(planReallocation({ ...hoglandetInput, budget: unchecked(-1) })).toMatchObject({
      ok: false,
      error: { code: 'FUNDING.BAD_AMOUNT', field: 'budget' },
    });
    const huge = Object.fromEntries(Object.keys(salaries).map((id) => [id, hugeSalary]));
    expect(planReallocation({ ...hoglandetInput, salaries: huge })).toMatchObject({
      ok: false,
      error: { code: 'FUNDING.TOO_LARGE' },
    });
    const lines = [{ municipalityId: '0682', fte: Fte.full }];
    const rule = {
      annual: Money.ofKronor(3_800_000),
      onCostPercent: '40.15',
      salaries: { '0682': unchecked(Number.NaN) },
      effectiveFrom: d('2021-07-01'),
    };
    expect(
      validateReallocation(lines, lines, { step: Fte.full, budget: rule }).map((v) => v.code),
    ).toEqual(['FUNDING.BAD_SALARY']);
    expect(
      validateReallocation(lines, lines, {
        step: Fte.full,
        budget: { ...rule, salaries: { '0682': Money.ofKronor(32_000) }, annual: unchecked(-1) },
      }).map((v) => v.code),
    ).toEqual(['FUNDING.BAD_AMOUNT']);
  });

  it('any numbers give a safe cost or a closed error code, never a throw or NaN (property)', () => {
    const dates = fc
      .integer({ min: 0, max: 3 * 366 })
      .map((n) => LocalDate.addDays(d('2020-01-01'), n));
    fc.assert(
      fc.property(
        hostileNumbers,
        hostileNumbers,
        dates,
        dates,
        hostileNumbers,
        (salary, fte, start, end, budget) => {
          const posts = [post({ monthlySalary: unchecked(salary), fte: uncheckedFte(fte) })];
          const period = { start, end };
          const results = [
            costForPeriod({ posts, period, onCost: '40.15' }),
            budgetStatus({ budget: unchecked(budget), asOf: start, posts, onCost: '40.15' }),
            prorateAnnual(unchecked(budget), period),
          ];
          for (const result of results) {
            if (!result.ok) {
              expect(fundingErrorCodes).toContain(result.error.code);
              continue;
            }
            const value = result.value;
            const amounts = typeof value === 'number' ? [value] : Object.values(value);
            for (const amount of amounts.filter((a) => typeof a === 'number')) {
              expect(Number.isSafeInteger(amount)).toBe(true);
            }
          }
        },
      ),
    );
  });
});
