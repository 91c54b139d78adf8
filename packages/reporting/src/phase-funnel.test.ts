import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInPhases, phaseFunnel } from './phase-funnel.js';
import { cellAt, countOf, shareOf, valueOf } from './table.js';
import {
  count,
  d,
  discharged,
  enrollment,
  enrollmentArb,
  period,
} from './test-support/builders.js';

const year = period('2024-01-01', '2025-01-01');
const asOf = d('2024-07-01');

// A: agreement 01-01 → vocational profile 01-11 (10 d) → job finding 02-10 (30 d) → open until
//    07-01: 20 (to 1 Mar, leap year) + 31 + 30 + 31 + 30 = 142 d. Contact after 20 d, job after 60 d.
// B: agreement 02-01 → vocational profile 02-21 (20 d) → discharged 03-02 (10 d). Contact after 29 d.
// C: enrolled 2023-12-31, not in the cohort. D: enrolled 03-01, no phases yet.
const rows = [
  enrollment({
    enrolledOn: d('2024-01-01'),
    phases: [
      { phase: 'agreement', on: d('2024-01-01') },
      { phase: 'vocational_profile', on: d('2024-01-11') },
      { phase: 'job_finding', on: d('2024-02-10') },
    ],
    firstEmployerContactOn: d('2024-01-21'),
    firstJobOn: d('2024-03-01'),
  }),
  discharged('2024-03-02', 'other', {
    enrolledOn: d('2024-02-01'),
    phases: [
      { phase: 'agreement', on: d('2024-02-01') },
      { phase: 'vocational_profile', on: d('2024-02-21') },
    ],
    firstEmployerContactOn: d('2024-03-01'),
  }),
  enrollment({
    enrolledOn: d('2023-12-31'),
    phases: [{ phase: 'agreement', on: d('2023-12-31') }],
  }),
  enrollment({ enrolledOn: d('2024-03-01') }),
];

describe('daysInPhases', () => {
  it('sums both spells of a phase entered twice', () => {
    const row = enrollment({
      phases: [
        { phase: 'agreement', on: d('2024-01-01') },
        { phase: 'vocational_profile', on: d('2024-01-11') },
        { phase: 'agreement', on: d('2024-01-21') },
      ],
    });
    // agreement 10 + 11 (21 Jan → 1 Feb), vocational profile 10.
    const days = daysInPhases(row, d('2024-02-01'));
    expect(days.get('agreement')).toBe(21);
    expect(days.get('vocational_profile')).toBe(10);
  });
});

describe('phaseFunnel', () => {
  const table = phaseFunnel(rows, { period: year, asOf });

  it('counts how many of the cohort reached each phase', () => {
    // Cohort A, B, D = 3.
    expect(count(table, 'agreement', 'cohort')).toBe(3);
    expect(count(table, 'agreement', 'reached')).toBe(2);
    expect(shareOf(cellAt(table, 'agreement', 'reached'))).toBeCloseTo(2 / 3);
    expect(count(table, 'job_finding', 'reached')).toBe(1);
    expect(count(table, 'employer_engagement', 'reached')).toBe(0);
  });

  it('gives the median days in each phase', () => {
    // agreement: A 10, B 20 → 15. vocational profile: A 30, B 10 → 20. job finding: 142.
    expect(valueOf(cellAt(table, 'agreement', 'median_days'))).toBe(15);
    expect(valueOf(cellAt(table, 'vocational_profile', 'median_days'))).toBe(20);
    expect(valueOf(cellAt(table, 'job_finding', 'median_days'))).toBe(142);
    expect(valueOf(cellAt(table, 'support_on_off_job', 'median_days'))).toBeUndefined();
  });

  it('gives the median days from enrollment to first employer contact and first job', () => {
    // Contacts after 20 and 29 days → 24.5; one job after 60 days.
    expect(count(table, 'first_employer_contact', 'reached')).toBe(2);
    expect(valueOf(cellAt(table, 'first_employer_contact', 'median_days'))).toBe(24.5);
    expect(valueOf(cellAt(table, 'first_job', 'median_days'))).toBe(60);
  });

  it('property: reached never exceeds the cohort and falls along the five phases only by data', () => {
    fc.assert(
      fc.property(fc.array(enrollmentArb, { maxLength: 40 }), (sample) => {
        const t = phaseFunnel(sample, { period: year, asOf: d('2026-01-01') });
        for (const row of t.rows) {
          const reached = countOf(row.cells.reached) ?? 0;
          expect(reached).toBeLessThanOrEqual(countOf(row.cells.cohort) ?? 0);
          const share = shareOf(row.cells.reached);
          if (share !== undefined) expect(share).toBeGreaterThanOrEqual(0);
          const median = valueOf(row.cells.median_days);
          if (median !== undefined) expect(median).toBeGreaterThanOrEqual(0);
        }
        // The generator enters phases in order, so the funnel never widens.
        const counts = t.rows.slice(0, 5).map((row) => countOf(row.cells.reached) ?? 0);
        for (let i = 1; i < counts.length; i += 1)
          expect(counts[i]).toBeLessThanOrEqual(counts[i - 1] ?? 0);
      }),
    );
  });
});
