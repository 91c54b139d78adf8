import { type Gender, Period as P } from '@finsam-se/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genderAnalysis } from './gender-analysis.js';
import { type EnrollmentDimension, groupKeys } from './group-by.js';
import { outcomeKindOf } from './outcome-kind.js';
import {
  type OutcomeReportOptions,
  type OutcomeTally,
  outcomeReport,
  outcomeReportFromTallies,
  outcomeTallies,
} from './outcome-report.js';
import type { EnrollmentRow } from './rows.js';
import { suppress } from './suppress.js';
import { cellAt, countOf } from './table.js';
import { discharged, enrollmentArb, period } from './test-support/builders.js';

const year = period('2024-01-01', '2025-01-01');
const dimensions: readonly EnrollmentDimension[] = [
  'total',
  'municipality',
  'coach',
  'gender',
  'ageBand',
  'targetGroupFactor',
];

/**
 * Tallies the way a database would: discharges in the period grouped by the group keys
 * and the raw occupation code, then mapped to outcome kinds, with no merging of codes
 * that land in the same kind.
 */
function tallyByRawCodes(
  rows: readonly EnrollmentRow[],
  { period: within, by }: Pick<OutcomeReportOptions, 'period' | 'by'>,
): OutcomeTally[] {
  const groups = new Map<string, { keys: readonly string[]; code: string | null; n: number }>();
  for (const row of rows) {
    if (row.dischargedOn === null || !P.contains(within, row.dischargedOn)) continue;
    const keys = groupKeys(row, by);
    const id = JSON.stringify([keys, row.occupationAfter]);
    const group = groups.get(id) ?? { keys, code: row.occupationAfter, n: 0 };
    group.n += 1;
    groups.set(id, group);
  }
  return [...groups.values()]
    .reverse()
    .map((group) => ({ keys: group.keys, kind: outcomeKindOf(group.code), count: group.n }));
}

const periodArb = fc.constantFrom(
  year,
  period('2022-01-01', '2026-01-01'),
  period('2024-03-01', '2024-04-01'),
);

describe('outcomeReportFromTallies', () => {
  it('property: rows → table equals tallies (grouped by raw codes, any order) → table', () => {
    fc.assert(
      fc.property(
        fc.array(enrollmentArb, { maxLength: 80 }),
        periodArb,
        fc.constantFrom(...dimensions),
        (rows, within, by) => {
          const options = { period: within, by, goalShare: 0.35, labels: { m1: 'Eksjö' } };
          const fromRows = outcomeReport(rows, options);
          const tallied = outcomeReportFromTallies(tallyByRawCodes(rows, options), options);
          expect(tallied).toEqual(fromRows);
          expect(
            outcomeReportFromTallies([...outcomeTallies(rows, options)].reverse(), options),
          ).toEqual(fromRows);
          expect(suppress(tallied)).toEqual(suppress(fromRows));
        },
      ),
    );
  });

  it('property: the gender comparison is the same from tallies as from rows', () => {
    fc.assert(
      fc.property(fc.array(enrollmentArb, { maxLength: 80 }), periodArb, (rows, within) => {
        const options = { period: within, by: 'municipality' as const, goalShare: 0.35 };
        const of = (gender: Gender) => rows.filter((row) => row.gender === gender);
        const fromRows = genderAnalysis(
          outcomeReport(of('female'), options),
          outcomeReport(of('male'), options),
        );
        const fromTallies = genderAnalysis(
          outcomeReportFromTallies(tallyByRawCodes(of('female'), options), options),
          outcomeReportFromTallies(tallyByRawCodes(of('male'), options), options),
        );
        expect(fromTallies).toEqual(fromRows);
      }),
    );
  });

  it('tallies each (keys, kind) once, counting only discharges in the period', () => {
    const rows = [
      discharged('2024-02-01', 'employment', { targetGroupFactors: ['disability'] }),
      discharged('2024-03-01', 'self_employment', { targetGroupFactors: ['disability'] }),
      discharged('2024-04-01', 'studies'),
      discharged('2025-01-01', 'employment'),
    ];
    expect(outcomeTallies(rows, { period: year, by: 'targetGroupFactor' })).toEqual([
      { keys: ['disability'], kind: 'work', count: 2 },
      { keys: ['none'], kind: 'studies', count: 1 },
    ]);
  });

  it('builds the empty report from no tallies, as from no rows', () => {
    for (const by of dimensions) {
      const options = { period: year, by, goalShare: 0.35 };
      const table = outcomeReportFromTallies([], options);
      expect(table).toEqual(outcomeReport([], options));
      expect(countOf(cellAt(table, 'total', 'discharged'))).toBe(0);
    }
  });

  it('counts a tally once in the total and once in each distinct key; ignores zero counts', () => {
    const table = outcomeReportFromTallies(
      [
        { keys: ['disability', 'substance_abuse', 'disability'], kind: 'work', count: 3 },
        { keys: ['disability'], kind: 'work', count: 1 },
        { keys: ['mental_ill_health'], kind: 'other', count: 0 },
      ],
      { period: year, by: 'targetGroupFactor', goalShare: 0.35 },
    );
    expect(countOf(cellAt(table, 'total', 'discharged'))).toBe(4);
    expect(countOf(cellAt(table, 'disability', 'work'))).toBe(4);
    expect(countOf(cellAt(table, 'substance_abuse', 'work'))).toBe(3);
    expect(table.rows.some((row) => row.key === 'mental_ill_health')).toBe(false);
  });

  it('hides the same small counts as the rows path', () => {
    const rows = [
      ...Array.from({ length: 6 }, () => discharged('2024-05-01', 'employment')),
      ...Array.from({ length: 2 }, () =>
        discharged('2024-05-01', 'studies', { municipalityId: 'm2' }),
      ),
    ];
    const options = { period: year, by: 'municipality' as const, goalShare: 0.35 };
    const fromTallies = suppress(outcomeReportFromTallies(tallyByRawCodes(rows, options), options));
    expect(fromTallies).toEqual(suppress(outcomeReport(rows, options)));
    expect(cellAt(fromTallies, 'm2', 'discharged')?.kind).toBe('suppressed');
  });

  it('rejects counts that are not whole enrollments', () => {
    const options = { period: year, by: 'total' as const, goalShare: 0 };
    for (const count of [-1, 0.5, Number.POSITIVE_INFINITY])
      expect(() =>
        outcomeReportFromTallies([{ keys: ['all'], kind: 'work', count }], options),
      ).toThrow(RangeError);
  });
});
