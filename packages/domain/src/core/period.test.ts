import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LocalDate } from './local-date.js';
import { Period } from './period.js';

const d = LocalDate.from;

describe('Period', () => {
  it('parses year, half-year, month and ranges', () => {
    expect(Period.parse('2019')).toEqual({
      ok: true,
      value: { start: '2019-01-01', end: '2020-01-01' },
    });
    expect(Period.parse('2019H1')).toEqual({
      ok: true,
      value: { start: '2019-01-01', end: '2019-07-01' },
    });
    expect(Period.parse('2019H2')).toEqual({
      ok: true,
      value: { start: '2019-07-01', end: '2020-01-01' },
    });
    expect(Period.parse('2019-02')).toEqual({
      ok: true,
      value: { start: '2019-02-01', end: '2019-03-01' },
    });
    expect(Period.parse('2019-01-01/2019-07-01')).toMatchObject({ ok: true });
    expect(Period.parse('2019-13')).toMatchObject({ ok: false, error: { code: 'PERIOD.FORMAT' } });
    expect(Period.parse('2019H3')).toMatchObject({ ok: false, error: { code: 'PERIOD.FORMAT' } });
    expect(Period.parse('2019-07-01/2019-07-01')).toMatchObject({
      ok: false,
      error: { code: 'PERIOD.EMPTY' },
    });
    expect(Period.parse('2019-02-30/2019-07-01')).toMatchObject({
      ok: false,
      error: { code: 'DATE.FORMAT' },
    });
  });

  it('is half-open: contains its start, not its end', () => {
    const h1 = Period.halfYear(2019, 1);
    expect(Period.contains(h1, d('2019-01-01'))).toBe(true);
    expect(Period.contains(h1, d('2019-06-30'))).toBe(true);
    expect(Period.contains(h1, d('2019-07-01'))).toBe(false);
    expect(Period.days(h1)).toBe(181);
    expect(Period.lastDay(h1)).toBe('2019-06-30');
    expect(Period.halfYearOf(d('2019-07-01'))).toBe('2019H2');
  });

  it('touching periods do not overlap', () => {
    expect(Period.overlaps(Period.halfYear(2019, 1), Period.halfYear(2019, 2))).toBe(false);
    expect(Period.intersection(Period.halfYear(2019, 1), Period.halfYear(2019, 2))).toBeUndefined();
    expect(Period.intersection(Period.year(2019), Period.month(2019, 3))).toEqual(
      Period.month(2019, 3),
    );
  });

  it('iterates months and days', () => {
    const months = Period.months(Period.of(d('2019-01-15'), d('2019-03-02')));
    expect(months.map((m) => m.start)).toEqual(['2019-01-01', '2019-02-01', '2019-03-01']);
    expect([...Period.eachDay(Period.month(2019, 2))]).toHaveLength(28);
    expect(Period.inclusive(d('2019-01-01'), d('2019-01-31'))).toEqual({
      ok: true,
      value: Period.month(2019, 1),
    });
    expect(Period.format(Period.year(2019))).toBe('2019-01-01/2020-01-01');
    expect(() => Period.of(d('2019-01-02'), d('2019-01-01'))).toThrow(RangeError);
  });

  const arbitraryPeriod = fc
    .tuple(fc.integer({ min: 17_000, max: 20_000 }), fc.integer({ min: 1, max: 800 }))
    .map(([start, length]) =>
      Period.of(LocalDate.fromEpochDay(start), LocalDate.fromEpochDay(start + length)),
    );

  it('overlap is symmetric and matches a non-empty intersection (property)', () => {
    fc.assert(
      fc.property(arbitraryPeriod, arbitraryPeriod, (a, b) => {
        expect(Period.overlaps(a, b)).toBe(Period.overlaps(b, a));
        const both = Period.intersection(a, b);
        expect(both !== undefined).toBe(Period.overlaps(a, b));
        if (both) {
          expect(Period.containsPeriod(a, both) && Period.containsPeriod(b, both)).toBe(true);
        }
      }),
    );
  });

  it('months cover the period without gaps; days add up (property)', () => {
    fc.assert(
      fc.property(arbitraryPeriod, (period) => {
        const months = Period.months(period);
        for (let i = 1; i < months.length; i += 1)
          expect(months[i]?.start).toBe(months[i - 1]?.end);
        const covered = months
          .map((m) => Period.intersection(m, period))
          .reduce((total, part) => total + (part ? Period.days(part) : 0), 0);
        expect(covered).toBe(Period.days(period));
      }),
    );
  });
});
