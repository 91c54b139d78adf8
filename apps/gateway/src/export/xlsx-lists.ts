import {
  type XlsxCell,
  EMPTY,
  XLSX_FORMATS,
  dateCell,
  numberCell,
  textCell,
} from './xlsx-cells.js';
import { otherListExports } from './xlsx-list-columns.js';
import type { ListColumn, ListExport } from './xlsx-list-types.js';

export type { ListColumn, ListExport } from './xlsx-list-types.js';

/**
 * The exportable lists by resource name. The rows are read through the list's own GraphQL
 * query, so the role's policy, scope, masking (personnummer) and read audit are the ones
 * the panel gets.
 */
export const listExports: Readonly<Record<string, ListExport>> = {
  Participant: {
    title: 'Deltagare',
    query: 'allParticipants',
    filterType: 'ParticipantFilter',
    columns: [
      { header: 'Personnummer', field: 'personnummer', kind: 'text' },
      { header: 'Förnamn', field: 'firstName', kind: 'text' },
      { header: 'Efternamn', field: 'lastName', kind: 'text' },
      { header: 'Kön', field: 'gender', kind: 'text' },
      { header: 'Födelsedatum', field: 'birthDate', kind: 'date' },
      { header: 'Hemkommun (id)', field: 'homeMunicipalityId', kind: 'text' },
      { header: 'Status', field: 'status', kind: 'text' },
      { header: 'Fas', field: 'currentPhase', kind: 'text' },
      { header: 'Id', field: 'id', kind: 'text' },
    ],
  },
  Enrollment: {
    title: 'Inskrivningar',
    query: 'allEnrollments',
    filterType: 'EnrollmentFilter',
    columns: [
      { header: 'Deltagare', field: 'participantName', kind: 'text' },
      { header: 'Inskriven', field: 'enrolledOn', kind: 'date' },
      { header: 'Fas', field: 'currentPhase', kind: 'text' },
      { header: 'Avslutad', field: 'dischargedOn', kind: 'date' },
      { header: 'Avslutsorsak', field: 'dischargeReason', kind: 'text' },
      { header: 'Ersättning vid start', field: 'compensationAtStart', kind: 'text' },
      { header: 'Sysselsättning efter', field: 'occupationAfter', kind: 'text' },
      { header: 'Kommun (id)', field: 'municipalityId', kind: 'text' },
      { header: 'Coach (id)', field: 'coachId', kind: 'text' },
      { header: 'Projekt (id)', field: 'projectId', kind: 'text' },
      { header: 'Deltagare (id)', field: 'participantId', kind: 'text' },
      { header: 'Id', field: 'id', kind: 'text' },
    ],
  },
  ...otherListExports,
};

/** The one exportable list of `name`, never an inherited property (`constructor`). */
export function listExportOf(name: string): ListExport | undefined {
  return Object.hasOwn(listExports, name) ? listExports[name] : undefined;
}

/** A record's cell: text neutralised, dates as dates, integers as numbers. */
export function listCell(column: ListColumn, value: unknown): XlsxCell {
  if (value === null || value === undefined) return EMPTY;
  if (column.kind === 'integer' && typeof value === 'number')
    return numberCell(value, XLSX_FORMATS.integer);
  if (column.kind === 'decimal' && typeof value === 'number')
    return numberCell(value, XLSX_FORMATS.twoDecimals);
  if (column.kind === 'boolean' && typeof value === 'boolean')
    return textCell(value ? 'Ja' : 'Nej');
  if (column.kind === 'date' && typeof value === 'string') return dateCell(value);
  return textCell(Array.isArray(value) ? value.join(', ') : String(value));
}
