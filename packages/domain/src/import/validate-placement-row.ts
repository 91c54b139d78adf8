import type { LocalDate } from '../core/local-date.js';
import { type Result, err, ok } from '../core/result.js';
import type { PlacementKind } from '../model/work.js';
import { parseOrganisationNumber } from '../rules/organisation-number.js';
import { pickValue } from './code-values.js';
import { type ImportLookups, lookUp } from './import-lookups.js';
import { type RegisterCells, type RegisterRowError, rowReader } from './register-row.js';

/** An employer as a row names it: by organisation number, by name, or both. */
export type EmployerReference = {
  readonly organisationNumber: string | null;
  readonly name: string | null;
};

/** A placement row that passed every rule; the enrollment is found when written. */
export type PlacementImportRow = {
  readonly row: number;
  readonly personnummer: string;
  readonly projectId: string;
  readonly employer: EmployerReference | null;
  readonly kind: PlacementKind;
  readonly startedOn: LocalDate;
  readonly endedOn: LocalDate | null;
  readonly hoursPerWeek: number | null;
};

const kindNames: Record<PlacementKind, readonly string[]> = {
  job_tasting: ['jobbprovning', 'prova på', 'job tasting'],
  work_trial: ['arbetsprövning', 'arbetsträning', 'praktik', 'work trial'],
  employment: ['anställning', 'jobb', 'employment'],
  subsidised_employment: [
    'anställning med lönestöd',
    'lönestöd',
    'lönebidrag',
    'subventionerad anställning',
    'subsidised employment',
    'subsidized employment',
  ],
  studies: ['studier', 'utbildning', 'studies'],
};
/** The placements table's bounds (numeric(4,1), above 0, at most 60). */
const MAX_HOURS_PER_WEEK = 60;
const EMPLOYER_NAME_MAX = 200;

/** Hours per week as Excel or a Swedish person writes them ("37,5"); undefined when not a number. */
function hoursOf(text: string): number | undefined {
  if (!/^\d+([.,]\d+)?$/.test(text)) return undefined;
  const hours = Math.round(Number(text.replace(',', '.')) * 10) / 10;
  return hours > 0 && hours <= MAX_HOURS_PER_WEEK ? hours : undefined;
}

/**
 * Checks one placement row by the domain's rules: the personnummer, the project, the kind
 * from the placement kinds, the dates (an end not before the start), hours per week as the
 * placements table bounds them, and the employer's organisation number (format, Luhn, a
 * legal entity's) or name. That the person is enrolled in the project on the start date is
 * checked against the register (`placementTarget`).
 */
export function validatePlacementRow(
  row: number,
  cells: RegisterCells,
  lookups: Pick<ImportLookups, 'today' | 'projects'>,
): Result<PlacementImportRow, RegisterRowError[]> {
  const { errors, fail, text, required, date, personnummer } = rowReader(row, cells, lookups.today);
  const pnr = personnummer('personnummer');
  const projectText = required('project');
  const project =
    projectText === undefined ? undefined : lookUp(lookups.projects, projectText, (p) => [p.name]);
  if (projectText !== undefined && !project) fail('project', 'IMPORT.UNKNOWN_PROJECT');
  const kindText = required('kind');
  const kind = kindText === undefined ? undefined : pickValue(kindNames, kindText);
  if (kindText !== undefined && !kind) fail('kind', 'IMPORT.UNKNOWN_PLACEMENT_KIND');
  // A placement may be agreed ahead of its start or its end: its dates are not bounded by today.
  const startedOn = required('startedOn') === undefined ? undefined : date('startedOn', false);
  const endedOn = date('endedOn', false);
  if (startedOn && endedOn && endedOn < startedOn) fail('endedOn', 'IMPORT.END_BEFORE_START');
  let hoursPerWeek: number | null = null;
  if (text('hoursPerWeek') !== '') {
    hoursPerWeek = hoursOf(text('hoursPerWeek')) ?? null;
    if (hoursPerWeek === null) fail('hoursPerWeek', 'IMPORT.HOURS');
  }
  let organisationNumber: string | null = null;
  if (text('employerOrganisationNumber') !== '') {
    const parsed = parseOrganisationNumber(text('employerOrganisationNumber'));
    if (parsed.ok) organisationNumber = parsed.value;
    else fail('employerOrganisationNumber', parsed.error.code);
  }
  const name = text('employer') === '' ? null : text('employer');
  if (name !== null && name.length > EMPLOYER_NAME_MAX) fail('employer', 'IMPORT.EMPLOYER_NAME');
  if (errors.length > 0 || !pnr || !project || !kind || !startedOn) return err(errors);
  return ok({
    row,
    personnummer: pnr,
    projectId: project.id,
    employer: name === null && organisationNumber === null ? null : { organisationNumber, name },
    kind,
    startedOn,
    endedOn: endedOn ?? null,
    hoursPerWeek,
  });
}
