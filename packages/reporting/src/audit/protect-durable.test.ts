import { beforeAll, describe, expect, it } from 'vitest';
import { durableOutcomeReport } from '../durable-outcome.js';
import { cellId } from '../relations.js';
import type { Table } from '../table.js';
import { d, discharged, followUp, period } from '../test-support/builders.js';
import { attackTable } from './attack.js';
import { loadHighsLpSolver } from './highs-solver.js';
import type { LpSolver } from './lp.js';
import { isProtected, protectTable } from './protect.js';

let solver: LpSolver;
beforeAll(async () => {
  solver = await loadHighsLpSolver();
});

const K = 5;

/** The small counts of the original table the attacker narrows below k after publication. */
function exposed(original: Table, published: Table): string[] {
  const intervals = attackTable(published, solver).intervals;
  return original.rows.flatMap((row, index) =>
    original.columns.flatMap((column) => {
      const cell = row.cells[column.key];
      if (cell?.kind !== 'count' || cell.count < 1 || cell.count >= K) return [];
      const interval = intervals.get(cellId(index, column.key));
      return isProtected(interval, K) ? [] : [`${row.key}.${column.key}`];
    }),
  );
}

describe('durable outcome under disclosure control', () => {
  it('small counts at discharge and at the follow-ups are protected, not recoverable across stages', () => {
    const statuses = [
      ...Array.from({ length: 12 }, () => ['employment', 'work', 'work'] as const),
      ...Array.from({ length: 9 }, () => ['studies', 'studies', 'neither'] as const),
      ...Array.from({ length: 3 }, () => ['job_seeking', 'neither', 'unknown'] as const),
      ...Array.from({ length: 2 }, () => ['subsidised_employment', 'work', 'studies'] as const),
    ];
    const enrollments = statuses.map(([occupation], i) =>
      discharged('2023-03-01', occupation, { participantId: `P${i}`, enrollmentId: `E${i}` }),
    );
    const followUps = statuses.flatMap(([, six, twelve], i) => [
      followUp({
        enrollmentId: `E${i}`,
        dischargedOn: d('2023-03-01'),
        offsetMonths: 6,
        status: six,
      }),
      followUp({
        enrollmentId: `E${i}`,
        dischargedOn: d('2023-03-01'),
        offsetMonths: 12,
        status: twelve,
      }),
    ]);
    const table = durableOutcomeReport(enrollments, followUps, {
      period: period('2023-01-01', '2024-01-01'),
      asOf: d('2025-01-01'),
      goalShare: 0.35,
    });
    const result = protectTable(table, { k: K, solver });
    if (!result.ok) throw new Error(result.error.code);
    expect(exposed(table, result.table)).toEqual([]);
  });
});
