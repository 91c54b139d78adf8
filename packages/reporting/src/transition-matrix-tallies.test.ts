import { type Gender, Period as P } from '@finsam-se/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EnrollmentRow } from './rows.js';
import { suppress } from './suppress.js';
import { countOf, cellAt } from './table.js';
import {
  type IncomeMode,
  type TransitionMatrixOptions,
  type TransitionTally,
  incomeCategory,
  incomeCodesRead,
  transitionMatrix,
  transitionMatrixFromTallies,
  transitionTallies,
} from './transition-matrix.js';
import { discharged, enrollmentArb, period } from './test-support/builders.js';

const year = period('2024-01-01', '2025-01-01');

/**
 * Tallies the way a database would: discharges in the period grouped by the raw code
 * lists, then categorised, with no merging of pairs that land in the same category.
 */
function tallyByRawCodes(
  rows: readonly EnrollmentRow[],
  options: TransitionMatrixOptions,
): TransitionTally[] {
  const mode = options.mode ?? 'primary';
  const groups = new Map<
    string,
    { before: readonly string[]; after: readonly string[]; n: number }
  >();
  for (const row of rows) {
    if (row.dischargedOn === null || !P.contains(options.period, row.dischargedOn)) continue;
    if (options.gender !== undefined && row.gender !== options.gender) continue;
    const id = JSON.stringify([row.incomeBefore, row.incomeAfter]);
    const group = groups.get(id) ?? { before: row.incomeBefore, after: row.incomeAfter, n: 0 };
    group.n += 1;
    groups.set(id, group);
  }
  return [...groups.values()].reverse().map((group) => ({
    before: incomeCategory(group.before, mode),
    after: incomeCategory(group.after, mode),
    count: group.n,
  }));
}

const optionsArb: fc.Arbitrary<TransitionMatrixOptions> = fc.record(
  {
    period: fc.constantFrom(
      year,
      period('2022-01-01', '2026-01-01'),
      period('2024-03-01', '2024-04-01'),
    ),
    gender: fc.constantFrom<Gender>('female', 'male', 'other'),
    mode: fc.constantFrom<IncomeMode>('primary', 'combination'),
  },
  { requiredKeys: ['period'] },
);

describe('incomeCodesRead', () => {
  it('property: the category of a list is the category of the codes the mode reads', () => {
    const codes = fc.array(
      fc.constantFrom('activity_compensation', 'salary', 'student_aid', 'not_a_code'),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(codes, fc.constantFrom<IncomeMode>('primary', 'combination'), (list, mode) => {
        const read = incomeCodesRead(mode);
        const prefix = read === 'all' ? list : list.slice(0, read);
        expect(incomeCategory(prefix, mode)).toBe(incomeCategory(list, mode));
      }),
    );
  });
});

describe('transitionMatrixFromTallies', () => {
  it('property: rows → table equals tallies (grouped by raw codes, any order) → table', () => {
    fc.assert(
      fc.property(fc.array(enrollmentArb, { maxLength: 80 }), optionsArb, (rows, options) => {
        const fromRows = transitionMatrix(rows, options);
        expect(transitionMatrixFromTallies(tallyByRawCodes(rows, options), options)).toEqual(
          fromRows,
        );
        expect(
          transitionMatrixFromTallies([...transitionTallies(rows, options)].reverse(), options),
        ).toEqual(fromRows);
        // Disclosure control sees the same table, so it hides the same cells.
        expect(
          suppress(transitionMatrixFromTallies(tallyByRawCodes(rows, options), options)),
        ).toEqual(suppress(fromRows));
      }),
    );
  });

  it('tallies each category pair once, with the filters of the matrix', () => {
    const rows = [
      discharged('2024-02-01', 'employment', { incomeBefore: ['activity_compensation'] }),
      discharged('2024-03-01', 'employment', {
        gender: 'male',
        incomeBefore: ['activity_compensation', 'salary'],
      }),
      discharged('2023-12-31', 'employment'),
    ];
    expect(transitionTallies(rows, { period: year })).toEqual([
      { before: 'activity_compensation', after: 'salary', count: 2 },
    ]);
    expect(transitionTallies(rows, { period: year, gender: 'male', mode: 'combination' })).toEqual([
      { before: 'activity_compensation+salary', after: 'salary', count: 1 },
    ]);
  });

  it('builds the empty matrix from no tallies, as from no rows', () => {
    const table = transitionMatrixFromTallies([], { period: year, gender: 'female' });
    expect(table).toEqual(transitionMatrix([], { period: year, gender: 'female' }));
    expect(table.columns.map((column) => column.key)).toEqual(['total']);
    expect(countOf(cellAt(table, 'total', 'total'))).toBe(0);
  });

  it('adds repeated pairs and ignores zero counts', () => {
    const table = transitionMatrixFromTallies(
      [
        { before: 'none', after: 'salary', count: 2 },
        { before: 'none', after: 'salary', count: 3 },
        { before: 'sickness_benefit', after: 'student_aid', count: 0 },
      ],
      { period: year },
    );
    expect(table.rows.map((row) => row.key)).toEqual(['none', 'total']);
    expect(countOf(cellAt(table, 'none', 'salary'))).toBe(5);
  });

  it('hides the same small cells as the rows path', () => {
    const rows = Array.from({ length: 7 }, (_, i) =>
      discharged('2024-05-01', 'employment', {
        incomeBefore: [i < 2 ? 'sickness_benefit' : 'activity_compensation'],
      }),
    );
    const fromTallies = suppress(
      transitionMatrixFromTallies(tallyByRawCodes(rows, { period: year }), { period: year }),
    );
    expect(fromTallies).toEqual(suppress(transitionMatrix(rows, { period: year })));
    expect(cellAt(fromTallies, 'sickness_benefit', 'salary')?.kind).toBe('suppressed');
  });

  it('rejects counts that are not whole persons', () => {
    for (const count of [-1, 1.5, Number.NaN])
      expect(() =>
        transitionMatrixFromTallies([{ before: 'none', after: 'none', count }], { period: year }),
      ).toThrow(RangeError);
  });
});
