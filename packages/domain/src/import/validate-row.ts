import { LocalDate } from '../core/local-date.js';
import { type Result, err, ok } from '../core/result.js';
import { parsePersonnummer } from '../identity/personnummer.js';
import type { Discharge, Enrollment, Phase, PhaseTransition } from '../model/enrollment.js';
import type { Gender, TargetGroupFactor } from '../model/people.js';
import { validateIncomeSources } from '../reference/code-list-rules.js';
import { dischargeReasons, incomeSources, occupationsAfter } from '../reference/code-lists.js';
import { discharge, movePhase } from '../rules/enrollment-lifecycle.js';
import { requireProjectRunning } from '../rules/project-running.js';
import { codeOf, pickValue, splitValues } from './code-values.js';
import type { ImportRowErrorCode } from './import-errors.js';
import type { ImportField } from './import-fields.js';
import { type ImportLookups, lookUp } from './import-lookups.js';

/** One row as read: each mapped field's cell text (absent = the column is not mapped). */
export type ImportCells = Partial<Record<ImportField, string>>;

/**
 * What is wrong, where: the sheet's row number (the header is row 1), the field and the
 * closed code. The words are the catalogue's (`importErrorMessage`; the gateway's error
 * catalogue for clients), never carried on the row.
 */
export type ImportRowError = {
  readonly row: number;
  readonly field: ImportField | null;
  readonly code: ImportRowErrorCode;
};

export type ImportEnrollment = {
  readonly projectId: string;
  readonly coachId: string;
  readonly municipalityId: string;
  readonly enrolledOn: LocalDate;
  readonly compensationAtStart: readonly string[];
  readonly phases: readonly PhaseTransition[];
  readonly discharge: Discharge | null;
};

/** A row that passed every rule, ready to write. */
export type ImportRow = {
  readonly row: number;
  /** Normalised, twelve digits. */
  readonly personnummer: string;
  readonly birthDate: LocalDate;
  readonly firstName: string;
  readonly lastName: string;
  readonly gender: Gender;
  readonly homeMunicipalityId: string;
  readonly targetGroupFactors: readonly TargetGroupFactor[];
  readonly enrollment: ImportEnrollment | null;
};

const genderNames: Record<Gender, readonly string[]> = {
  female: ['kvinna', 'k', 'f', 'kvinnlig'],
  male: ['man', 'm', 'manlig'],
  other: ['annat', 'annan', 'ickebinär', 'a'],
};
const factorNames: Record<TargetGroupFactor, readonly string[]> = {
  disability: ['funktionshinder', 'funktionsnedsättning', 'disability'],
  mental_ill_health: ['psykisk ohälsa', 'mental ill health', 'mental ill-health'],
  substance_abuse: ['missbruk', 'missbruksproblematik', 'substance abuse'],
};
const phaseNames: Record<Phase, readonly string[]> = {
  agreement: ['1', 'överenskommelse', 'agreement'],
  vocational_profile: ['2', 'yrkesprofil', 'vocational profile'],
  job_finding: ['3', 'jobbsökande', 'job finding'],
  employer_engagement: ['4', 'arbetsgivarengagemang', 'arbetsgivarkontakt', 'employer engagement'],
  support_on_off_job: ['5', 'stöd på och utanför arbetet', 'support on and off the job'],
};

/**
 * Checks one row by the domain's own rules: the personnummer (format, Luhn, serial 000,
 * date), names, the code lists on the right dates, the project running on the enrollment
 * date, and the enrollment's life (phase and discharge) through the same state machine as
 * the panel's buttons. Every failing field is reported, not only the first.
 */
export function validateImportRow(
  row: number,
  cells: ImportCells,
  lookups: ImportLookups,
): Result<ImportRow, ImportRowError[]> {
  const errors: ImportRowError[] = [];
  const fail = (field: ImportField | null, code: ImportRowErrorCode): undefined => {
    errors.push({ row, field, code });
    return undefined;
  };
  const text = (field: ImportField): string => (cells[field] ?? '').trim();
  const required = (field: ImportField): string | undefined =>
    text(field) === '' ? fail(field, 'IMPORT.REQUIRED') : text(field);
  const date = (field: ImportField): LocalDate | undefined => {
    const value = text(field);
    if (value === '') return undefined;
    const parsed = LocalDate.parse(
      /^\d{4}-\d{2}-\d{2}[ T]/.test(value) ? value.slice(0, 10) : value,
    );
    if (!parsed.ok) return fail(field, 'DATE.FORMAT');
    if (parsed.value > lookups.today) return fail(field, 'DATE.IN_FUTURE');
    return parsed.value;
  };
  const name = (field: ImportField): string | undefined => {
    const value = required(field);
    if (value !== undefined && value.length > 100) return fail(field, 'IMPORT.TEXT_LENGTH');
    return value;
  };

  const pnrText = required('personnummer');
  const parsed =
    pnrText === undefined ? undefined : parsePersonnummer(pnrText, { today: lookups.today });
  if (parsed && !parsed.ok) fail('personnummer', parsed.error.code);
  const person = parsed?.ok ? parsed.value : undefined;
  const firstName = name('firstName');
  const lastName = name('lastName');

  let gender: Gender | undefined = person?.legalGender;
  if (text('gender') !== '') {
    gender = pickValue(genderNames, text('gender'));
    if (gender === undefined) fail('gender', 'IMPORT.UNKNOWN_GENDER');
  }
  const homeText = required('homeMunicipality');
  const home =
    homeText === undefined
      ? undefined
      : lookUp(lookups.municipalities, homeText, (m) => [m.name, m.code]);
  if (homeText !== undefined && !home) fail('homeMunicipality', 'IMPORT.UNKNOWN_MUNICIPALITY');

  const factors: TargetGroupFactor[] = [];
  for (const part of splitValues(text('targetGroupFactors'))) {
    const factor = pickValue(factorNames, part);
    if (factor === undefined) fail('targetGroupFactors', 'IMPORT.UNKNOWN_TARGET_GROUP');
    else if (!factors.includes(factor)) factors.push(factor);
  }

  const enrollment = enrollmentOf(cells, lookups, fail, date, () => errors.length);
  if (errors.length > 0 || !person || !firstName || !lastName || !gender || !home)
    return err(errors);
  if (enrollment === 'invalid') return err(errors);
  return ok({
    row,
    personnummer: person.normalized,
    birthDate: person.birthDate,
    firstName,
    lastName,
    gender,
    homeMunicipalityId: home.id,
    targetGroupFactors: factors,
    enrollment,
  });
}

type Fail = (field: ImportField | null, code: ImportRowErrorCode) => undefined;

const enrollmentFields: readonly ImportField[] = [
  'project',
  'coach',
  'enrolledOn',
  'compensationAtStart',
  'currentPhase',
  'phaseOn',
  'dischargedOn',
  'dischargeReason',
  'compensationAtEnd',
  'occupationAfter',
];

/** The row's enrollment: null when the row has none, 'invalid' when it failed (reported). */
function enrollmentOf(
  cells: ImportCells,
  lookups: ImportLookups,
  fail: Fail,
  date: (field: ImportField) => LocalDate | undefined,
  errorCount: () => number,
): ImportEnrollment | null | 'invalid' {
  const text = (field: ImportField): string => (cells[field] ?? '').trim();
  if (enrollmentFields.every((field) => text(field) === '')) return null;
  const before = errorCount();
  const missing = (['project', 'coach', 'enrolledOn', 'compensationAtStart'] as const).filter(
    (field) => text(field) === '',
  );
  for (const field of missing) fail(field, 'IMPORT.ENROLLMENT_INCOMPLETE');

  const project =
    text('project') === '' ? undefined : lookUp(lookups.projects, text('project'), (p) => [p.name]);
  if (text('project') !== '' && !project) fail('project', 'IMPORT.UNKNOWN_PROJECT');
  const coach =
    text('coach') === ''
      ? undefined
      : lookUp(lookups.coaches, text('coach'), (c) => [c.name, c.email]);
  if (text('coach') !== '' && !coach) fail('coach', 'IMPORT.UNKNOWN_COACH');
  const enrolledOn = date('enrolledOn');
  const phaseOn = date('phaseOn');
  const dischargedOn = date('dischargedOn');
  let phase: Phase | undefined;
  if (text('currentPhase') !== '') {
    phase = pickValue(phaseNames, text('currentPhase'));
    if (phase === undefined) fail('currentPhase', 'IMPORT.UNKNOWN_PHASE');
  }
  let sources: readonly string[] | undefined;
  if (enrolledOn && text('compensationAtStart') !== '') {
    const checked = validateIncomeSources(
      incomeSources,
      splitValues(text('compensationAtStart')).map((part) => codeOf(incomeSources, part)),
      enrolledOn,
    );
    if (checked.ok) sources = checked.value;
    else fail('compensationAtStart', checked.error.code);
  }
  if (project && enrolledOn) {
    const running = requireProjectRunning(project, enrolledOn, 'enrolledOn');
    if (!running.ok) fail('enrolledOn', running.error.code);
  }
  if (errorCount() > before || !project || !coach || !enrolledOn || !sources) return 'invalid';

  // The enrollment's life through the domain's own state machine, as the panel records it.
  let life: Enrollment = {
    associationId: '',
    id: '',
    participantId: '',
    coachId: coach.id,
    municipalityId: coach.municipalityId,
    projectId: project.id,
    referralId: null,
    enrolledOn,
    compensationAtStart: sources,
    compensationDuring: [],
    phases: [{ phase: 'agreement', on: enrolledOn }],
    discharge: null,
    afterSupport: [],
    version: 1,
  };
  if (phase !== undefined && phase !== 'agreement') {
    const moved = movePhase(life, phase, phaseOn ?? enrolledOn);
    if (!moved.ok)
      return (
        fail(text('phaseOn') === '' ? 'currentPhase' : 'phaseOn', moved.error.code) ?? 'invalid'
      );
    life = moved.value;
  }
  if (
    dischargedOn !== undefined ||
    ['dischargeReason', 'compensationAtEnd', 'occupationAfter'].some(
      (f) => text(f as ImportField) !== '',
    )
  ) {
    if (dischargedOn === undefined)
      return fail('dischargedOn', 'ENROLLMENT.DISCHARGE_INCOMPLETE') ?? 'invalid';
    const ended = discharge(life, {
      on: dischargedOn,
      ...(text('dischargeReason') === ''
        ? {}
        : { reason: codeOf(dischargeReasons, text('dischargeReason')) }),
      compensationAtEnd: splitValues(text('compensationAtEnd')).map((part) =>
        codeOf(incomeSources, part),
      ),
      ...(text('occupationAfter') === ''
        ? {}
        : { occupationAfter: codeOf(occupationsAfter, text('occupationAfter')) }),
    });
    if (!ended.ok) return fail(dischargeField(ended.error.field), ended.error.code) ?? 'invalid';
    life = ended.value;
  }
  return {
    projectId: project.id,
    coachId: coach.id,
    municipalityId: coach.municipalityId,
    enrolledOn,
    compensationAtStart: sources,
    phases: life.phases,
    discharge: life.discharge,
  };
}

/** The import's column for a field the discharge rule names. */
function dischargeField(field: string | undefined): ImportField {
  if (field === 'reason') return 'dischargeReason';
  if (field === 'compensationAtEnd' || field === 'occupationAfter') return field;
  return 'dischargedOn';
}
