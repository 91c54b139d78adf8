import { type Cell, type Column, type Table, csvText, isSuppressed } from '@finsam-se/reporting';
import {
  EMPTY,
  XLSX_FORMATS,
  type XlsxCell,
  dateCell,
  numberCell,
  numberFormatOf,
  suppressedCell,
  textCell,
} from './xlsx-cells.js';
import type { XlsxDefinition, XlsxSheet } from './xlsx-workbook.js';

const hasShare = (column: Column): boolean =>
  column.kind === 'count' && column.shareOf !== undefined;

const unitSuffix = (column: Column): string =>
  column.unit === 'share' ? ' (%)' : column.unit === 'ore' ? ' (kr)' : '';

/** A value in its unit as Excel should hold it: öre as kronor, shares as fractions (0.35 = 35 %). */
function valueCellOf(cell: Cell | undefined, column: Column): XlsxCell {
  if (cell === undefined) return EMPTY;
  if (isSuppressed(cell)) return suppressedCell();
  if (cell.kind === 'count') return numberCell(cell.count, XLSX_FORMATS.integer);
  if (cell.value === null) return EMPTY;
  const value = column.unit === 'ore' ? cell.value / 100 : cell.value;
  return numberCell(value, numberFormatOf(column.unit));
}

function shareCellOf(cell: Cell | undefined): XlsxCell {
  if (cell === undefined) return EMPTY;
  if (isSuppressed(cell)) return suppressedCell();
  if (cell.kind !== 'count' || cell.share === null) return EMPTY;
  if (isSuppressed(cell.share)) return suppressedCell();
  return numberCell(cell.share, XLSX_FORMATS.percent);
}

/**
 * A report table as the data sheet, in the same columns as its CSV (each count with a
 * share followed by its share), Swedish headers, row labels neutralised like the CSV's.
 */
export function reportSheet(table: Table): XlsxSheet {
  const header = [csvText(table.dimension.sv)];
  for (const column of table.columns) {
    header.push(csvText(`${column.label.sv}${unitSuffix(column)}`));
    if (hasShare(column)) header.push(csvText(`${column.label.sv}, andel`));
  }
  const rows = table.rows.map((row) => {
    const cells: XlsxCell[] = [textCell(row.label.sv)];
    for (const column of table.columns) {
      const cell = row.cells[column.key];
      cells.push(valueCellOf(cell, column));
      if (hasShare(column)) cells.push(shareCellOf(cell));
    }
    return cells;
  });
  return { name: table.title.sv, header, rows };
}

/** What the report's period is, as two dates (the end inclusive, as people read it). */
export type ReportPeriod = { readonly from: string; readonly toInclusive: string };

/**
 * The Definition sheet: the report, its definition, the period as dates, then the notes
 * the report was published with (period in words, filters, and for other förbund the
 * disclosure rule), and the disclosure line.
 */
export function reportDefinition(
  table: Table,
  notes: readonly string[],
  period: ReportPeriod,
): XlsxDefinition {
  const [, ...rest] = notes; // notes[0] is the definition itself
  return [
    ['Rapport', textCell(table.title.sv)],
    ['Definition', textCell(table.definition.sv)],
    ['Från och med', dateCell(period.from)],
    ['Till och med', dateCell(period.toInclusive)],
    ...rest.map((note) => ['Not', textCell(note)] as const),
    [
      'Röjandeskydd',
      textCell(
        table.disclosure
          ? `k = ${table.disclosure.k}: dolda celler skrivs som ".." och är aldrig 0.`
          : 'Ingen: en intern rapport inom din behörighet, med personuppgifter i aggregat. Lämnas inte ut utanför förbundet.',
      ),
    ],
  ];
}
