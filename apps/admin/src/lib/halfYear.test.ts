import { describe, expect, it } from 'vitest';
import { halfYearOf, lastEndedHalfYearOf } from './halfYear';

describe('the half-year to certify', () => {
  it('is the last one ended, not the one under way', () => {
    expect(lastEndedHalfYearOf(new Date(2026, 5, 30))).toBe('2025H2');
    expect(lastEndedHalfYearOf(new Date(2026, 6, 1))).toBe('2026H1');
    expect(lastEndedHalfYearOf(new Date(2026, 11, 31))).toBe('2026H1');
    expect(halfYearOf(new Date(2026, 6, 1))).toBe('2026H2');
  });
});
