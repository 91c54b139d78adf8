import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isActiveDuring } from './active.js';
import { ageBandOf } from './age-band.js';
import { isWorkOrStudies, outcomeKindOf } from './outcome-kind.js';
import { median, percentagePoints, ratio } from './stats.js';
import { countCell, isSuppressed, SUPPRESSED } from './table.js';
import { d, period } from './test-support/builders.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 20, 1, 30])).toBe(15); // (10 + 20) / 2
  });

  it('property: lies between the minimum and the maximum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1 }), (values) => {
        const m = median(values) ?? NaN;
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });
});

describe('ratio and percentagePoints', () => {
  it('handles a zero denominator and missing shares', () => {
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
    expect(percentagePoints(0.4, 0.35)).toBe(5);
    expect(percentagePoints(null, 0.35)).toBeNull();
  });
});

describe('ageBandOf', () => {
  it('uses whole years on the enrollment day', () => {
    expect(ageBandOf(d('2005-06-02'), d('2024-06-01'))).toBe('under_19'); // 18, birthday tomorrow
    expect(ageBandOf(d('2005-06-01'), d('2024-06-01'))).toBe('19_29'); // 19 today
    expect(ageBandOf(d('1994-06-02'), d('2024-06-01'))).toBe('19_29'); // 29
    expect(ageBandOf(d('1994-06-01'), d('2024-06-01'))).toBe('30_39');
    expect(ageBandOf(d('1974-06-01'), d('2024-06-01'))).toBe('50_plus');
    expect(ageBandOf(d('1980-01-01'), d('2024-06-01'))).toBe('40_49');
  });
});

describe('outcomeKindOf', () => {
  it('reads the occupation-after code list', () => {
    expect(outcomeKindOf('employment')).toBe('work');
    expect(outcomeKindOf('self_employment')).toBe('work');
    expect(outcomeKindOf('subsidised_employment')).toBe('subsidised_work');
    expect(outcomeKindOf('studies')).toBe('studies');
    expect(outcomeKindOf(null)).toBe('other');
    expect(outcomeKindOf('nonsense')).toBe('other');
    expect(isWorkOrStudies('subsidised_employment')).toBe(false);
    expect(isWorkOrStudies('studies')).toBe(true);
  });
});

describe('isActiveDuring', () => {
  const january = period('2024-01-01', '2024-02-01');
  it('is active on any day of the period; the discharge day is not active', () => {
    expect(isActiveDuring({ enrolledOn: d('2024-01-31'), dischargedOn: null }, january)).toBe(true);
    expect(isActiveDuring({ enrolledOn: d('2024-02-01'), dischargedOn: null }, january)).toBe(
      false,
    );
    expect(
      isActiveDuring({ enrolledOn: d('2023-01-01'), dischargedOn: d('2024-01-02') }, january),
    ).toBe(true);
    expect(
      isActiveDuring({ enrolledOn: d('2023-01-01'), dischargedOn: d('2024-01-01') }, january),
    ).toBe(false);
  });
});

describe('cells', () => {
  it('computes a share only with a non-zero denominator and marks hidden cells', () => {
    expect(countCell(2, 8).share).toBe(0.25);
    expect(countCell(0, 0).share).toBeNull();
    expect(isSuppressed(SUPPRESSED)).toBe(true);
    expect(isSuppressed(countCell(0))).toBe(false);
  });
});
