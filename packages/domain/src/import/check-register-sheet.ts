import type { Result } from '../core/result.js';
import type { ImportRegister } from './import-registers.js';
import { registerSpecs } from './import-registers.js';
import { employerKey } from './import-targets.js';
import type { RegisterMapping } from './register-mapping.js';
import type { RegisterCells, RegisterRowError } from './register-row.js';
import { type PlacementImportRow, validatePlacementRow } from './validate-placement-row.js';
import {
  type ReferralImportLookups,
  type ReferralImportRow,
  validateReferralRow,
} from './validate-referral-row.js';
import type { Sheet } from './validate-sheet.js';

export type RegisterSheetCheck<Row> = {
  readonly total: number;
  readonly valid: readonly Row[];
  readonly errors: readonly RegisterRowError[];
};

/** Each row's mapped cells, by field. */
function cellsOf(
  register: ImportRegister,
  sheet: Sheet,
  mapping: RegisterMapping,
): RegisterCells[] {
  const columns = registerSpecs[register].fields.flatMap((field) => {
    const column = mapping[field] ?? null;
    const index = column === null ? -1 : sheet.headers.indexOf(column);
    return index < 0 ? [] : [[field, index] as const];
  });
  return sheet.rows.map((cells) =>
    Object.fromEntries(columns.map(([field, at]) => [field, cells[at] ?? ''])),
  );
}

function checkRows<Row>(
  register: ImportRegister,
  sheet: Sheet,
  mapping: RegisterMapping,
  validate: (row: number, cells: RegisterCells) => Result<Row, RegisterRowError[]>,
  keyOf: (row: Row) => string,
): RegisterSheetCheck<Row> {
  const valid: Row[] = [];
  const errors: RegisterRowError[] = [];
  const seen = new Set<string>();
  cellsOf(register, sheet, mapping).forEach((cells, index) => {
    const rowNumber = index + 2;
    const checked = validate(rowNumber, cells);
    if (!checked.ok) return void errors.push(...checked.error);
    const key = keyOf(checked.value);
    if (seen.has(key))
      return void errors.push({
        row: rowNumber,
        field: 'personnummer',
        code: 'IMPORT.DUPLICATE_RECORD_IN_FILE',
      });
    seen.add(key);
    valid.push(checked.value);
  });
  return { total: sheet.rows.length, valid, errors };
}

/**
 * The dry run's verdict on a referral file. The natural key is the person, the project
 * and the day the referral arrived: the same referral twice in the file fails the later row.
 */
export function checkReferralSheet(
  sheet: Sheet,
  mapping: RegisterMapping,
  lookups: ReferralImportLookups,
): RegisterSheetCheck<ReferralImportRow> {
  return checkRows(
    'referrals',
    sheet,
    mapping,
    (row, cells) => validateReferralRow(row, cells, lookups),
    (r) => `${r.personnummer}/${r.projectId}/${r.receivedOn}`,
  );
}

/**
 * The dry run's verdict on a placement file. The natural key is the person, the project,
 * the employer (by organisation number or name) and the start date.
 */
export function checkPlacementSheet(
  sheet: Sheet,
  mapping: RegisterMapping,
  lookups: Parameters<typeof validatePlacementRow>[2],
): RegisterSheetCheck<PlacementImportRow> {
  return checkRows(
    'placements',
    sheet,
    mapping,
    (row, cells) => validatePlacementRow(row, cells, lookups),
    (p) =>
      `${p.personnummer}/${p.projectId}/${p.employer ? employerKey(p.employer) : ''}/${p.startedOn}`,
  );
}
