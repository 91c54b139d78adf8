import { type Cell, type Table, isSuppressed } from './table.js';

/** A cell of a table by row index and column key, as one string. */
export type CellId = string;

export const cellId = (row: number, column: string): CellId => `${row}\u0000${column}`;

export function parseCellId(id: CellId): { readonly row: number; readonly column: string } {
  const [row, column] = id.split('\u0000');
  return { row: Number(row), column: column ?? '' };
}

/** `Σ coefficient · cell` is `= 0` (`eq`) or `≥ 0` (`ge`). */
export type LinearConstraint = {
  readonly terms: readonly { readonly cell: CellId; readonly coefficient: number }[];
  readonly sense: 'eq' | 'ge';
};

const isCountish = (cell: Cell | undefined): boolean =>
  cell !== undefined && (cell.kind === 'count' || isSuppressed(cell));

/**
 * Every linear relation a table states between its count cells, which is everything an
 * attacker may combine (the LP auditor combines all of them at once, so relations they
 * imply, such as `discharged = work_or_studies + subsidised_work + job_seeking + other`,
 * need not be listed):
 * - per row, each `sumOf` column equals the sum of its parts;
 * - per sum group and count column, the total row equals the sum of its detail rows;
 * - the table's own `relations` (between rows, or a subset: `atLeast`);
 * - each published share of a count: `count = share × denominator`.
 * A relation is left out only when one of its cells is missing (not a count in that row).
 */
export function linearConstraints(table: Table): LinearConstraint[] {
  const out: LinearConstraint[] = [];
  const sum = (whole: CellId, parts: readonly CellId[], sense: 'eq' | 'ge' = 'eq') =>
    out.push({
      terms: [{ cell: whole, coefficient: 1 }, ...parts.map((cell) => ({ cell, coefficient: -1 }))],
      sense,
    });
  const countColumns = table.columns.filter((column) => column.kind === 'count');
  const present = (row: number, column: string): boolean =>
    isCountish(table.rows[row]?.cells[column]);

  table.rows.forEach((_row, index) => {
    for (const column of countColumns) {
      if (column.sumOf === undefined) continue;
      const keys = [column.key, ...column.sumOf];
      if (keys.every((key) => present(index, key)))
        sum(
          cellId(index, column.key),
          column.sumOf.map((key) => cellId(index, key)),
        );
    }
  });

  const groups = new Map<string, { total: number | null; details: number[] }>();
  table.rows.forEach((row, index) => {
    if (row.sumGroup === undefined) return;
    const group = groups.get(row.sumGroup) ?? { total: null, details: [] };
    groups.set(row.sumGroup, group);
    if (row.role === 'total') group.total = index;
    else group.details.push(index);
  });
  for (const { total, details } of groups.values()) {
    // A total row alone in its group (a table by `total`) is the sum of nothing listed.
    if (total === null || details.length === 0) continue;
    for (const column of countColumns) {
      const rows = [total, ...details];
      if (rows.every((index) => present(index, column.key)))
        sum(
          cellId(total, column.key),
          details.map((index) => cellId(index, column.key)),
        );
    }
  }

  const rowIndex = new Map(table.rows.map((row, index) => [row.key, index]));
  for (const relation of table.relations ?? []) {
    const refs = [relation.whole, ...relation.parts].map((ref) => ({
      row: rowIndex.get(ref.row),
      column: ref.column,
    }));
    if (refs.some((ref) => ref.row === undefined || !present(ref.row, ref.column))) continue;
    const [whole, ...parts] = refs.map((ref) => cellId(ref.row ?? -1, ref.column));
    if (whole !== undefined) sum(whole, parts, relation.kind === 'sum' ? 'eq' : 'ge');
  }

  table.rows.forEach((row, index) => {
    for (const column of countColumns) {
      const cell = row.cells[column.key];
      if (column.shareOf === undefined || cell?.kind !== 'count') continue;
      if (typeof cell.share !== 'number' || !present(index, column.shareOf)) continue;
      out.push({
        terms: [
          { cell: cellId(index, column.key), coefficient: 1 },
          { cell: cellId(index, column.shareOf), coefficient: -cell.share },
        ],
        sense: 'eq',
      });
    }
  });
  return out;
}
