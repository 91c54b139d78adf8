import { describe, expect, it } from 'vitest';
import {
  firstOfMonthsAgo,
  firstOfNextMonth,
  formatDate,
  formatDecimal,
  formatFte,
  formatFteChange,
  formatMoney,
  formatMoneyChange,
  formatPercent,
  parseFte,
} from './format';

const NBSP = '\u00a0';

describe('formatMoney', () => {
  it('shows öre as whole kronor with Swedish grouping', () => {
    expect(formatMoney(1234500)).toBe(`12${NBSP}345${NBSP}kr`);
  });
  it('shows the 3.8 M budget', () => {
    expect(formatMoney(380000000)).toBe(`3${NBSP}800${NBSP}000${NBSP}kr`);
  });
  it('handles small, zero, negative and missing amounts', () => {
    expect(formatMoney(9900)).toBe(`99${NBSP}kr`);
    expect(formatMoney(0)).toBe(`0${NBSP}kr`);
    expect(formatMoney(-150000)).toBe(`−1${NBSP}500${NBSP}kr`);
    expect(formatMoney(null)).toBe('–');
  });
  it('signs changes', () => {
    expect(formatMoneyChange(5000000)).toBe(`+50${NBSP}000${NBSP}kr`);
    expect(formatMoneyChange(-5000000)).toBe(`−50${NBSP}000${NBSP}kr`);
    expect(formatMoneyChange(10)).toBe(`0${NBSP}kr`);
  });
});

describe('formatFte', () => {
  it('uses a decimal comma and no trailing zeros', () => {
    expect(formatFte(0.5)).toBe('0,5');
    expect(formatFte(1)).toBe('1');
    expect(formatFte(0.25)).toBe('0,25');
    expect(formatFte(2.5000000001)).toBe('2,5');
  });
  it('signs changes and shows zero plainly', () => {
    expect(formatFteChange(0.5)).toBe('+0,5');
    expect(formatFteChange(-0.25)).toBe('−0,25');
    expect(formatFteChange(0.1 + 0.2 - 0.3)).toBe('0');
  });
});

describe('parseFte', () => {
  it('accepts comma and point', () => {
    expect(parseFte('0,5')).toBe(0.5);
    expect(parseFte(' 1.25 ')).toBe(1.25);
    expect(parseFte('2')).toBe(2);
  });
  it('rejects garbage', () => {
    expect(parseFte('')).toBeNull();
    expect(parseFte('abc')).toBeNull();
    expect(parseFte(',')).toBeNull();
    expect(parseFte('1,2,3')).toBeNull();
  });
});

describe('dates and numbers', () => {
  it('keeps LocalDate and shortens DateTime to YYYY-MM-DD', () => {
    expect(formatDate('2025-03-01')).toBe('2025-03-01');
    expect(formatDate('2025-03-01T10:15:00Z')).toBe('2025-03-01');
    expect(formatDate(null)).toBe('–');
  });
  it('finds the first of next month, also across the year end', () => {
    expect(firstOfNextMonth(new Date(2025, 2, 15))).toBe('2025-04-01');
    expect(firstOfNextMonth(new Date(2025, 11, 31))).toBe('2026-01-01');
    expect(firstOfMonthsAgo(new Date(2025, 2, 15), 24)).toBe('2023-03-01');
  });
  it('formats decimals and percentages the Swedish way', () => {
    expect(formatDecimal(21.46)).toBe('21,5');
    expect(formatPercent(0.354)).toBe(`35${NBSP}%`);
    expect(formatPercent(null)).toBe('–');
  });
});
