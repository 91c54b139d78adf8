import ExcelJS from 'exceljs';
import { type Result, type Sheet, err, ok, parseCsv } from '@finsam-se/domain';

export type ReadSheetError = 'IMPORT.NOT_SPREADSHEET' | 'IMPORT.EMPTY' | 'IMPORT.TOO_LARGE';

/** What one import takes: a förbund's whole register fits many times over. */
export const IMPORT_MAX_BYTES = 30 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 200_000;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Whether the text has a control character no CSV file holds (tab, CR and LF it may). */
function looksBinary(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true;
  }
  return false;
}

/**
 * Reads the first sheet of an .xlsx file, or a CSV file (UTF-8 with or without a byte order
 * mark, or Windows-1252 as older Excel versions save "CSV (semikolonavgränsad)"), into a
 * header row and rows of text. Dates become `YYYY-MM-DD`. Anything else, a PDF or a picture
 * renamed .csv, say, is NOT_SPREADSHEET.
 */
export async function readSheet(bytes: Buffer): Promise<Result<Sheet, ReadSheetError>> {
  if (bytes.length > IMPORT_MAX_BYTES) return err('IMPORT.TOO_LARGE');
  const table = bytes.subarray(0, 4).equals(ZIP_MAGIC) ? await readXlsx(bytes) : readCsv(bytes);
  if (table === undefined) return err('IMPORT.NOT_SPREADSHEET');
  const [header, ...rows] = table;
  const headers = (header ?? []).map((cell) => cell.trim());
  if (headers.filter((cell) => cell !== '').length < 2) return err('IMPORT.NOT_SPREADSHEET');
  if (rows.length === 0) return err('IMPORT.EMPTY');
  if (rows.length > IMPORT_MAX_ROWS) return err('IMPORT.TOO_LARGE');
  return ok({ headers, rows });
}

function readCsv(bytes: Buffer): string[][] | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (looksBinary(text)) return undefined;
  return parseCsv(text);
}

async function readXlsx(bytes: Buffer): Promise<string[][] | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return undefined;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return undefined;
  const rows: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column += 1)
      cells.push(textOf(row.getCell(column).value));
    if (cells.some((cell) => cell.trim() !== '')) rows.push(cells);
  });
  return rows;
}

/** A cell's value as the text a person sees in it (dates as `YYYY-MM-DD`). */
export function textOf(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return textOf(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}
