import { type ImportRowError, type ImportRow, validateImportRow } from './validate-row.js';
import {
  type ImportField,
  type ImportMapping,
  importFields,
  requiredImportFields,
} from './import-fields.js';
import type { ImportLookups } from './import-lookups.js';

/** A sheet as read: the header row and the rows under it, every cell as text. */
export type Sheet = {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
};

export type SheetCheck = {
  readonly total: number;
  readonly valid: readonly ImportRow[];
  readonly errors: readonly ImportRowError[];
};

/** The mapping's failure, if any: a required field unmapped, or a column the file lacks. */
export function mappingProblem(
  mapping: ImportMapping,
  headers: readonly string[],
): ImportField | null {
  for (const field of requiredImportFields) if (mapping[field] === null) return field;
  for (const field of importFields) {
    const column = mapping[field];
    if (column !== null && !headers.includes(column)) return field;
  }
  return null;
}

/**
 * The dry run's verdict on every row: the rows that pass the domain's rules, and every
 * error per row and field. A person and project twice in the file (the import's natural
 * key) fails the later row, so no file can write one person's enrollment twice.
 */
export function checkSheet(
  sheet: Sheet,
  mapping: ImportMapping,
  lookups: ImportLookups,
): SheetCheck {
  const columns = importFields.flatMap((field) => {
    const column = mapping[field];
    const index = column === null ? -1 : sheet.headers.indexOf(column);
    return index < 0 ? [] : [[field, index] as const];
  });
  const valid: ImportRow[] = [];
  const errors: ImportRowError[] = [];
  const seen = new Set<string>();
  sheet.rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    const values = Object.fromEntries(columns.map(([field, at]) => [field, cells[at] ?? '']));
    const checked = validateImportRow(rowNumber, values, lookups);
    if (!checked.ok) {
      errors.push(...checked.error);
      return;
    }
    const key = `${checked.value.personnummer}/${checked.value.enrollment?.projectId ?? ''}`;
    if (seen.has(key)) {
      errors.push({ row: rowNumber, field: 'personnummer', code: 'IMPORT.DUPLICATE_IN_FILE' });
      return;
    }
    seen.add(key);
    valid.push(checked.value);
  });
  return { total: sheet.rows.length, valid, errors };
}
