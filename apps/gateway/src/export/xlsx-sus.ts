// The SUS export as a workbook: the same registrations as the SUS CSV (the one service
// decides who may export, whose consent holds and audits the export), with numbers as
// numbers and days as dates.
import { susFields, type SusField } from '@finsam-se/reporting';
import { type XlsxCell, EMPTY, XLSX_FORMATS, dateCell, numberCell } from './xlsx-cells.js';

const integers: ReadonlySet<SusField> = new Set<SusField>([
  'anonymous',
  'budget_year',
  'birth_year',
  'age_at_registration',
  'months_on_public_support_before',
  'work_or_study_started_or_grew',
  'days_in_insats',
]);
/** Years and codes without a thousands space (2026, not 2 026). */
const plain: ReadonlySet<SusField> = new Set<SusField>([
  'anonymous',
  'budget_year',
  'birth_year',
  'work_or_study_started_or_grew',
]);
const dates: ReadonlySet<SusField> = new Set<SusField>(['registered_on', 'discharged_on']);

/**
 * One SUS record's cells from the CSV's fields (already through the formula rule, so text
 * is written as it stands): integers and 0/1 flags as numbers, days as dates.
 */
export function susCells(fields: readonly string[]): XlsxCell[] {
  return susFields.map(([key], index): XlsxCell => {
    const value = fields[index] ?? '';
    if (value === '') return EMPTY;
    if (integers.has(key) && /^-?\d+$/.test(value))
      return numberCell(Number(value), plain.has(key) ? '0' : XLSX_FORMATS.integer);
    if (dates.has(key)) return dateCell(value);
    return { kind: 'text', value };
  });
}

/** The SUS sheet's header, Swedish as the CSV's. */
export const susHeader: readonly string[] = susFields.map(([, sv]) => sv);
