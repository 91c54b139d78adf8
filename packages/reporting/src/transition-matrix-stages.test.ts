import { describe, expect, it } from 'vitest';
import { stagesOf, transitionMatrix, transitionSteps } from './transition-matrix.js';
import { cellAt, countOf } from './table.js';
import { discharged, enrollment, period } from './test-support/builders.js';

const year = period('2024-01-01', '2025-01-01');

// §9: "vilken typ av ersättning som personerna har före, under och efter projektdeltagandet".
// Discharged in 2024, primary source before → during → after (hand-counted):
//  activity_compensation → activity_compensation → salary
//  activity_compensation → wage_subsidy_salary   → wage_subsidy_salary
//  activity_compensation → (not recorded)        → activity_compensation
//  financial_assistance  → activity_support      → salary
const rows = [
  discharged('2024-02-01', 'employment', {
    incomeBefore: ['activity_compensation'],
    incomeDuring: ['activity_compensation', 'salary'],
    incomeAfter: ['salary'],
  }),
  discharged('2024-03-01', 'subsidised_employment', {
    incomeBefore: ['activity_compensation'],
    incomeDuring: ['wage_subsidy_salary'],
    incomeAfter: ['wage_subsidy_salary'],
  }),
  discharged('2024-04-01', 'job_seeking', {
    incomeBefore: ['activity_compensation'],
    incomeAfter: ['activity_compensation'],
  }),
  discharged('2024-05-01', 'employment', {
    incomeBefore: ['financial_assistance'],
    incomeDuring: ['activity_support'],
    incomeAfter: ['salary'],
  }),
  // Still enrolled: in no matrix, whatever its income during.
  enrollment({ incomeDuring: ['salary'] }),
];

const count = (table: ReturnType<typeof transitionMatrix>, row: string, column: string) =>
  countOf(cellAt(table, row, column));

describe('income before → during → after', () => {
  it('reads the steps', () => {
    expect(transitionSteps.map(stagesOf)).toEqual([
      { from: 'before', to: 'during' },
      { from: 'during', to: 'after' },
      { from: 'before', to: 'after' },
    ]);
  });

  it('counts before → during, with what was not recorded as its own column', () => {
    const table = transitionMatrix(rows, { period: year, step: 'before_during' });
    expect(table.title.sv).toBe('Försörjning före → under');
    expect(table.definition.sv).toContain(
      'vid inskrivning (rad) mot försörjning under deltagandet (kolumn)',
    );
    expect(table.definition.sv).toContain('Ej angiven');
    expect(count(table, 'activity_compensation', 'activity_compensation')).toBe(1);
    expect(count(table, 'activity_compensation', 'wage_subsidy_salary')).toBe(1);
    expect(count(table, 'activity_compensation', 'none')).toBe(1);
    expect(count(table, 'activity_compensation', 'total')).toBe(3);
    expect(count(table, 'financial_assistance', 'activity_support')).toBe(1);
    expect(count(table, 'total', 'total')).toBe(4);
  });

  it('counts during → after', () => {
    const table = transitionMatrix(rows, { period: year, step: 'during_after' });
    expect(table.title.en).toBe('Income source during → after');
    expect(table.dimension.sv).toBe('Försörjning under');
    expect(count(table, 'activity_compensation', 'salary')).toBe(1);
    expect(count(table, 'wage_subsidy_salary', 'wage_subsidy_salary')).toBe(1);
    expect(count(table, 'none', 'activity_compensation')).toBe(1);
    expect(count(table, 'activity_support', 'salary')).toBe(1);
  });

  it('keeps before → after as the default, unchanged', () => {
    const table = transitionMatrix(rows, { period: year });
    expect(table.title.sv).toBe('Försörjning före → efter');
    expect(count(table, 'activity_compensation', 'salary')).toBe(1);
    expect(count(table, 'activity_compensation', 'total')).toBe(3);
    expect(table).toEqual(transitionMatrix(rows, { period: year, step: 'before_after' }));
  });
});
