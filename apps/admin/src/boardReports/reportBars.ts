// One bar per row of a report table, for the print's charts: the column's share when the
// cell has one (a rate), else its count. Suppressed and empty cells are left out (null),
// never drawn as 0, and the total row is not a bar beside its parts.
import type { ReportTable } from '../api/types';

export type Bar = { readonly label: string; readonly value: number | null };

export function reportBars(table: ReportTable, column: string): { bars: Bar[]; asShare: boolean } {
  const rows = table.rows.filter((row) => row.key !== 'total');
  const cells = rows.map((row) => row.cells.find((cell) => cell.column === column));
  const asShare = cells.some((cell) => typeof cell?.share === 'number');
  const bars = rows.map((row, index) => {
    const cell = cells[index];
    if (!cell || cell.suppressed) return { label: row.label, value: null };
    const value = asShare ? cell.share : (cell.count ?? cell.value);
    return { label: row.label, value: typeof value === 'number' ? value : null };
  });
  return { bars, asShare };
}

/** The goal a table states in its `goal` column (the same on every row), if any. */
export function goalOf(table: ReportTable, column: string): number | undefined {
  for (const row of table.rows) {
    const cell = row.cells.find((c) => c.column === column);
    if (typeof cell?.value === 'number') return cell.value;
  }
  return undefined;
}
