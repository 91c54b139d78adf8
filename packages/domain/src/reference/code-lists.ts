import type { Messages } from '../core/domain-error.js';
import type { LocalDate } from '../core/local-date.js';

/**
 * Code lists are versioned reference data, not enums frozen in code: SUS changes its lists,
 * so an entry has a validity and a list has a version. Persistence stores them as rows; these
 * are version 1 of each list, aligned with what SUS records (see the README).
 */
export type CodeListId =
  'income_source' | 'occupation_after' | 'discharge_reason' | 'education_level';

/** What an occupation after discharge means for the outcome figures. */
export type OutcomeKind = 'work' | 'subsidised_work' | 'studies' | 'job_seeking' | 'other';

export type CodeListEntry = {
  readonly code: string;
  readonly label: Messages;
  readonly validFrom: LocalDate;
  /** First day the code is no longer valid (half-open), or null while valid. */
  readonly validUntil: LocalDate | null;
  /** For occupation-after codes: how the outcome figures count it. */
  readonly outcome?: OutcomeKind;
  /** For income sources: public support (ersättning) or not. */
  readonly publicSupport?: boolean;
  /** For income sources: cannot be combined with any other source. */
  readonly exclusive?: boolean;
};

export type CodeList = {
  readonly id: CodeListId;
  readonly version: number;
  readonly name: Messages;
  readonly entries: readonly CodeListEntry[];
};

const from2018 = '2018-01-01' as LocalDate;

const entry = (
  code: string,
  sv: string,
  en: string,
  extra: Partial<CodeListEntry> = {},
): CodeListEntry => ({
  code,
  label: { sv, en },
  validFrom: from2018,
  validUntil: null,
  ...extra,
});

/** Försörjning: income sources before, during and after participation. Several may apply. */
export const incomeSources: CodeList = {
  id: 'income_source',
  version: 1,
  name: { sv: 'Försörjning', en: 'Income source' },
  entries: [
    entry('activity_compensation', 'Aktivitetsersättning', 'Activity compensation', {
      publicSupport: true,
    }),
    entry('sickness_compensation', 'Sjukersättning', 'Sickness compensation', {
      publicSupport: true,
    }),
    entry('sickness_benefit', 'Sjukpenning', 'Sickness benefit', { publicSupport: true }),
    entry('rehabilitation_benefit', 'Rehabiliteringsersättning', 'Rehabilitation benefit', {
      publicSupport: true,
    }),
    entry('activity_support', 'Aktivitetsstöd', 'Activity support', { publicSupport: true }),
    entry('development_allowance', 'Utvecklingsersättning', 'Development allowance', {
      publicSupport: true,
    }),
    entry('unemployment_benefit', 'Arbetslöshetsersättning', 'Unemployment benefit', {
      publicSupport: true,
    }),
    entry('financial_assistance', 'Ekonomiskt bistånd', 'Financial assistance', {
      publicSupport: true,
    }),
    entry('wage_subsidy_salary', 'Lön med lönestöd', 'Salary with wage subsidy', {
      publicSupport: true,
    }),
    entry('other_public', 'Annan offentlig försörjning', 'Other public support', {
      publicSupport: true,
    }),
    entry('salary', 'Lön', 'Salary', { publicSupport: false }),
    entry('student_aid', 'Studiemedel', 'Student aid', { publicSupport: false }),
    entry('no_public_support', 'Ingen offentlig försörjning', 'No public support', {
      publicSupport: false,
      exclusive: true,
    }),
  ],
};

/** Sysselsättning efter avslut: occupation after leaving. */
export const occupationsAfter: CodeList = {
  id: 'occupation_after',
  version: 1,
  name: { sv: 'Sysselsättning efter', en: 'Occupation after' },
  entries: [
    entry(
      'employment',
      'Förvärvsarbete på reguljära arbetsmarknaden',
      'Work on the regular labour market',
      {
        outcome: 'work',
      },
    ),
    entry('self_employment', 'Eget företag', 'Self-employment', { outcome: 'work' }),
    entry('subsidised_employment', 'Förvärvsarbete med lönestöd', 'Work with wage subsidy', {
      outcome: 'subsidised_work',
    }),
    entry('studies', 'Studier', 'Studies', { outcome: 'studies' }),
    entry('job_seeking', 'Aktivt arbetssökande', 'Actively seeking work', {
      outcome: 'job_seeking',
    }),
    entry('other_intervention', 'Annan insats', 'Other intervention', { outcome: 'other' }),
    entry('sick_leave', 'Sjukskriven', 'On sick leave', { outcome: 'other' }),
    entry('other', 'Övrigt', 'Other', { outcome: 'other' }),
    entry('unknown', 'Okänt', 'Unknown', { outcome: 'other' }),
  ],
};

/** Avslutsorsak: why an enrollment ended. */
export const dischargeReasons: CodeList = {
  id: 'discharge_reason',
  version: 1,
  name: { sv: 'Avslutsorsak', en: 'Discharge reason' },
  entries: [
    entry('got_work', 'Fått arbete', 'Got work'),
    entry('started_studies', 'Börjat studera', 'Started studies'),
    entry('other_intervention', 'Övergått till annan insats', 'Moved to another intervention'),
    entry('health', 'Ohälsa', 'Ill health'),
    entry('not_motivated', 'Inte motiverad', 'Not motivated'),
    entry('moved', 'Flyttat', 'Moved away'),
    entry('no_contact', 'Avbrutit / ingen kontakt', 'Dropped out / no contact'),
    entry('project_ended', 'Projektet avslutat', 'Project ended'),
    entry('other', 'Annan orsak', 'Other reason'),
  ],
};

/** Högsta utbildning: highest completed education, as SUS records it at registration. */
export const educationLevels: CodeList = {
  id: 'education_level',
  version: 1,
  name: { sv: 'Högsta utbildning', en: 'Highest education' },
  entries: [
    entry('primary_incomplete', 'Ej fullföljd grundskola', 'Compulsory school not completed'),
    entry('primary', 'Grundskola', 'Compulsory school'),
    entry('upper_secondary', 'Gymnasieskola', 'Upper secondary school'),
    entry('post_secondary', 'Eftergymnasial utbildning', 'Post-secondary education'),
  ],
};

/** Version 1 of every code list. */
export const codeLists: readonly CodeList[] = [
  incomeSources,
  occupationsAfter,
  dischargeReasons,
  educationLevels,
];
