import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LocalDate, daysInMonth, isLeapYear } from './local-date.js';

describe('LocalDate', () => {
  it('parses only calendar dates', () => {
    expect(LocalDate.parse('2020-02-29')).toEqual({ ok: true, value: '2020-02-29' });
    expect(LocalDate.parse('2019-02-29')).toMatchObject({
      ok: false,
      error: { code: 'DATE.FORMAT' },
    });
    expect(LocalDate.parse('2019-13-01').ok).toBe(false);
    expect(LocalDate.parse('19-01-01').ok).toBe(false);
    expect(LocalDate.parse('2019-1-1').ok).toBe(false);
    expect(() => LocalDate.from('2019-04-31')).toThrow(RangeError);
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2019, 2020].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(daysInMonth(2019, 2)).toBe(28);
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2019, 4)).toBe(30);
  });

  it('adds months and clamps to the end of the month', () => {
    expect(LocalDate.addMonths(LocalDate.from('2019-01-31'), 1)).toBe('2019-02-28');
    expect(LocalDate.addMonths(LocalDate.from('2019-12-15'), 2)).toBe('2020-02-15');
    expect(LocalDate.addMonths(LocalDate.from('2020-03-31'), -1)).toBe('2020-02-29');
  });

  it('counts days across years and DST changes (calendar days, no clock)', () => {
    // Europe/Stockholm moved to summer time on 2019-03-31: still one calendar day.
    expect(LocalDate.daysBetween(LocalDate.from('2019-03-30'), LocalDate.from('2019-04-01'))).toBe(
      2,
    );
    expect(LocalDate.daysBetween(LocalDate.from('2019-01-01'), LocalDate.from('2020-01-01'))).toBe(
      365,
    );
    expect(LocalDate.daysBetween(LocalDate.from('2020-01-01'), LocalDate.from('2021-01-01'))).toBe(
      366,
    );
  });

  it('computes age in whole years', () => {
    const birth = LocalDate.from('2000-02-29');
    expect(LocalDate.yearsBetween(birth, LocalDate.from('2019-02-28'))).toBe(18);
    expect(LocalDate.yearsBetween(birth, LocalDate.from('2019-03-01'))).toBe(19);
  });

  it('knows weekdays (1 = Monday)', () => {
    expect(LocalDate.dayOfWeek(LocalDate.from('2019-01-01'))).toBe(2);
  });

  it('round-trips through epoch days and agrees with addDays (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (epochDay, delta) => {
          const date = LocalDate.fromEpochDay(epochDay);
          expect(LocalDate.toEpochDay(date)).toBe(epochDay);
          expect(LocalDate.parse(date)).toEqual({ ok: true, value: date });
          const later = LocalDate.addDays(date, delta);
          expect(LocalDate.daysBetween(date, later)).toBe(delta);
          expect(LocalDate.compare(date, later)).toBe(
            Math.sign(delta) === 1 ? -1 : delta === 0 ? 0 : 1,
          );
        },
      ),
    );
  });
});

describe('LocalDate.isCanonical', () => {
  it('accepts exactly what parse accepts and writes back unchanged', () => {
    const samples: unknown[] = [
      '2024-02-29',
      '2023-02-29',
      '2023-02-28',
      '2024-12-31',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '0000-01-01',
      '0001-01-01',
      '9999-12-31',
      ' 2024-01-01',
      '2024-1-01',
      '2024-01-01T00:00',
      '20240101',
      '',
      20240101,
      null,
      undefined,
      '2024-01-0a',
    ];
    for (const value of samples) {
      const parsed = typeof value === 'string' ? LocalDate.parse(value) : undefined;
      const expected = parsed?.ok === true && parsed.value === value;
      expect(LocalDate.isCanonical(value), String(value)).toBe(expected);
    }
  });

  it('toEpochDay counts the same days as before, across leap years and centuries', () => {
    expect(LocalDate.toEpochDay(LocalDate.from('1970-01-01'))).toBe(0);
    expect(LocalDate.toEpochDay(LocalDate.from('2000-03-01'))).toBe(11017);
    expect(LocalDate.toEpochDay(LocalDate.from('2024-02-29'))).toBe(19782);
    expect(LocalDate.fromEpochDay(LocalDate.toEpochDay(LocalDate.from('1900-03-01')))).toBe(
      '1900-03-01',
    );
  });
});
