import type { CellRef, TableRelation } from './table.js';

/** Two cells that always hold the same count (the same people counted twice). */
export const sameCount = (a: CellRef, b: CellRef): TableRelation => ({
  kind: 'sum',
  whole: a,
  parts: [b],
});

/** `whole` is the sum of `parts`, across rows. */
export const sumOfCells = (whole: CellRef, parts: readonly CellRef[]): TableRelation => ({
  kind: 'sum',
  whole,
  parts,
});

/** `part` counts a subset of the people `whole` counts. */
export const subsetOf = (part: CellRef, whole: CellRef): TableRelation => ({
  kind: 'atLeast',
  whole,
  parts: [part],
});

export const ref = (row: string, column: string): CellRef => ({ row, column });
