import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incomeCategory, transitionMatrix } from './transition-matrix.js';
import { cellAt, countOf, shareOf } from './table.js';
import { count, discharged, enrollment, enrollmentArb, period } from './test-support/builders.js';

const year = period('2024-01-01', '2025-01-01');

// Discharged in 2024, primary (first) source before → after:
//  activity_compensation → salary        (F)
//  activity_compensation → salary        (M)
//  activity_compensation → activity_comp (F)
//  financial_assistance  → student_aid   (F), before has two sources; primary is the first
//  (none)                → salary        (M)
const rows = [
  discharged('2024-02-01', 'employment', {
    incomeBefore: ['activity_compensation'],
    incomeAfter: ['salary'],
  }),
  discharged('2024-03-01', 'employment', {
    gender: 'male',
    incomeBefore: ['activity_compensation'],
    incomeAfter: ['salary'],
  }),
  discharged('2024-04-01', 'job_seeking', {
    incomeBefore: ['activity_compensation'],
    incomeAfter: ['activity_compensation'],
  }),
  discharged('2024-05-01', 'studies', {
    incomeBefore: ['financial_assistance', 'sickness_benefit'],
    incomeAfter: ['student_aid'],
  }),
  discharged('2024-06-01', 'employment', {
    gender: 'male',
    incomeBefore: [],
    incomeAfter: ['salary'],
  }),
  discharged('2023-06-01', 'employment'),
  enrollment(),
];

describe('incomeCategory', () => {
  it('takes the first code, or the sorted combination', () => {
    expect(incomeCategory(['salary', 'activity_compensation'], 'primary')).toBe('salary');
    // Code-list order: activity_compensation before salary.
    expect(incomeCategory(['salary', 'activity_compensation'], 'combination')).toBe(
      'activity_compensation+salary',
    );
    expect(incomeCategory([], 'primary')).toBe('none');
  });
});

describe('transitionMatrix', () => {
  it('counts before → after with row shares', () => {
    const table = transitionMatrix(rows, { period: year });
    // Row activity_compensation: salary 2, activity_compensation 1, total 3 → shares 2/3, 1/3.
    expect(count(table, 'activity_compensation', 'salary')).toBe(2);
    expect(count(table, 'activity_compensation', 'activity_compensation')).toBe(1);
    expect(count(table, 'activity_compensation', 'total')).toBe(3);
    expect(shareOf(cellAt(table, 'activity_compensation', 'salary'))).toBeCloseTo(2 / 3);
    expect(count(table, 'financial_assistance', 'student_aid')).toBe(1);
    expect(count(table, 'none', 'salary')).toBe(1);
    // Column total salary: 2 + 1 = 3; grand total 5.
    expect(count(table, 'total', 'salary')).toBe(3);
    expect(count(table, 'total', 'total')).toBe(5);
    // Column order follows the code list.
    expect(table.columns.map((c) => c.key)).toEqual([
      'activity_compensation',
      'salary',
      'student_aid',
      'total',
    ]);
  });

  it('filters by gender', () => {
    const table = transitionMatrix(rows, { period: year, gender: 'male' });
    // Men: activity_compensation → salary, none → salary.
    expect(count(table, 'total', 'total')).toBe(2);
    expect(count(table, 'total', 'salary')).toBe(2);
    expect(table.title.en).toContain('male');
  });

  it('can count combinations of sources as categories', () => {
    const table = transitionMatrix(rows, { period: year, mode: 'combination' });
    expect(count(table, 'sickness_benefit+financial_assistance', 'student_aid')).toBe(1);
  });

  it('property: cells add up across rows and columns; row shares sum to 1', () => {
    fc.assert(
      fc.property(fc.array(enrollmentArb, { maxLength: 60 }), (sample) => {
        const table = transitionMatrix(sample, { period: year });
        const afters = table.columns.filter((c) => c.key !== 'total').map((c) => c.key);
        for (const row of table.rows) {
          const sum = afters.reduce((a, key) => a + (countOf(row.cells[key]) ?? 0), 0);
          expect(sum).toBe(countOf(row.cells.total));
          if (sum > 0) {
            const shares = afters.reduce((a, key) => a + (shareOf(row.cells[key]) ?? 0), 0);
            expect(shares).toBeCloseTo(1);
          }
        }
        for (const key of [...afters, 'total']) {
          const sum = table.rows
            .filter((row) => row.role === 'detail')
            .reduce((a, row) => a + (countOf(row.cells[key]) ?? 0), 0);
          expect(sum).toBe(countOf(cellAt(table, 'total', key)));
        }
        const female = transitionMatrix(sample, { period: year, gender: 'female' });
        const male = transitionMatrix(sample, { period: year, gender: 'male' });
        const other = transitionMatrix(sample, { period: year, gender: 'other' });
        const g = (t: typeof table) => countOf(cellAt(t, 'total', 'total')) ?? 0;
        expect(g(female) + g(male) + g(other)).toBe(g(table));
      }),
    );
  });
});
