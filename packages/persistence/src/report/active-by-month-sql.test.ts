import { describe, expect, it } from 'vitest';
import { LocalDate } from '@finsam-se/domain';
import { lastMonthIndexBefore, monthIndexOf, monthKeyOf } from './active-by-month-sql.js';

describe('monthKeyOf', () => {
  it('names the month of a month index (year × 12 + month − 1)', () => {
    expect(monthKeyOf(2026 * 12)).toBe('2026-01');
    expect(monthKeyOf(2026 * 12 + 11)).toBe('2026-12');
    expect(monthKeyOf(2025 * 12 + 9)).toBe('2025-10');
  });
});

describe('monthIndexOf and lastMonthIndexBefore', () => {
  it('number a date’s month, and the month of the day before a half-open end', () => {
    expect(monthKeyOf(monthIndexOf(LocalDate.from('2026-07-01')))).toBe('2026-07');
    expect(monthKeyOf(lastMonthIndexBefore(LocalDate.from('2026-07-01')))).toBe('2026-06');
    expect(monthKeyOf(lastMonthIndexBefore(LocalDate.from('2026-01-01')))).toBe('2025-12');
    expect(monthKeyOf(lastMonthIndexBefore(LocalDate.from('2026-07-15')))).toBe('2026-07');
  });
});
