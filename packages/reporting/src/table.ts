/**
 * The one table shape every report returns, so that suppression, CSV export and the
 * gateway can handle any report generically.
 *
 * - A **count** cell holds a number of people (or referrals, placements) and, when its
 *   column names a `shareOf` column, the share `count / row[shareOf].count` in [0, 1].
 * - A **value** cell holds a derived number (median days, FTE, caseload per FTE, öre,
 *   percentage points). `basis` is how many people it was computed from (null when it
 *   describes no people, e.g. FTE or a goal).
 * - A **suppressed** cell was hidden by disclosure control: it is never shown as 0.
 *
 * Additive structure that suppression must respect is declared, never guessed:
 * - a count column with `sumOf` is, in every row, the sum of those columns;
 * - detail rows with the same `sumGroup` add up, column by column, to the total row with
 *   that `sumGroup`. Rows without a `sumGroup` (e.g. target-group factors, which overlap)
 *   take part in no vertical sum.
 */
export type Label = { readonly sv: string; readonly en: string };

export type Suppressed = { readonly kind: 'suppressed'; readonly suppressed: true };

export type Share = number | null | Suppressed;

export type CountCell = {
  readonly kind: 'count';
  readonly count: number;
  /** `count / denominator`, null when there is no share or the denominator is 0. */
  readonly share: Share;
};

export type ValueCell = {
  readonly kind: 'value';
  readonly value: number | null;
  /** Number of people the value was computed from; null when it describes no people. */
  readonly basis: number | null;
};

export type Cell = CountCell | ValueCell | Suppressed;

export type Unit =
  | 'persons'
  | 'count'
  | 'share'
  | 'days'
  | 'fte'
  | 'per_fte'
  | 'score'
  | 'ore'
  | 'percentage_points';

export type Column = {
  readonly key: string;
  readonly label: Label;
  readonly kind: 'count' | 'value';
  readonly unit: Unit;
  /** Count columns only: in every row this column equals the sum of these columns. */
  readonly sumOf?: readonly string[];
  /** Count columns only: the share is of this count column in the same row. */
  readonly shareOf?: string;
  /** Value columns: hidden whenever any of these count cells (or their shares) is hidden. */
  readonly derivedFrom?: readonly string[];
};

export type Row = {
  readonly key: string;
  readonly label: Label;
  readonly role: 'detail' | 'total';
  /** Detail rows with the same group add up to the total row of that group. */
  readonly sumGroup?: string;
  /** Machine-readable dimensions of the row, e.g. `{ month: '2024-01', municipalityId }`. */
  readonly dims: Readonly<Record<string, string>>;
  readonly cells: Readonly<Record<string, Cell>>;
};

/** A count cell of a table by row key and column key. */
export type CellRef = { readonly row: string; readonly column: string };

/**
 * An additive relation the columns' `sumOf` and the rows' `sumGroup` cannot say, e.g.
 * between rows (fidelity's two job rows share one denominator) or between the totals of
 * two groupings of the same people. `sum`: `whole` equals the sum of `parts` (one part:
 * the two cells are equal). `atLeast`: `whole` is at least the sum of `parts` (a subset).
 */
export type TableRelation = {
  readonly kind: 'sum' | 'atLeast';
  readonly whole: CellRef;
  readonly parts: readonly CellRef[];
};

export type Table = {
  /** Stable report id, e.g. `outcome`, `caseload`. */
  readonly id: string;
  readonly title: Label;
  /** Header of the row-label column, e.g. Kommun / Municipality. */
  readonly dimension: Label;
  /** The exact definition in one or two sentences (numerator, denominator, period). */
  readonly definition: Label;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** Relations between cells beyond `sumOf` and `sumGroup` (see `TableRelation`). */
  readonly relations?: readonly TableRelation[];
  /** Set by `suppress`: the threshold the table was published with. */
  readonly disclosure?: {
    readonly k: number;
    /** Set by `protectTable`: every hidden small count passed the LP audit. */
    readonly audited?: true;
  };
};

export const SUPPRESSED: Suppressed = Object.freeze({ kind: 'suppressed', suppressed: true });

export const isSuppressed = (cell: Cell | Share | undefined): cell is Suppressed =>
  typeof cell === 'object' && cell !== null && cell.kind === 'suppressed';

/** Same text in both languages: for names and ids. */
export const plain = (text: string): Label => ({ sv: text, en: text });

export const countCell = (count: number, denominator?: number): CountCell => ({
  kind: 'count',
  count,
  share: denominator === undefined || denominator === 0 ? null : count / denominator,
});

export const valueCell = (value: number | null, basis: number | null = null): ValueCell => ({
  kind: 'value',
  value,
  basis,
});

/** The count of a cell, or undefined when it is not a count (or hidden). */
export function countOf(cell: Cell | undefined): number | undefined {
  return cell?.kind === 'count' ? cell.count : undefined;
}

/** The share of a cell, or undefined when there is none (or it is hidden). */
export function shareOf(cell: Cell | undefined): number | undefined {
  if (cell?.kind !== 'count') return undefined;
  return typeof cell.share === 'number' ? cell.share : undefined;
}

/** The value of a value cell, or undefined. */
export function valueOf(cell: Cell | undefined): number | undefined {
  if (cell?.kind !== 'value') return undefined;
  return cell.value ?? undefined;
}

/**
 * Fills in the shares of count cells from the columns' `shareOf`; builders write counts
 * and let this compute every share the same way.
 */
export function withShares(
  columns: readonly Column[],
  cells: Record<string, Cell>,
): Record<string, Cell> {
  const out: Record<string, Cell> = { ...cells };
  for (const column of columns) {
    const cell = cells[column.key];
    if (column.kind !== 'count' || column.shareOf === undefined || cell?.kind !== 'count') continue;
    const denominator = countOf(cells[column.shareOf]);
    out[column.key] = countCell(cell.count, denominator);
  }
  return out;
}

export function findRow(table: Table, key: string): Row | undefined {
  return table.rows.find((row) => row.key === key);
}

export function cellAt(table: Table, rowKey: string, columnKey: string): Cell | undefined {
  return findRow(table, rowKey)?.cells[columnKey];
}
