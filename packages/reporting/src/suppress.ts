import { type CellId, cellId } from './relations.js';
import { type Cell, type Column, type Row, type Table, SUPPRESSED, isSuppressed } from './table.js';

export type SuppressOptions = {
  /** Smallest count that may be published (other than 0). Default 5. */
  readonly k?: number;
};

/** A count cell position: row index and column key. */
type Ref = { readonly row: number; readonly column: string };

/**
 * The additive relations of a table, each a list of count cells of which one is the sum
 * of the others: per row, a `sumOf` column and its parts; per sum group, the total row
 * and its detail rows, column by column. Only relations of two or more cells that are
 * count cells (or already hidden) are returned. The table's own `sum` relations are added.
 */
export function additiveRelations(table: Table): Ref[][] {
  const relations: Ref[][] = [];
  const isCountish = (cell: Cell | undefined): boolean =>
    cell !== undefined && (cell.kind === 'count' || isSuppressed(cell));
  const countColumns = table.columns.filter((column) => column.kind === 'count');
  table.rows.forEach((row, index) => {
    for (const column of countColumns) {
      if (!column.sumOf || !isCountish(row.cells[column.key])) continue;
      const refs = [column.key, ...column.sumOf]
        .filter((key) => isCountish(row.cells[key]))
        .map((key) => ({ row: index, column: key }));
      if (refs.length >= 2) relations.push(refs);
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
    if (total === null) continue;
    for (const column of countColumns) {
      const refs = [total, ...details]
        .filter((index) => isCountish(table.rows[index]?.cells[column.key]))
        .map((index) => ({ row: index, column: column.key }));
      if (refs.length >= 2) relations.push(refs);
    }
  }
  const rowIndex = new Map(table.rows.map((row, index) => [row.key, index]));
  for (const relation of table.relations ?? []) {
    if (relation.kind !== 'sum') continue;
    const refs = [relation.whole, ...relation.parts].map((ref) => ({
      row: rowIndex.get(ref.row) ?? -1,
      column: ref.column,
    }));
    if (refs.every((ref) => isCountish(table.rows[ref.row]?.cells[ref.column])))
      relations.push(refs);
  }
  return relations;
}

/**
 * Disclosure control. Hides every count from 1 to k−1 (primary suppression; 0 is
 * published), then, until stable, for every additive relation (row sum, column sum,
 * grand total) with exactly one hidden cell hides one more cell of it: the smallest
 * non-zero count (a zero only when nothing else is left), ties by row then column order.
 * Shares are hidden with their count and whenever their denominator is hidden; value
 * cells are hidden when computed from fewer than k people (`basis` 1..k−1) or from a
 * hidden count. Hidden cells become `{ kind: 'suppressed', suppressed: true }`, never 0.
 */
export function suppress(table: Table, options: SuppressOptions = {}): Table {
  const k = thresholdOf(options);
  return publishHidden(table, hiddenByLines(table, k), k);
}

export function thresholdOf(options: SuppressOptions): number {
  const k = options.k ?? 5;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  return k;
}

/** A count from 1 to k−1: hidden by primary suppression (0 is published). */
export const isSmallCount = (cell: Cell | undefined, k: number): boolean =>
  cell?.kind === 'count' && cell.count >= 1 && cell.count < k;

/**
 * The cells the "two per line" rule hides: every small count (and every cell already
 * hidden), then, until stable, a second cell in each relation with exactly one hidden.
 */
export function hiddenByLines(table: Table, k: number): Set<CellId> {
  const hidden = new Set<CellId>();
  const id = (ref: Ref): CellId => cellId(ref.row, ref.column);
  const cellAt = (ref: Ref): Cell | undefined => table.rows[ref.row]?.cells[ref.column];

  table.rows.forEach((row, index) => {
    for (const [key, cell] of Object.entries(row.cells)) {
      if (isSuppressed(cell) || isSmallCount(cell, k)) hidden.add(cellId(index, key));
    }
  });

  const columnOrder = new Map(table.columns.map((column, index) => [column.key, index]));
  const relations = additiveRelations(table);
  let changed = true;
  while (changed) {
    changed = false;
    for (const relation of relations) {
      const hiddenHere = relation.filter((ref) => hidden.has(id(ref))).length;
      if (hiddenHere !== 1) continue;
      const candidate = pickComplement(
        relation.filter((ref) => !hidden.has(id(ref))),
        cellAt,
        columnOrder,
      );
      if (candidate) {
        hidden.add(id(candidate));
        changed = true;
      }
    }
  }
  return hidden;
}

/**
 * The table as published with these cells hidden: hidden cells become `SUPPRESSED`,
 * shares go with their count and their denominator, values with their sources
 * (`derivedFrom`) and with a basis of 1..k−1 people.
 */
export function publishHidden(table: Table, hidden: ReadonlySet<CellId>, k: number): Table {
  const isHidden = (row: number, column: string): boolean => hidden.has(cellId(row, column));
  const rows: Row[] = table.rows.map((row, index) => ({
    ...row,
    cells: publishCells(row, index, table.columns, isHidden, k),
  }));
  return { ...table, rows, disclosure: { k } };
}

function pickComplement(
  candidates: readonly Ref[],
  cellAt: (ref: Ref) => Cell | undefined,
  columnOrder: ReadonlyMap<string, number>,
): Ref | undefined {
  let best: { ref: Ref; rank: [number, number, number, number] } | undefined;
  for (const ref of candidates) {
    const cell = cellAt(ref);
    const count = cell?.kind === 'count' ? cell.count : 0;
    const rank: [number, number, number, number] = [
      count === 0 ? 1 : 0,
      count,
      ref.row,
      columnOrder.get(ref.column) ?? Number.MAX_SAFE_INTEGER,
    ];
    if (!best || lexLess(rank, best.rank)) best = { ref, rank };
  }
  return best?.ref;
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

function publishCells(
  row: Row,
  index: number,
  columns: readonly Column[],
  isHidden: (row: number, column: string) => boolean,
  k: number,
): Record<string, Cell> {
  const byKey = new Map(columns.map((column) => [column.key, column]));
  const shareHidden = (key: string): boolean => {
    const column = byKey.get(key);
    return column?.shareOf !== undefined && isHidden(index, column.shareOf);
  };
  const out: Record<string, Cell> = {};
  for (const [key, cell] of Object.entries(row.cells)) {
    if (isHidden(index, key) || isSuppressed(cell)) {
      out[key] = SUPPRESSED;
      continue;
    }
    if (cell.kind === 'count') {
      out[key] = shareHidden(key) && cell.share !== null ? { ...cell, share: SUPPRESSED } : cell;
      continue;
    }
    const column = byKey.get(key);
    const smallBasis = cell.basis !== null && cell.basis >= 1 && cell.basis < k;
    const fromHidden = (column?.derivedFrom ?? []).some(
      (source) => isHidden(index, source) || shareHidden(source),
    );
    out[key] = smallBasis || fromHidden ? SUPPRESSED : cell;
  }
  return out;
}
