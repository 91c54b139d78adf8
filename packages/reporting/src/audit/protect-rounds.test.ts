import { beforeAll, describe, expect, it } from 'vitest';
import { outcomeReportFromTallies } from '../outcome-report.js';
import { cellId } from '../relations.js';
import type { Table } from '../table.js';
import { period } from '../test-support/builders.js';
import { attackTable } from './attack.js';
import { loadHighsLpSolver } from './highs-solver.js';
import type { LpSolver } from './lp.js';
import { isProtected, protectTable } from './protect.js';

let solver: LpSolver;
beforeAll(async () => {
  solver = await loadHighsLpSolver();
});

const K = 5;
const KINDS = ['work', 'studies', 'subsidised_work', 'job_seeking', 'other'] as const;

/** mulberry32: the same outcome table on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An outcome table by municipality with many small counts (as at national scale). */
function wideOutcome(municipalities: number, scale: number): Table {
  const random = prng(municipalities);
  const tallies = Array.from({ length: municipalities }, (_, m) =>
    KINDS.map((kind) => ({
      keys: [`m${String(m).padStart(2, '0')}`],
      kind,
      count: Math.floor(random() * scale * (kind === 'work' || kind === 'other' ? 2 : 1)),
    })),
  ).flat();
  return outcomeReportFromTallies(tallies, {
    period: period('2024-01-01', '2025-01-01'),
    by: 'municipality',
    goalShare: 0.35,
  });
}

describe('secondary suppression hides what binds the attacker', () => {
  it('40 municipalities of small counts are protected in 3 rounds (30 rounds and 75 extra cells when the cell was the smallest of any relation)', () => {
    const table = wideOutcome(40, 12);
    const result = protectTable(table, { k: K, solver });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.rounds).toBeLessThanOrEqual(4);
    expect(result.addedByAudit).toBeLessThan(40);
    // The plain LP attacker finds every small count protected.
    const { intervals } = attackTable(result.table, solver);
    const exposed = table.rows.flatMap((row, index) =>
      table.columns.flatMap((column) => {
        const cell = row.cells[column.key];
        if (cell?.kind !== 'count' || cell.count < 1 || cell.count >= K) return [];
        return isProtected(intervals.get(cellId(index, column.key)), K)
          ? []
          : [`${row.key}.${column.key}`];
      }),
    );
    expect(exposed).toEqual([]);
  }, 120_000);
});
