import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { XLSX_FORMATS, type XlsxCell } from './xlsx-cells.js';

/** The data sheet: a header row (frozen, with an autofilter) and rows that may stream in. */
export type XlsxSheet = {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: Iterable<readonly XlsxCell[]> | AsyncIterable<readonly XlsxCell[]>;
};

/** The "Definition" sheet: one label and one value a line (definition, period, filters, disclosure). */
export type XlsxDefinition = readonly (readonly [label: string, value: XlsxCell])[];

/** Excel refuses sheet names over 31 characters or with any of `[]:*?/\`. */
export function sheetName(title: string): string {
  const clean = title.replace(/[[\]:*?/\\]/g, ' ').trim();
  return (clean === '' ? 'Data' : clean).slice(0, 31);
}

function put(cell: ExcelJS.Cell, value: XlsxCell): void {
  switch (value.kind) {
    case 'number':
      cell.value = value.value;
      cell.numFmt = value.format;
      return;
    case 'date':
      cell.value = value.value;
      cell.numFmt = XLSX_FORMATS.date;
      return;
    case 'text':
      cell.value = value.value;
      return;
    case 'empty':
      return;
  }
}

function addRow(sheet: ExcelJS.Worksheet, cells: readonly XlsxCell[]): void {
  const row = sheet.addRow([]);
  cells.forEach((value, index) => put(row.getCell(index + 1), value));
  row.commit();
}

/**
 * Streams a workbook to `out`: exceljs's streaming writer commits each row as it is added,
 * so a list of many thousand rows never sits in memory as a workbook. Header cells go
 * through the caller (already neutralised text); the writer adds no formulas.
 */
export async function writeXlsx(
  out: Writable,
  data: XlsxSheet,
  definition: XlsxDefinition,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Höglandet SE';
  const sheet = workbook.addWorksheet(sheetName(data.name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: Math.max(1, data.header.length) },
  };
  const header = sheet.addRow([...data.header]);
  header.font = { bold: true };
  header.commit();
  for await (const cells of data.rows) addRow(sheet, cells);
  sheet.commit();
  const about = workbook.addWorksheet('Definition');
  for (const [label, value] of definition) addRow(about, [{ kind: 'text', value: label }, value]);
  about.commit();
  await workbook.commit();
}
