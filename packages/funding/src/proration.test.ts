import { LocalDate, Money, Period, ok } from '@finsam-se/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { YEAR_FRACTION_SCALE, prorateAnnual, yearFraction, yearSegments } from './proration.js';

const d = LocalDate.from;

describe('yearSegments', () => {
  it('splits a period at every new year, with the length of each year', () => {
    const segments = yearSegments({ start: d('2019-10-01'), end: d('2021-03-01') });
    expect(segments.map((s) => [s.year, s.days, s.daysInYear])).toEqual([
      [2019, 92, 365],
      [2020, 366, 366],
      [2021, 59, 365],
    ]);
  });

  it('keeps a period within one year whole', () => {
    expect(yearSegments(Period.halfYear(2021, 2))).toEqual([
      { year: 2021, period: Period.halfYear(2021, 2), days: 184, daysInYear: 365 },
    ]);
  });
});

describe('prorateAnnual (by days)', () => {
  it('gives a whole calendar year the whole amount, leap or not', () => {
    expect(yearFraction(Period.year(2020))).toBe(YEAR_FRACTION_SCALE);
    expect(yearFraction(Period.year(2021))).toBe(YEAR_FRACTION_SCALE);
    expect(prorateAnnual(Money.ofKronor(3_800_000), Period.year(2020))).toEqual(ok(380_000_000));
  });

  it('prorates by days in the period ÷ days in that year', () => {
    expect(prorateAnnual(Money.ofKronor(365_000), Period.halfYear(2021, 1))).toEqual(
      ok(Money.ofKronor(181_000)),
    );
    expect(prorateAnnual(Money.ofKronor(366_000), Period.halfYear(2020, 1))).toEqual(
      ok(Money.ofKronor(182_000)),
    );
    expect(prorateAnnual(Money.ofKronor(365_000), Period.month(2021, 2))).toEqual(
      ok(Money.ofKronor(28_000)),
    );
  });

  it('rounds half-up once', () => {
    // 1 öre × 1 day ÷ 365 → 0; 183 öre × 1 day ÷ 366 = 0.5 → 1
    expect(prorateAnnual(Money.ofOre(1), Period.month(2021, 1))).toEqual(ok(0));
    expect(
      prorateAnnual(Money.ofOre(183), { start: d('2020-05-05'), end: d('2020-05-06') }),
    ).toEqual(ok(1));
  });

  it('adds up over consecutive periods to within one öre per piece of the whole', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e11 }),
        fc.integer({ min: 1, max: 364 }),
        (annual, cutDay) => {
          const year = Period.year(2021);
          const cut = LocalDate.addDays(year.start, cutDay);
          const a = prorateAnnual(Money.ofOre(annual), { start: year.start, end: cut });
          const b = prorateAnnual(Money.ofOre(annual), { start: cut, end: year.end });
          if (!a.ok || !b.ok) throw new Error('a whole year cut in two is two valid periods');
          expect(Math.abs(a.value + b.value - annual)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
