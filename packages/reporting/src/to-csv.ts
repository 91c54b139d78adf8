import { stringify } from 'csv-stringify/sync';
import { csvText } from './csv-cell.js';
import type { Cell, Column, Share, Table, Unit } from './table.js';
import { isSuppressed } from './table.js';

export type CsvLocale = 'sv' | 'en';

export type CsvOptions = {
  /** `sv`: Swedish headers, `;` between fields, decimal comma (Swedish Excel). `en`: `,` and point. */
  readonly locale?: CsvLocale;
};

/** What a hidden cell is written as: SCB's sign for "cannot be reported". */
export const SUPPRESSED_MARK = '..';

const decimalsOf: Readonly<Record<Unit, number>> = {
  persons: 0,
  count: 0,
  share: 1,
  days: 1,
  fte: 2,
  per_fte: 1,
  // Averages of 1–5 scales: 3.1 is not 3.
  score: 1,
  ore: 2,
  percentage_points: 1,
};

/** A number with fixed decimals and the locale's decimal sign, no thousands separators. */
export function formatNumber(value: number, decimals: number, locale: CsvLocale): string {
  const text = (Math.round(value * 10 ** decimals) / 10 ** decimals).toFixed(decimals);
  const normalised = text === `-${(0).toFixed(decimals)}` ? text.slice(1) : text;
  return locale === 'sv' ? normalised.replace('.', ',') : normalised;
}

/** A value in its unit: shares as percent, öre as kronor. */
export function formatValue(value: number, unit: Unit, locale: CsvLocale): string {
  const scaled = unit === 'share' ? value * 100 : unit === 'ore' ? value / 100 : value;
  return formatNumber(scaled, decimalsOf[unit], locale);
}

const unitSuffix = (unit: Unit, locale: CsvLocale): string =>
  unit === 'share' ? ' (%)' : unit === 'ore' ? (locale === 'sv' ? ' (kr)' : ' (SEK)') : '';

function cellText(cell: Cell | undefined, column: Column, locale: CsvLocale): string {
  if (cell === undefined) return '';
  if (isSuppressed(cell)) return SUPPRESSED_MARK;
  if (cell.kind === 'count') return String(cell.count);
  return cell.value === null ? '' : formatValue(cell.value, column.unit, locale);
}

function shareText(share: Share | undefined, locale: CsvLocale): string {
  if (share === undefined || share === null) return '';
  if (isSuppressed(share)) return SUPPRESSED_MARK;
  return formatValue(share, 'share', locale);
}

/**
 * A table as CSV for Excel: UTF-8 with BOM, CRLF, headers in the locale, columns in the
 * table's order (each count column with a share followed by its share in percent), hidden
 * cells as `..`, missing values empty, formula-like labels neutralised (`csvText`).
 */
export function toCsv(table: Table, options: CsvOptions = {}): string {
  const locale = options.locale ?? 'sv';
  const header = [csvText(table.dimension[locale])];
  for (const column of table.columns) {
    header.push(csvText(`${column.label[locale]}${unitSuffix(column.unit, locale)}`));
    if (column.kind === 'count' && column.shareOf !== undefined) {
      header.push(csvText(`${column.label[locale]}, ${locale === 'sv' ? 'andel' : 'share'} (%)`));
    }
  }
  const records = table.rows.map((row) => {
    // Labels are text (a coach's or municipality's name); the cells after them are numbers.
    const record = [csvText(row.label[locale])];
    for (const column of table.columns) {
      const cell = row.cells[column.key];
      record.push(cellText(cell, column, locale));
      if (column.kind === 'count' && column.shareOf !== undefined) {
        record.push(
          isSuppressed(cell)
            ? SUPPRESSED_MARK
            : shareText(cell?.kind === 'count' ? cell.share : undefined, locale),
        );
      }
    }
    return record;
  });
  return stringify([header, ...records], {
    bom: true,
    delimiter: locale === 'sv' ? ';' : ',',
    record_delimiter: 'windows',
  });
}
