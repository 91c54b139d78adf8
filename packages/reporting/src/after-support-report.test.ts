import fc from 'fast-check';
import { followUpOffsets } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { afterSupportReport } from './after-support-report.js';
import { cellAt, countOf, shareOf, valueOf } from './table.js';
import { count, d, followUp, period } from './test-support/builders.js';

const year2023 = period('2023-01-01', '2024-01-01');
const asOf = d('2024-06-01');

// 3 months: work, studies, neither, unknown → 2 of 4 due = 50 %, vs 75 % → −25 pp
//           (conservative); 2 of 3 known = 66.7 % → −8.3 pp.
// 6 months: work, work → 2 of 2.
// 12 months: discharged 2023-03-01 is due 2024-03-01 (< asOf, counted, work);
//            discharged 2023-09-01 is due 2024-09-01 (not yet due, left out).
// Discharged 2022-12-31: outside the period.
const rows = [
  followUp({ offsetMonths: 3, status: 'work' }),
  followUp({ offsetMonths: 3, status: 'studies', gender: 'male' }),
  followUp({ offsetMonths: 3, status: 'neither' }),
  followUp({ offsetMonths: 3, status: 'unknown' }),
  followUp({ offsetMonths: 6, status: 'work' }),
  followUp({ offsetMonths: 6, status: 'work', gender: 'male' }),
  followUp({ offsetMonths: 12, status: 'work', dischargedOn: d('2023-03-01') }),
  followUp({ offsetMonths: 12, status: 'neither', dischargedOn: d('2023-09-01') }),
  followUp({ offsetMonths: 3, status: 'neither', dischargedOn: d('2022-12-31') }),
];

describe('afterSupportReport', () => {
  const table = afterSupportReport(rows, { period: year2023, asOf, goalShare: 0.75 });

  it('gives the share of all due follow-ups (unknown as not met) and of the known ones', () => {
    expect(count(table, '3', 'due')).toBe(4);
    expect(count(table, '3', 'answered')).toBe(3);
    expect(count(table, '3', 'in_work_or_studies')).toBe(2);
    expect(count(table, '3', 'unknown')).toBe(1);
    expect(shareOf(cellAt(table, '3', 'in_work_or_studies'))).toBe(0.5);
    expect(shareOf(cellAt(table, '3', 'unknown'))).toBe(0.25);
    expect(valueOf(cellAt(table, '3', 'vs_goal_pp'))).toBeCloseTo(-25, 9);
    expect(valueOf(cellAt(table, '3', 'share_of_known'))).toBeCloseTo(2 / 3, 9);
    expect(valueOf(cellAt(table, '3', 'vs_goal_known_pp'))).toBeCloseTo(-8.333, 2);
    expect(shareOf(cellAt(table, '6', 'in_work_or_studies'))).toBe(1);
  });

  it("the issue's case: 6 in work or studies of 7 known and 3 unknown is 15 pp below a 75 % goal", () => {
    const statuses = [
      ...Array.from({ length: 4 }, () => 'work' as const),
      ...Array.from({ length: 2 }, () => 'studies' as const),
      'neither' as const,
      ...Array.from({ length: 3 }, () => 'unknown' as const),
    ];
    const t = afterSupportReport(
      statuses.map((status) => followUp({ offsetMonths: 6, status })),
      { period: year2023, asOf, goalShare: 0.75 },
    );
    expect(count(t, '6', 'due')).toBe(10);
    expect(count(t, '6', 'unknown')).toBe(3);
    // Conservative: 6 / 10 = 60 % → 60 − 75 = −15.0 pp: the goal comparison.
    expect(shareOf(cellAt(t, '6', 'in_work_or_studies'))).toBe(0.6);
    expect(valueOf(cellAt(t, '6', 'vs_goal_pp'))).toBeCloseTo(-15, 9);
    // Of the known answers: 6 / 7 = 85.71 % → +10.71 pp, shown beside it.
    expect(valueOf(cellAt(t, '6', 'share_of_known'))).toBeCloseTo(6 / 7, 9);
    expect(valueOf(cellAt(t, '6', 'vs_goal_known_pp'))).toBeCloseTo(10.714, 3);
    expect(t.definition.sv).toContain('okänd status räknas som att målet inte nåtts');
  });

  it('counts only follow-ups that are due', () => {
    expect(count(table, '12', 'due')).toBe(1);
    expect(count(table, '12', 'work')).toBe(1);
  });

  it('filters by gender', () => {
    const men = afterSupportReport(rows, {
      period: year2023,
      asOf,
      goalShare: 0.75,
      gender: 'male',
    });
    expect(count(men, '3', 'due')).toBe(1);
    expect(count(men, '6', 'work')).toBe(1);
    expect(count(men, '12', 'due')).toBe(0);
  });

  it('property: statuses add up and the share lies in [0, 1]', () => {
    const arb = fc.record({
      offsetMonths: fc.constantFrom(...followUpOffsets),
      status: fc.constantFrom(
        'work' as const,
        'studies' as const,
        'neither' as const,
        'unknown' as const,
      ),
      month: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 50 }), (sample) => {
        const t = afterSupportReport(
          sample.map((s) =>
            followUp({ ...s, dischargedOn: d(`2023-${String(s.month).padStart(2, '0')}-15`) }),
          ),
          { period: year2023, asOf: d('2030-01-01'), goalShare: 0.75 },
        );
        let total = 0;
        for (const row of t.rows) {
          const c = (key: string): number => countOf(row.cells[key]) ?? 0;
          expect(c('work') + c('studies') + c('neither')).toBe(c('answered'));
          expect(c('answered') + c('unknown')).toBe(c('due'));
          const share = shareOf(row.cells.in_work_or_studies);
          if (share !== undefined) expect(share >= 0 && share <= 1).toBe(true);
          total += c('due');
        }
        expect(total).toBe(sample.length);
      }),
    );
  });
});
