import { describe, expect, it } from 'vitest';
import { monthKeyOf } from './active-by-month-sql.js';

describe('monthKeyOf', () => {
  it('names the month of a month index (year × 12 + month − 1)', () => {
    expect(monthKeyOf(2026 * 12)).toBe('2026-01');
    expect(monthKeyOf(2026 * 12 + 11)).toBe('2026-12');
    expect(monthKeyOf(2025 * 12 + 9)).toBe('2025-10');
  });
});
