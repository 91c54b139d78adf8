import { describe, expect, it } from 'vitest';
import { stockholmDateOf, todayOf } from './today.js';

describe('the one clock: today is the Stockholm calendar date', () => {
  it.each([
    ['summer, 23:30 in Stockholm', '2024-07-01T21:30:00Z', '2024-07-01'],
    ['summer, 00:30 in Stockholm (still yesterday in UTC)', '2024-07-01T22:30:00Z', '2024-07-02'],
    ['winter, 23:30 in Stockholm', '2024-01-15T22:30:00Z', '2024-01-15'],
    ['winter, 00:30 in Stockholm (still yesterday in UTC)', '2024-01-15T23:30:00Z', '2024-01-16'],
    ['new year, 00:30 in Stockholm', '2024-12-31T23:30:00Z', '2025-01-01'],
    ['the night summer time starts, 03:30 CEST', '2024-03-31T01:30:00Z', '2024-03-31'],
    ['the night summer time ends, 02:30 CET', '2024-10-27T01:30:00Z', '2024-10-27'],
  ])('%s', (_case, instant, expected) => {
    expect(stockholmDateOf(new Date(instant))).toBe(expected);
    expect(todayOf({ now: () => new Date(instant) })).toBe(expected);
  });
});

describe('the date of the last minute asked for is remembered, never a stale one', () => {
  it('turns at Stockholm midnight within the same hour of calls', () => {
    // 23:59:59.999 and 00:00:00.000 Stockholm (winter) are in different UTC minutes.
    expect(stockholmDateOf(new Date('2024-01-15T22:59:30Z'))).toBe('2024-01-15');
    expect(stockholmDateOf(new Date('2024-01-15T22:59:59.999Z'))).toBe('2024-01-15');
    expect(stockholmDateOf(new Date('2024-01-15T23:00:00Z'))).toBe('2024-01-16');
    expect(stockholmDateOf(new Date('2024-01-15T22:59:59.999Z'))).toBe('2024-01-15');
  });
});
