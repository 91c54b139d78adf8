import { stringify } from 'csv-stringify/sync';
import { LocalDate as D } from '@finsam-se/domain';
import { csvText } from './csv-cell.js';
import type { SusRegistrationRow } from './rows.js';
import type { CsvLocale } from './to-csv.js';

/** The SUS fields in export order, with Swedish and English headers. */
export const susFields = [
  ['registration_id', 'Registrerings-id', 'Registration id'],
  ['anonymous', 'Anonym', 'Anonymous'],
  ['budget_year', 'Budgetår', 'Budget year'],
  ['gender', 'Kön', 'Gender'],
  ['birth_year', 'Födelseår', 'Birth year'],
  ['age_at_registration', 'Ålder vid inskrivning', 'Age at registration'],
  ['registered_on', 'Inskrivningsdatum', 'Registered on'],
  ['income_before', 'Försörjning före', 'Income sources before'],
  ['education_level', 'Högsta utbildning', 'Highest education'],
  [
    'months_on_public_support_before',
    'Tid med offentlig försörjning före (månader)',
    'Months on public support before',
  ],
  ['income_during', 'Försörjning under', 'Income sources during'],
  ['discharged_on', 'Avslutsdatum', 'Discharged on'],
  ['income_after', 'Försörjning efter', 'Income sources after'],
  ['occupation_after', 'Sysselsättning efter', 'Occupation after'],
  [
    'work_or_study_started_or_grew',
    'Arbete eller studier påbörjat eller utökat',
    'Work or studies started or grew',
  ],
  ['discharge_reason', 'Avslutsorsak', 'Discharge reason'],
  ['days_in_insats', 'Tid i insatsen (dagar)', 'Days in the insats'],
] as const;

export type SusField = (typeof susFields)[number][0];

/** Several codes in one field: joined with `|` (codes never contain it). */
export const CODE_SEPARATOR = '|';

const flag = (value: boolean | null): string => (value === null ? '' : value ? '1' : '0');

/** The SUS fields of one registration; an anonymous one keeps only gender and budget year. */
export function susRecord(row: SusRegistrationRow): Record<SusField, string> {
  const base: Record<SusField, string> = {
    registration_id: row.registrationId,
    anonymous: flag(row.anonymous),
    budget_year: String(row.budgetYear),
    gender: row.gender,
    birth_year: '',
    age_at_registration: '',
    registered_on: '',
    income_before: '',
    education_level: '',
    months_on_public_support_before: '',
    income_during: '',
    discharged_on: '',
    income_after: '',
    occupation_after: '',
    work_or_study_started_or_grew: '',
    discharge_reason: '',
    days_in_insats: '',
  };
  if (row.anonymous) return base;
  return {
    ...base,
    birth_year: row.birthDate === null ? '' : row.birthDate.slice(0, 4),
    age_at_registration:
      row.birthDate === null ? '' : String(D.yearsBetween(row.birthDate, row.registeredOn)),
    registered_on: row.registeredOn,
    income_before: row.incomeBefore.join(CODE_SEPARATOR),
    education_level: row.educationLevel ?? '',
    months_on_public_support_before:
      row.monthsOnPublicSupportBefore === null ? '' : String(row.monthsOnPublicSupportBefore),
    income_during: row.incomeDuring.join(CODE_SEPARATOR),
    discharged_on: row.dischargedOn ?? '',
    income_after: row.dischargedOn === null ? '' : row.incomeAfter.join(CODE_SEPARATOR),
    occupation_after: row.occupationAfter ?? '',
    work_or_study_started_or_grew: flag(row.workOrStudyStartedOrGrew),
    discharge_reason: row.dischargeReason ?? '',
    days_in_insats:
      row.dischargedOn === null ? '' : String(D.daysBetween(row.registeredOn, row.dischargedOn)),
  };
}

/**
 * One registration's fields in `susFields` order as the export writes them: every field is
 * text (codes, dates, ids) and none may reach a spreadsheet as a formula.
 */
export function susExportFields(row: SusRegistrationRow): string[] {
  const record = susRecord(row);
  return susFields.map(([key]) => csvText(record[key]));
}

/**
 * SUS registrations in and out as CSV: UTF-8 with BOM, one row per registration ordered
 * by registration day then id, columns in `susFields` order, codes as in the code lists.
 */
export function susExportCsv(
  registrations: readonly SusRegistrationRow[],
  options: { readonly locale?: CsvLocale } = {},
): string {
  const locale = options.locale ?? 'sv';
  const sorted = [...registrations].sort((a, b) =>
    a.registeredOn !== b.registeredOn
      ? a.registeredOn < b.registeredOn
        ? -1
        : 1
      : a.registrationId < b.registrationId
        ? -1
        : a.registrationId > b.registrationId
          ? 1
          : 0,
  );
  const header = susFields.map(([, sv, en]) => (locale === 'sv' ? sv : en));
  const records = sorted.map(susExportFields);
  return stringify([header, ...records], {
    bom: true,
    delimiter: locale === 'sv' ? ';' : ',',
    record_delimiter: 'windows',
  });
}
