import { LocalDate } from '../core/local-date.js';
import { parsePersonnummer } from '../identity/personnummer.js';
import type { ImportRowErrorCode } from './import-errors.js';

/** What is wrong, where, in a referral or placement file: row (header = 1), field, code. */
export type RegisterRowError = {
  readonly row: number;
  readonly field: string | null;
  readonly code: ImportRowErrorCode;
};

/** One row as read: each mapped field's cell text. */
export type RegisterCells = Readonly<Record<string, string>>;

/**
 * The cell readers every register's row check shares, each failing into the row's list:
 * every failing field is reported, not only the first.
 */
export function rowReader(row: number, cells: RegisterCells, today: LocalDate) {
  const errors: RegisterRowError[] = [];
  const fail = (field: string | null, code: ImportRowErrorCode): undefined => {
    errors.push({ row, field, code });
    return undefined;
  };
  const text = (field: string): string => (cells[field] ?? '').trim();
  const required = (field: string): string | undefined =>
    text(field) === '' ? fail(field, 'IMPORT.REQUIRED') : text(field);
  /** A date as Excel or a person writes it; one that has happened is today at the latest. */
  const date = (field: string, happened: boolean): LocalDate | undefined => {
    const value = text(field);
    if (value === '') return undefined;
    const parsed = LocalDate.parse(
      /^\d{4}-\d{2}-\d{2}[ T]/.test(value) ? value.slice(0, 10) : value,
    );
    if (!parsed.ok) return fail(field, 'DATE.FORMAT');
    if (happened && parsed.value > today) return fail(field, 'DATE.IN_FUTURE');
    return parsed.value;
  };
  /** The personnummer, normalised to twelve digits, by the domain's own rule. */
  const personnummer = (field: string): string | undefined => {
    const value = required(field);
    if (value === undefined) return undefined;
    const parsed = parsePersonnummer(value, { today });
    return parsed.ok ? parsed.value.normalized : fail(field, parsed.error.code);
  };
  return { errors, fail, text, required, date, personnummer };
}
