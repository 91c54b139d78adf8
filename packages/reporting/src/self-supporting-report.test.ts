import { describe, expect, it } from 'vitest';
import { loadHighsLpSolver } from './audit/highs-solver.js';
import { attackTable } from './audit/attack.js';
import { isProtected, protectTable } from './audit/protect.js';
import { cellId } from './relations.js';
import { selfSupportingReport } from './self-supporting-report.js';
import { cellAt, shareOf, valueOf } from './table.js';
import { count, d, discharged, followUp, period } from './test-support/builders.js';

const year2023 = period('2023-01-01', '2024-01-01');
const asOf = d('2024-06-01');

// A: discharged twice in 2023; the last discharge (2023-05-01, salary) counts.
// 6 months (due 2023-11-01) working; 12 months (due 2024-05-01) neither.
const aFirst = discharged('2023-02-01', 'other', {
  participantId: 'A',
  enrollmentId: 'A1',
  incomeAfter: ['sickness_benefit'],
});
const aLast = discharged('2023-05-01', 'employment', {
  participantId: 'A',
  enrollmentId: 'A2',
  incomeAfter: ['salary'],
});
// B: wage-subsidised salary at discharge (public support); 6 months working; 12 unknown.
const b = discharged('2023-03-01', 'subsidised_employment', {
  participantId: 'B',
  incomeAfter: ['wage_subsidy_salary'],
});
// C: student aid at discharge; 6 months studies; 12 months due 2024-04-01, not recorded.
const c = discharged('2023-04-01', 'studies', {
  participantId: 'C',
  incomeAfter: ['student_aid'],
});
// D: no income recorded at discharge (unknown); 6 months (due 2024-03-01) neither;
// 12 months not yet due (2024-09-01).
const d4 = discharged('2023-09-01', 'job_seeking', { participantId: 'D', incomeAfter: [] });
// E: salary and financial assistance at discharge (public support, so not self-supporting);
// 6 months due 2024-05-15, not recorded; 12 months not yet due.
const e = discharged('2023-11-15', 'employment', {
  participantId: 'E',
  incomeAfter: ['salary', 'financial_assistance'],
});
// F: discharged in 2022, outside the period.
const f = discharged('2022-12-31', 'employment', { participantId: 'F', incomeAfter: ['salary'] });

const on = (row: { enrollmentId: string; dischargedOn: string | null }) => ({
  enrollmentId: row.enrollmentId,
  dischargedOn: d(row.dischargedOn ?? ''),
});
const followUps = [
  followUp({ ...on(aFirst), offsetMonths: 6, status: 'work' }),
  followUp({ ...on(aLast), offsetMonths: 6, status: 'work' }),
  followUp({ ...on(aLast), offsetMonths: 12, status: 'neither' }),
  followUp({ ...on(b), offsetMonths: 6, status: 'work' }),
  followUp({ ...on(b), offsetMonths: 12, status: 'unknown' }),
  followUp({ ...on(c), offsetMonths: 6, status: 'studies' }),
  followUp({ ...on(d4), offsetMonths: 6, status: 'neither' }),
  followUp({ ...on(f), offsetMonths: 6, status: 'work' }),
];

describe('selfSupportingReport (FiA: 65 % self-supporting after the project)', () => {
  const table = selfSupportingReport([aFirst, aLast, b, c, d4, e, f], followUps, {
    period: year2023,
    asOf,
    goalShare: 0.65,
  });

  it('counts persons, each by their last discharge in the period', () => {
    for (const stage of ['at_discharge', '6', '12']) expect(count(table, stage, 'persons')).toBe(5);
  });

  it('at discharge: A and C of 5 (B wage subsidy, E assistance, D unknown)', () => {
    expect(count(table, 'at_discharge', 'due')).toBe(5);
    expect(count(table, 'at_discharge', 'self_supporting')).toBe(2);
    expect(count(table, 'at_discharge', 'not_self_supporting')).toBe(2);
    expect(count(table, 'at_discharge', 'unknown')).toBe(1);
    // By hand: 2 / 5 = 40 %, 25 pp below 65 %; of the known 2 / 4 = 50 %.
    expect(shareOf(cellAt(table, 'at_discharge', 'self_supporting'))).toBe(0.4);
    expect(valueOf(cellAt(table, 'at_discharge', 'vs_goal_pp'))).toBeCloseTo(-25, 9);
    expect(valueOf(cellAt(table, 'at_discharge', 'share_of_known'))).toBe(0.5);
    expect(valueOf(cellAt(table, 'at_discharge', 'goal'))).toBe(0.65);
  });

  it('6 months: A, B, C in work or studies; D neither; E due and unrecorded', () => {
    expect(count(table, '6', 'due')).toBe(5);
    expect(count(table, '6', 'self_supporting')).toBe(3);
    expect(count(table, '6', 'not_self_supporting')).toBe(1);
    expect(count(table, '6', 'unknown')).toBe(1);
    // 3 / 5 = 60 %, −5 pp; of the known 3 / 4 = 75 %.
    expect(valueOf(cellAt(table, '6', 'vs_goal_pp'))).toBeCloseTo(-5, 9);
    expect(valueOf(cellAt(table, '6', 'share_of_known'))).toBe(0.75);
  });

  it('12 months: D and E not yet due; A neither, B and C unknown', () => {
    expect(count(table, '12', 'not_yet_due')).toBe(2);
    expect(count(table, '12', 'due')).toBe(3);
    expect(count(table, '12', 'self_supporting')).toBe(0);
    expect(count(table, '12', 'not_self_supporting')).toBe(1);
    expect(count(table, '12', 'unknown')).toBe(2);
    expect(valueOf(cellAt(table, '12', 'vs_goal_pp'))).toBeCloseTo(-65, 9);
  });

  it('says what is counted, in the seed words', () => {
    expect(table.definition.sv).toContain('Personer (inte inskrivningar)');
    expect(table.definition.sv).toContain('lön med lönestöd');
    expect(table.definition.sv).toContain('egenförsörjning via arbete och/eller studier');
    expect(table.definition.en).toContain('unknown counts as not self-supporting');
  });

  it('leaves no small count an LP attacker can narrow below 0..5 once protected', async () => {
    const solver = await loadHighsLpSolver();
    const result = protectTable(table, { k: 5, solver });
    if (!result.ok) throw new Error(`refused: ${result.error.code}`);
    const small = new Set(
      table.rows.flatMap((row, index) =>
        table.columns
          .filter((column) => {
            const cell = row.cells[column.key];
            return cell?.kind === 'count' && cell.count >= 1 && cell.count < 5;
          })
          .map((column) => cellId(index, column.key)),
      ),
    );
    expect(small.size).toBe(10); // counted by hand: 3 + 3 + 4
    const { intervals } = attackTable(result.table, solver, small);
    const exposed = [...small].filter((id) => !isProtected(intervals.get(id), 5));
    expect(exposed).toEqual([]);
  });
});
