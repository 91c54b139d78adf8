import ExcelJS from 'exceljs';
import type { Harness } from './gateway-harness.js';

/** One row of an exported list: its cells by header, as Excel holds them (dates as dates). */
export type ExportedRow = Record<string, unknown>;

/** The first sheet of a list export (`/export/list/<Resource>.xlsx`) downloaded as `token`. */
export async function exportedRows(
  h: Harness,
  path: string,
  token: string | null,
): Promise<ExportedRow[]> {
  const response = await fetch(`${h.gateway.url}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`${path}: no sheet`);
  const header = Array.from(sheet.getRow(1).values as unknown[], (value) => String(value ?? ''));
  const rows: ExportedRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = row.values as unknown[];
    rows.push(Object.fromEntries(header.map((name, i) => [name, values[i] ?? null])));
  });
  return rows;
}

/**
 * An xlsx file of the rows under their own headers, as a person would save an export they
 * had edited; a cell of `null` is left empty.
 */
export async function workbookOf(rows: readonly ExportedRow[]): Promise<Buffer> {
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Import');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((name) => row[name] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
