import { describe, expect, it } from 'vitest';
import { latencyPercentiles, median, percentile, spreadOf, verdictAgainst } from './stats.mjs';

const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

describe('percentile (nearest rank)', () => {
  it('gives p95 as the 95th of 100 values, not the 97.5th', () => {
    expect(percentile(oneToHundred, 0.95)).toBe(95);
    expect(percentile(oneToHundred, 0.975)).toBe(98);
    expect(percentile(oneToHundred, 0.99)).toBe(99);
    expect(percentile(oneToHundred, 0.5)).toBe(50);
    expect(percentile(oneToHundred, 1)).toBe(100);
  });

  it('does not round up where p × n is a whole number in decimal but not in binary', () => {
    // 0.07 × 100 is 7.000000000000001 in floating point: the 7th value, not the 8th.
    expect(percentile(oneToHundred, 0.07)).toBe(7);
  });

  it('sorts numerically and leaves its input alone', () => {
    const values = [10, 9, 100, 1, 2];
    expect(percentile(values, 0.6)).toBe(9);
    expect(values).toEqual([10, 9, 100, 1, 2]);
  });

  it('takes the lowest value for any p at or below 1/n', () => {
    expect(percentile([3, 1, 2], 0.01)).toBe(1);
    expect(percentile([7], 0.95)).toBe(7);
  });

  it('refuses an empty set and a p outside (0, 1]', () => {
    expect(() => percentile([], 0.5)).toThrow(RangeError);
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 95)).toThrow(RangeError);
  });

  it('labels each latency percentile by what it is', () => {
    expect(latencyPercentiles(oneToHundred)).toEqual({ p50: 50, p95: 95, p99: 99, max: 100 });
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('spreadOf and verdictAgainst', () => {
  it('summarises per-round ratios by median, quartiles and range', () => {
    expect(spreadOf([1.1, 0.9, 1.3, 1.0, 1.2])).toMatchObject({
      n: 5,
      median: 1.1,
      min: 0.9,
      max: 1.3,
      q1: 1.0,
      q3: 1.2,
    });
  });

  it('settles a verdict whose spread is narrower than its margin', () => {
    const spread = spreadOf([1.5, 1.55, 1.6]);
    expect(verdictAgainst(spread, 1.3)).toMatchObject({ side: 'at or above', unsettled: false });
  });

  it('flags a run whose spread is wider than the claimed margin', () => {
    // The shipped runs: 0.98–1.56× around a median of 1.08 cannot claim "ahead".
    const spread = spreadOf([0.98, 1.08, 1.56]);
    const verdict = verdictAgainst(spread, 1);
    expect(verdict.unsettled).toBe(true);
    expect(verdict.margin).toBeCloseTo(0.08);
  });

  it('says which side of the threshold the median is on', () => {
    expect(verdictAgainst(spreadOf([1.0, 1.05, 1.1]), 1.3).side).toBe('below');
  });

  it('keeps a verdict whose rounds all agree, however wide their spread away from it', () => {
    // Every round far above the target: a long tail upwards does not unsettle "above".
    expect(verdictAgainst(spreadOf([6.8, 26, 42]), 1.3).unsettled).toBe(false);
    expect(verdictAgainst(spreadOf([1.2, 1.25, 1.29]), 1.3).unsettled).toBe(false);
    expect(verdictAgainst(spreadOf([1.2, 1.25, 1.31]), 1.3).unsettled).toBe(true);
  });

  it('judges many samples by their quartiles when asked', () => {
    const spread = spreadOf([0.5, 1.4, 1.5, 1.6, 1.7, 1.8, 5]);
    expect(verdictAgainst(spread, 1.3).unsettled).toBe(true);
    expect(verdictAgainst(spread, 1.3, { low: spread.q1, high: spread.q3 }).unsettled).toBe(false);
  });
});
