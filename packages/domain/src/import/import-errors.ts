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
} as const satisfies Record<string, Messages>;

export type ImportErrorCode = keyof typeof importErrorMessages;

/** Every code a row or a file can fail with: the import's and the domain's. */
export type ImportRowErrorCode = ImportErrorCode | DomainErrorCode;

export function importErrorMessage(code: ImportRowErrorCode): Messages {
  return code in importErrorMessages
    ? importErrorMessages[code as ImportErrorCode]
    : domainErrorMessages[code as DomainErrorCode];
}
