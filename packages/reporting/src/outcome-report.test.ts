import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcomeReport } from './outcome-report.js';
import { byGender } from './gender-analysis.js';
import { cellAt, countOf, shareOf, valueOf } from './table.js';
import {
  count,
  d,
  discharged,
  enrollment,
  enrollmentArb,
  period,
} from './test-support/builders.js';

const year2024 = period('2024-01-01', '2025-01-01');

// Fixture: discharges in 2024 (half-open), by hand.
//  e1 F m1 born 2000-05-01, enrolled 2023-03-01 (22 → 19–29), out 2024-02-01 employment → work
//  e2 M m1 born 1990-01-01, enrolled 2023-06-01 (33 → 30–39), out 2024-03-15 studies
//  e3 F m2 born 1970-06-01, enrolled 2023-01-01 (52 → 50+), out 2024-06-30 wage subsidy
//  e4 M m2 born 2006-01-01, enrolled 2024-01-10 (18 → <19), out 2024-12-31 job seeking
//  e8 O m2 born 1985-01-01, enrolled 2023-01-01 (38 → 30–39), out 2024-01-01 (first day, in) no code → other
//  excluded: out 2025-01-01 (end is not in), out 2023-12-31, still enrolled.
const rows = [
  discharged('2024-02-01', 'employment', {
    gender: 'female',
    birthDate: d('2000-05-01'),
    enrolledOn: d('2023-03-01'),
  }),
  discharged('2024-03-15', 'studies', {
    gender: 'male',
    birthDate: d('1990-01-01'),
    enrolledOn: d('2023-06-01'),
  }),
  discharged('2024-06-30', 'subsidised_employment', {
    gender: 'female',
    municipalityId: 'm2',
    coachId: 'c2',
    birthDate: d('1970-06-01'),
    targetGroupFactors: ['disability', 'mental_ill_health'],
  }),
  discharged('2024-12-31', 'job_seeking', {
    gender: 'male',
    municipalityId: 'm2',
    coachId: 'c2',
    birthDate: d('2006-01-01'),
    enrolledOn: d('2024-01-10'),
    targetGroupFactors: ['disability'],
  }),
  discharged('2024-01-01', null, {
    gender: 'other',
    municipalityId: 'm2',
    coachId: 'c2',
    birthDate: d('1985-01-01'),
  }),
  discharged('2025-01-01', 'employment'),
  discharged('2023-12-31', 'employment'),
  enrollment(),
];

describe('outcomeReport', () => {
  it('counts discharges in the period by municipality against the goal', () => {
    const table = outcomeReport(rows, { period: year2024, by: 'municipality', goalShare: 0.35 });
    // m1: e1 work + e2 studies = 2 of 2 → share 1.
    expect(count(table, 'm1', 'discharged')).toBe(2);
    expect(count(table, 'm1', 'work_or_studies')).toBe(2);
    expect(shareOf(cellAt(table, 'm1', 'work_or_studies'))).toBe(1);
    // m2: e3 subsidised, e4 job seeking, e8 other = 3, numerator 0.
    expect(count(table, 'm2', 'discharged')).toBe(3);
    expect(count(table, 'm2', 'work_or_studies')).toBe(0);
    expect(count(table, 'm2', 'subsidised_work')).toBe(1);
    expect(count(table, 'm2', 'other')).toBe(1);
    // Total: 2 of 5 = 0.4; versus goal 0.35 → +5 percentage points.
    expect(count(table, 'total', 'discharged')).toBe(5);
    expect(shareOf(cellAt(table, 'total', 'work_or_studies'))).toBeCloseTo(0.4);
    expect(valueOf(cellAt(table, 'total', 'vs_goal_pp'))).toBeCloseTo(5);
    expect(valueOf(cellAt(table, 'total', 'goal'))).toBe(0.35);
  });

  it('does not count wage-subsidised work in the goal numerator', () => {
    const table = outcomeReport([discharged('2024-05-01', 'subsidised_employment')], {
      period: year2024,
      by: 'total',
      goalShare: 0.35,
    });
    expect(count(table, 'total', 'work_or_studies')).toBe(0);
    expect(count(table, 'total', 'subsidised_work')).toBe(1);
    // 0 of 1 against 35 % → −35 pp.
    expect(valueOf(cellAt(table, 'total', 'vs_goal_pp'))).toBeCloseTo(-35);
  });

  it('treats the period as half-open', () => {
    const table = outcomeReport(rows, { period: year2024, by: 'total', goalShare: 0.35 });
    // 2024-01-01 is in, 2025-01-01 and 2023-12-31 are out.
    expect(count(table, 'total', 'discharged')).toBe(5);
    expect(table.rows).toHaveLength(1);
  });

  it('splits by gender', () => {
    const table = outcomeReport(rows, { period: year2024, by: 'gender', goalShare: 0.35 });
    // Women e1 (work), e3 (subsidised): 1 of 2. Men e2 (studies), e4: 1 of 2. Other e8: 0 of 1.
    expect(count(table, 'female', 'discharged')).toBe(2);
    expect(shareOf(cellAt(table, 'female', 'work_or_studies'))).toBe(0.5);
    expect(shareOf(cellAt(table, 'male', 'work_or_studies'))).toBe(0.5);
    expect(count(table, 'other', 'work_or_studies')).toBe(0);
    expect(table.rows.map((row) => row.key)).toEqual(['female', 'male', 'other', 'total']);
  });

  it('uses the age at enrollment and lists every band', () => {
    const table = outcomeReport(rows, { period: year2024, by: 'ageBand', goalShare: 0.35 });
    expect(table.rows.map((row) => row.key)).toEqual([
      'under_19',
      '19_29',
      '30_39',
      '40_49',
      '50_plus',
      'total',
    ]);
    // 19–29: e1 (22 on 2023-03-01) work → 1 of 1.
    expect(count(table, '19_29', 'work_or_studies')).toBe(1);
    // 30–39: e2 (33) studies and e8 (38) other → 1 of 2.
    expect(count(table, '30_39', 'discharged')).toBe(2);
    expect(count(table, '40_49', 'discharged')).toBe(0);
    expect(shareOf(cellAt(table, '40_49', 'work_or_studies'))).toBeUndefined();
    expect(count(table, 'under_19', 'discharged')).toBe(1);
    expect(count(table, '50_plus', 'discharged')).toBe(1);
  });

  it('counts a participant under each of their target-group factors, without a sum group', () => {
    const table = outcomeReport(rows, {
      period: year2024,
      by: 'targetGroupFactor',
      goalShare: 0.35,
    });
    // e3 has disability + mental ill health, e4 disability; e1, e2, e8 none.
    expect(count(table, 'disability', 'discharged')).toBe(2);
    expect(count(table, 'mental_ill_health', 'discharged')).toBe(1);
    expect(count(table, 'none', 'discharged')).toBe(3);
    expect(table.rows.every((row) => row.sumGroup === undefined)).toBe(true);
  });

  it('groups by coach with names from labels', () => {
    const table = outcomeReport(rows, {
      period: year2024,
      by: 'coach',
      goalShare: 0.35,
      labels: { c1: 'Anna', c2: 'Bo' },
    });
    expect(table.rows.find((row) => row.key === 'c2')?.label.sv).toBe('Bo');
    expect(count(table, 'c2', 'discharged')).toBe(3);
  });

  it('property: parts add up, groups add up to the total, shares lie in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(enrollmentArb, { maxLength: 60 }),
        fc.constantFrom(
          'municipality' as const,
          'coach' as const,
          'gender' as const,
          'ageBand' as const,
        ),
        (sample, by) => {
          const table = outcomeReport(sample, { period: year2024, by, goalShare: 0.35 });
          const total = table.rows.find((row) => row.key === 'total');
          const detail = table.rows.filter((row) => row.role === 'detail');
          for (const column of table.columns.filter((c) => c.kind === 'count')) {
            const sum = detail.reduce((acc, row) => acc + (countOf(row.cells[column.key]) ?? 0), 0);
            expect(sum).toBe(countOf(total?.cells[column.key]));
          }
          for (const row of table.rows) {
            const c = (key: string): number => countOf(row.cells[key]) ?? -1;
            expect(c('discharged')).toBe(
              c('work') + c('studies') + c('subsidised_work') + c('job_seeking') + c('other'),
            );
            expect(c('work_or_studies')).toBe(c('work') + c('studies'));
            const share = shareOf(row.cells.work_or_studies);
            if (share !== undefined) {
              expect(share).toBeGreaterThanOrEqual(0);
              expect(share).toBeLessThanOrEqual(1);
            }
          }
        },
      ),
    );
  });

  it('property: splitting by gender sums back to the whole', () => {
    fc.assert(
      fc.property(fc.array(enrollmentArb, { maxLength: 60 }), (sample) => {
        const split = byGender(sample, (part) =>
          outcomeReport(part, { period: year2024, by: 'municipality', goalShare: 0.35 }),
        );
        for (const key of ['discharged', 'work_or_studies', 'subsidised_work']) {
          const parts = [split.female, split.male, split.other].map(
            (table) => countOf(cellAt(table, 'total', key)) ?? 0,
          );
          expect(parts.reduce((a, b) => a + b, 0)).toBe(countOf(cellAt(split.all, 'total', key)));
        }
      }),
    );
  });
});
