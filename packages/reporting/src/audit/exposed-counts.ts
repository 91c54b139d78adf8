import { type CellId, cellId } from '../relations.js';
import type { Table } from '../table.js';
import { attackTable } from './attack.js';
import type { Interval, LpSolver } from './lp.js';
import { isProtected } from './protect.js';

/** The small counts (1 to k − 1) of a table as computed, by cell, with where each stands. */
export function smallCounts(table: Table, k: number): Map<CellId, string> {
  const small = new Map<CellId, string>();
  table.rows.forEach((row, index) => {
    for (const column of table.columns) {
      const cell = row.cells[column.key];
      if (column.kind === 'count' && cell?.kind === 'count' && cell.count >= 1 && cell.count < k)
        small.set(cellId(index, column.key), `${row.key}.${column.key}`);
    }
  });
  return small;
}

/**
 * The small counts of the truth (`smallCounts`) that the plain LP attacker narrows, in the
 * published table, to a range that does not hold 0 to k: what an external audit reports.
 */
export function exposedCounts(
  published: Table,
  small: ReadonlyMap<CellId, string>,
  solver: LpSolver,
  k: number,
): { readonly where: string; readonly interval: Interval | undefined }[] {
  if (small.size === 0) return [];
  const { intervals } = attackTable(published, solver, new Set(small.keys()));
  return [...small].flatMap(([id, where]) => {
    const interval = intervals.get(id);
    return isProtected(interval, k) ? [] : [{ where, interval }];
  });
}
