import { Fte, LocalDate, Money, Period, divideRounded } from '@finsam-se/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualSalaryCost } from './salary-cost.js';
import { type CostedPost, costForPeriod, postCost, splitExactly } from './post-cost.js';

const d = LocalDate.from;
const post = (over: Partial<CostedPost> = {}): CostedPost => ({
  municipalityId: '0682',
  fte: Fte.full,
  period: Period.year(2021),
  monthlySalary: Money.ofKronor(32_000),
  ...over,
});

describe('postCost', () => {
  it('costs a post running the whole year at its annual cost', () => {
    const annual = annualSalaryCost({
      monthlySalary: Money.ofKronor(32_000),
      fte: Fte.full,
      onCostPercent: '40.15',
    });
    expect(postCost({ post: post(), period: Period.year(2021), onCost: '40.15' })).toEqual(annual);
  });

  it('prorates by days of post ∩ period ÷ days in the year', () => {
    const halfYearPost = post({ period: { start: d('2021-07-01'), end: d('2022-01-01') } });
    expect(postCost({ post: halfYearPost, period: Period.year(2021), onCost: '40.15' })).toEqual({
      ok: true,
      value: Number(divideRounded(53_817_600n * 184n, 365n)),
    });
  });

  it('is zero outside the post and for zero FTE', () => {
    expect(postCost({ post: post(), period: Period.year(2022), onCost: '40.15' })).toEqual({
      ok: true,
      value: 0,
    });
    expect(
      postCost({ post: post({ fte: Fte.zero }), period: Period.year(2021), onCost: '40.15' }),
    ).toEqual({ ok: true, value: 0 });
  });

  it('uses each year’s own on-cost and rounds the sum once', () => {
    const spanning = post({ period: { start: d('2021-07-01'), end: d('2022-07-01') } });
    const rates = { 2021: '40.15', 2022: '44.5' };
    // 2021: 538 176 kr × 184/365; 2022: 554 880 kr × 181/365
    const exact = divideRounded(53_817_600n * 184n + 55_488_000n * 181n, 365n);
    expect(
      postCost({
        post: spanning,
        period: { start: d('2021-01-01'), end: d('2023-01-01') },
        onCost: rates,
      }),
    ).toEqual({ ok: true, value: Number(exact) });
  });

  it('fails when a year has no on-cost or the salary is negative', () => {
    expect(
      postCost({ post: post(), period: Period.year(2021), onCost: { 2020: '40' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FUNDING.ON_COST_MISSING', field: 'onCost.2021' },
    });
    expect(
      postCost({
        post: post({ monthlySalary: Money.ofOre(-1) }),
        period: Period.year(2021),
        onCost: '40',
      }),
    ).toMatchObject({ ok: false, error: { code: 'FUNDING.BAD_SALARY', municipalityId: '0682' } });
  });
});

describe('costForPeriod', () => {
  const posts = [
    post({ municipalityId: '0604', fte: Fte.ofHundredths(50) }),
    post({ municipalityId: '0686', period: { start: d('2021-03-15'), end: d('2021-09-01') } }),
    post({
      municipalityId: '0604',
      fte: Fte.ofHundredths(25),
      monthlySalary: Money.ofKronor(29_999),
    }),
  ];

  it('costs every post and municipality and the parts add up to the total', () => {
    const result = costForPeriod({ posts, period: Period.year(2021), onCost: '40.15' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.municipalities.map((m) => m.municipalityId)).toEqual(['0604', '0686']);
    expect(Money.sum(result.value.posts)).toBe(result.value.total);
    expect(Money.sum(result.value.municipalities.map((m) => m.cost))).toBe(result.value.total);
  });

  it('is all zero when no post runs in the period', () => {
    const result = costForPeriod({ posts, period: Period.year(2030), onCost: '40.15' });
    expect(result).toMatchObject({ ok: true, value: { total: 0, posts: [0, 0, 0] } });
  });

  it('never lets money drift: parts always sum to the total', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            municipalityId: fc.constantFrom('0604', '0686', '0682'),
            fte: fc.integer({ min: 0, max: 100 }),
            start: fc.integer({ min: 0, max: 700 }),
            length: fc.integer({ min: 1, max: 500 }),
            salary: fc.integer({ min: 0, max: 10_000_000 }),
          }),
          { maxLength: 12 },
        ),
        (raw) => {
          const list = raw.map((p) => {
            const start = LocalDate.addDays(d('2020-06-01'), p.start);
            return post({
              municipalityId: p.municipalityId,
              fte: Fte.ofHundredths(p.fte),
              monthlySalary: Money.ofOre(p.salary),
              period: { start, end: LocalDate.addDays(start, p.length) },
            });
          });
          const result = costForPeriod({ posts: list, period: Period.year(2021), onCost: '40.15' });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(Money.sum(result.value.posts)).toBe(result.value.total);
          expect(Money.sum(result.value.municipalities.map((m) => m.cost))).toBe(
            result.value.total,
          );
          list.forEach((p, i) => {
            const alone = postCost({ post: p, period: Period.year(2021), onCost: '40.15' });
            expect(
              alone.ok && Math.abs(alone.value - (result.value.posts[i] ?? 0)),
            ).toBeLessThanOrEqual(1);
          });
        },
      ),
    );
  });
});

describe('splitExactly', () => {
  it('rounds the sum once and splits it by largest remainder', () => {
    // three parts of 1/3 öre each (over the cost denominator) → total 1 öre
    const third = (1_000_000n * 133_590n) / 3n;
    expect(splitExactly([third, third, third])).toEqual({ total: 1, parts: [1, 0, 0] });
    expect(splitExactly([])).toEqual({ total: 0, parts: [] });
  });
});
