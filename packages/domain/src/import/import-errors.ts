import { type DomainErrorCode, type Messages, domainErrorMessages } from '../core/domain-error.js';

/** The import's own failures; a row's other failures are the domain's codes. */
export const importErrorMessages = {
  'IMPORT.NOT_SPREADSHEET': {
    sv: 'Filen är inte ett kalkylblad. Ladda upp en .xlsx- eller .csv-fil.',
    en: 'The file is not a spreadsheet. Upload an .xlsx or .csv file.',
  },
  'IMPORT.EMPTY': {
    sv: 'Filen har inga rader under rubrikraden.',
    en: 'The file has no rows below the header row.',
  },
  'IMPORT.TOO_LARGE': {
    sv: 'Filen är för stor för en import.',
    en: 'The file is too large for one import.',
  },
  'IMPORT.MAPPING': {
    sv: 'Kolumnmatchningen saknar ett obligatoriskt fält eller nämner en kolumn som inte finns.',
    en: 'The column mapping lacks a required field or names a column that is not in the file.',
  },
  'IMPORT.REQUIRED': {
    sv: 'Värdet saknas men krävs.',
    en: 'The value is missing but required.',
  },
  'IMPORT.TEXT_LENGTH': {
    sv: 'Texten ska vara 1–100 tecken.',
    en: 'The text must be 1–100 characters.',
  },
  'IMPORT.UNKNOWN_GENDER': {
    sv: 'Okänt kön. Skriv kvinna, man eller annat.',
    en: 'Unknown gender. Write female, male or other.',
  },
  'IMPORT.UNKNOWN_TARGET_GROUP': {
    sv: 'Okänd målgruppsfaktor.',
    en: 'Unknown target group factor.',
  },
  'IMPORT.UNKNOWN_MUNICIPALITY': {
    sv: 'Kommunen finns inte i förbundet (ange namn eller kommunkod).',
    en: 'The municipality is not in the association (give its name or code).',
  },
  'IMPORT.UNKNOWN_PROJECT': {
    sv: 'Projektet finns inte i förbundet.',
    en: 'The project is not in the association.',
  },
  'IMPORT.UNKNOWN_COACH': {
    sv: 'Coachen finns inte i förbundet (ange namn eller e-post).',
    en: 'The coach is not in the association (give the name or e-mail).',
  },
  'IMPORT.UNKNOWN_PHASE': {
    sv: 'Okänd fas. Ange en av de fem stegen, t.ex. Jobbsökande.',
    en: 'Unknown phase. Give one of the five steps, e.g. Job finding.',
  },
  'IMPORT.ENROLLMENT_INCOMPLETE': {
    sv: 'En inskrivning kräver projekt, coach, inskrivningsdatum och försörjning vid start.',
    en: 'An enrollment requires project, coach, enrollment date and income at start.',
  },
  'IMPORT.DUPLICATE_IN_FILE': {
    sv: 'Samma person och projekt finns på en tidigare rad i filen.',
    en: 'The same person and project are on an earlier row of the file.',
  },
  'IMPORT.DUPLICATE_RECORD_IN_FILE': {
    sv: 'Samma post (person, projekt och datum) finns på en tidigare rad i filen.',
    en: 'The same record (person, project and date) is on an earlier row of the file.',
  },
  'IMPORT.UNKNOWN_REGISTER': {
    sv: 'Okänt register. Välj deltagare, remisser eller placeringar.',
    en: 'Unknown register. Choose participants, referrals or placements.',
  },
  'IMPORT.UNKNOWN_PERSON': {
    sv: 'Personen finns inte i förbundet. Importera deltagarna först.',
    en: 'The person is not registered in the association. Import the participants first.',
  },
  'IMPORT.NOT_ENROLLED': {
    sv: 'Personen är inte inskriven i projektet.',
    en: 'The person is not enrolled in the project.',
  },
  'IMPORT.UNKNOWN_REFERRER_ORGANISATION': {
    sv: 'Okänd remitterande myndighet. Skriv Försäkringskassan, Arbetsförmedlingen, Region eller Kommun.',
    en: 'Unknown referring authority. Write Försäkringskassan, Arbetsförmedlingen, Region or Municipality.',
  },
  'IMPORT.UNKNOWN_REFERRER': {
    sv: 'Remittenten finns inte som användare i förbundet (ange namn eller e-post).',
    en: 'The referrer is not a user of the association (give the name or e-mail).',
  },
  'IMPORT.UNKNOWN_DECISION': {
    sv: 'Okänt beslut. Skriv antagen, inte nu, avslag eller eskalerad.',
    en: 'Unknown decision. Write accepted, not now, declined or escalated.',
  },
  'IMPORT.DECISION_INCOMPLETE': {
    sv: 'Ett beslut kräver både beslut och beslutsdatum.',
    en: 'A decision requires both the decision and its date.',
  },
  'IMPORT.NO_DECIDER': {
    sv: 'Ingen beslutsfattare angiven för importens beslut (på kommandoraden: --decided-by <e-post>).',
    en: 'No decider given for the imported decisions (on the command line: --decided-by <e-mail>).',
  },
  'IMPORT.NOTE_LENGTH': {
    sv: 'Anteckningen får vara högst 2000 tecken.',
    en: 'The note may be at most 2000 characters.',
  },
  'IMPORT.UNKNOWN_PLACEMENT_KIND': {
    sv: 'Okänd typ av placering. Skriv jobbprovning, arbetsprövning, anställning, anställning med lönestöd eller studier.',
    en: 'Unknown kind of placement. Write job tasting, work trial, employment, subsidised employment or studies.',
  },
  'IMPORT.HOURS': {
    sv: 'Timmar per vecka ska vara ett tal större än 0 och högst 60.',
    en: 'Hours per week must be a number above 0 and at most 60.',
  },
  'IMPORT.END_BEFORE_START': {
    sv: 'Slutdatum ligger före startdatum.',
    en: 'The end date is before the start date.',
  },
  'IMPORT.EMPLOYER_NAME': {
    sv: 'Arbetsgivarens namn ska vara 1–200 tecken; en ny arbetsgivare kräver ett namn.',
    en: "The employer's name must be 1–200 characters; a new employer requires a name.",
  },
} as const satisfies Record<string, Messages>;

export type ImportErrorCode = keyof typeof importErrorMessages;

/** Every code a row or a file can fail with: the import's and the domain's. */
export type ImportRowErrorCode = ImportErrorCode | DomainErrorCode;

export function importErrorMessage(code: ImportRowErrorCode): Messages {
  return code in importErrorMessages
    ? importErrorMessages[code as ImportErrorCode]
    : domainErrorMessages[code as DomainErrorCode];
}
