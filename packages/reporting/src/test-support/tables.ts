import { type Column, type Row, type Table, countCell, withShares } from '../table.js';

/**
 * A 2-D table of counts with a total column (sum of the parts), a total row (sum of the
 * detail rows) and row shares, as the figures build them.
 */
export function matrixTable(matrix: readonly (readonly number[])[]): Table {
  const width = matrix[0]?.length ?? 0;
  const parts = Array.from({ length: width }, (_, j) => `c${j}`);
  const columns: Column[] = [
    ...parts.map((key): Column => ({
      key,
      label: { sv: key, en: key },
      kind: 'count',
      unit: 'persons',
      shareOf: 'total',
    })),
    {
      key: 'total',
      label: { sv: 'Totalt', en: 'Total' },
      kind: 'count',
      unit: 'persons',
      sumOf: parts,
    },
  ];
  const line = (values: readonly number[]): Row['cells'] => {
    const cells: Record<string, ReturnType<typeof countCell>> = {};
    parts.forEach((key, j) => (cells[key] = countCell(values[j] ?? 0)));
    cells.total = countCell(values.reduce((a, b) => a + b, 0));
    return withShares(columns, cells);
  };
  const totals = parts.map((_, j) => matrix.reduce((a, row) => a + (row[j] ?? 0), 0));
  const rows: Row[] = [
    ...matrix.map((values, i): Row => ({
      key: `r${i}`,
      label: { sv: `r${i}`, en: `r${i}` },
      role: 'detail',
      sumGroup: 'all',
      dims: {},
      cells: line(values),
    })),
    {
      key: 'total',
      label: { sv: 'Totalt', en: 'Total' },
      role: 'total',
      sumGroup: 'all',
      dims: {},
      cells: line(totals),
    },
  ];
  return {
    id: 'matrix',
    title: { sv: 'Matris', en: 'Matrix' },
    dimension: { sv: 'Rad', en: 'Row' },
    definition: { sv: '', en: '' },
    columns,
    rows,
  };
}
