// The lists' Export: a CSV for Swedish Excel whose text can never run as a formula.
import { downloadCSV, type Exporter } from 'react-admin';

/**
 * OWASP's rule against CSV injection, as the reporting package's `csvText` (the panel
 * imports no package at run time, so the rule is repeated here and tested on the same
 * cases): text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a `'`.
 */
export function csvText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const quoted = (text: string): string =>
  /[";,\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/** One cell: numbers and booleans as they are (a negative number stays a number), text neutralised. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return quoted(csvText(text));
}

/** A record as columns: nested objects become `parent.child` columns, lists one cell. */
function flatten(record: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === '__typename') continue;
    const name = `${prefix}${key}`;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      Object.assign(columns, flatten(value as Record<string, unknown>, `${name}.`));
    } else if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
      columns[name] = value.join(', ');
    } else {
      columns[name] = value;
    }
  }
  return columns;
}

/** Records as CSV: UTF-8 with BOM, `;` between fields, CRLF, every text cell neutralised. */
export function recordsToCsv(records: readonly Record<string, unknown>[]): string {
  const rows = records.map((record) => flatten(record));
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [
    columns.map((column) => quoted(csvText(column))).join(';'),
    ...rows.map((row) => columns.map((column) => cell(row[column])).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The Export of every list (react-admin's default writes formula-like text verbatim). */
export const csvExporter: Exporter = (records, _fetchRelated, _dataProvider, resource) =>
  downloadCSV(recordsToCsv(records), resource ?? 'export');
