import { SUPPRESSED_MARK, csvText } from '@finsam-se/reporting';
import type { Unit } from '@finsam-se/reporting';

/**
 * Number formats as stored in the file. A workbook always stores them in Excel's
 * invariant form (`,` groups thousands, `.` is the decimal sign); Excel shows them with
 * the reader's locale, so a Swedish Excel shows `#,##0` as `1 234` and `0.0%` as `35,0 %`.
 */
export const XLSX_FORMATS = {
  integer: '#,##0',
  oneDecimal: '#,##0.0',
  twoDecimals: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
} as const;

/** The number format of a table column's unit (öre are written as kronor). */
export function numberFormatOf(unit: Unit): string {
  switch (unit) {
    case 'persons':
    case 'count':
      return XLSX_FORMATS.integer;
    case 'share':
      return XLSX_FORMATS.percent;
    case 'fte':
    case 'ore':
      return XLSX_FORMATS.twoDecimals;
    case 'days':
    case 'per_fte':
    case 'score':
    case 'percentage_points':
      return XLSX_FORMATS.oneDecimal;
  }
}

/** A cell as written: a number with its format, a date, text, or nothing. */
export type XlsxCell =
  | { readonly kind: 'number'; readonly value: number; readonly format: string }
  | { readonly kind: 'date'; readonly value: Date }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'empty' };

export const EMPTY: XlsxCell = Object.freeze({ kind: 'empty' });

/** Text through the same OWASP rule as every CSV (`csvText`): formula-like text gets a `'`. */
export const textCell = (text: string): XlsxCell => ({ kind: 'text', value: csvText(text) });

/** A hidden figure: SCB's "..", never 0 and never empty. */
export const suppressedCell = (): XlsxCell => ({ kind: 'text', value: SUPPRESSED_MARK });

export const numberCell = (value: number, format: string): XlsxCell => ({
  kind: 'number',
  value,
  format,
});

/** A `YYYY-MM-DD` calendar day as an Excel date (midnight UTC, so no time zone moves the day). */
export function dateCell(isoDay: string): XlsxCell {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return textCell(isoDay);
  return {
    kind: 'date',
    value: new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
  };
}
