import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byGender, genderAnalysis } from './gender-analysis.js';
import { outcomeReport } from './outcome-report.js';
import { suppress } from './suppress.js';
import { cellAt, countOf, isSuppressed, shareOf, valueOf } from './table.js';
import { count, discharged, enrollmentArb, period } from './test-support/builders.js';
import { transitionMatrix } from './transition-matrix.js';

const year = period('2024-01-01', '2025-01-01');
const options = { period: year, by: 'municipality' as const, goalShare: 0.35 };

// m1 women: 2 discharged, 1 to work → 50 %. m1 men: 4 discharged, 3 to work → 75 %.
// Difference women − men: 50 − 75 = −25 percentage points.
const rows = [
  discharged('2024-02-01', 'employment', { gender: 'female' }),
  discharged('2024-02-01', 'job_seeking', { gender: 'female' }),
  ...Array.from({ length: 3 }, () => discharged('2024-03-01', 'studies', { gender: 'male' })),
  discharged('2024-03-01', 'other', { gender: 'male' }),
];

describe('genderAnalysis', () => {
  const split = byGender(rows, (part) => outcomeReport(part, options));
  const table = genderAnalysis(split.female, split.male, { columns: ['work_or_studies'] });

  it('states women and men side by side with the difference in percentage points', () => {
    expect(count(table, 'm1', 'discharged_female')).toBe(2);
    expect(count(table, 'm1', 'discharged_male')).toBe(4);
    expect(count(table, 'm1', 'work_or_studies_female')).toBe(1);
    expect(shareOf(cellAt(table, 'm1', 'work_or_studies_male'))).toBe(0.75);
    expect(valueOf(cellAt(table, 'm1', 'work_or_studies_diff_pp'))).toBe(-25);
    expect(table.columns.map((c) => c.key)).toEqual([
      'discharged_female',
      'discharged_male',
      'work_or_studies_female',
      'work_or_studies_male',
      'work_or_studies_diff_pp',
    ]);
  });

  it('keeps sum groups so the split table can be suppressed', () => {
    const hidden = suppress(table);
    // Women's counts 2 and 1 are below 5: hidden, and the difference with them.
    expect(isSuppressed(cellAt(hidden, 'm1', 'discharged_female'))).toBe(true);
    expect(isSuppressed(cellAt(hidden, 'm1', 'work_or_studies_diff_pp'))).toBe(true);
    expect(table.rows.find((row) => row.key === 'total')?.role).toBe('total');
  });

  it('works on the transition matrix too', () => {
    const female = transitionMatrix(rows, { period: year, gender: 'female' });
    const male = transitionMatrix(rows, { period: year, gender: 'male' });
    const t = genderAnalysis(female, male);
    expect(count(t, 'activity_compensation', 'total_female')).toBe(2);
    expect(count(t, 'activity_compensation', 'total_male')).toBe(4);
    // Salary after: women 2 of 2, men 4 of 4 → 0 pp.
    expect(valueOf(cellAt(t, 'activity_compensation', 'salary_diff_pp'))).toBe(0);
  });

  it('property: the difference is the women’s share minus the men’s, in percentage points', () => {
    fc.assert(
      fc.property(fc.array(enrollmentArb, { maxLength: 60 }), (sample) => {
        const parts = byGender(sample, (part) =>
          outcomeReport(part, { ...options, period: period('2022-01-01', '2027-01-01') }),
        );
        const t = genderAnalysis(parts.female, parts.male);
        for (const row of t.rows) {
          const f = shareOf(row.cells.work_or_studies_female);
          const m = shareOf(row.cells.work_or_studies_male);
          const diff = valueOf(row.cells.work_or_studies_diff_pp);
          if (f === undefined || m === undefined) expect(diff).toBeUndefined();
          else expect(diff).toBeCloseTo((f - m) * 100, 6);
          expect(countOf(row.cells.discharged_female)).toBe(
            countOf(cellAt(parts.female, row.key, 'discharged')) ?? 0,
          );
        }
      }),
    );
  });
});
