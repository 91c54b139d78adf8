import type { CatalogueEntry } from './catalogue-entry.js';

/**
 * The gateway's general failures: one per `extensions.code` (the message a client gets when
 * nothing more precise applies), sign-in, and the checks every input passes at the edge
 * (ids, dates, text, lists, versions). Failures of one area live in the files beside this
 * one; the rules of the pure packages keep their own catalogues (see catalogue.ts).
 */
export const generalErrors = {
  UNAUTHENTICATED: {
    code: 'UNAUTHENTICATED',
    sv: 'Logga in för att fortsätta.',
    en: 'Sign in to continue.',
  },
  FORBIDDEN: {
    code: 'FORBIDDEN',
    sv: 'Din roll får inte göra det här.',
    en: 'Your role may not do this.',
  },
  BAD_USER_INPUT: {
    code: 'BAD_USER_INPUT',
    sv: 'Uppgifterna är inte giltiga.',
    en: 'The details are not valid.',
  },
  NOT_FOUND: { code: 'NOT_FOUND', sv: 'Posten finns inte.', en: 'The record does not exist.' },
  CONFLICT: {
    code: 'CONFLICT',
    sv: 'Någon annan har ändrat uppgifterna under tiden. Ladda om och försök igen.',
    en: 'Someone else changed the details in the meantime. Reload and try again.',
  },
  DUPLICATE_PERSONNUMMER: {
    code: 'DUPLICATE_PERSONNUMMER',
    sv: 'Det finns redan en deltagare med det personnumret.',
    en: 'There is already a participant with that personal identity number.',
  },
  RATE_LIMITED: {
    code: 'RATE_LIMITED',
    sv: 'För många försök. Vänta en stund.',
    en: 'Too many attempts. Wait a while.',
  },
  SERVICE_UNAVAILABLE: {
    code: 'SERVICE_UNAVAILABLE',
    sv: 'Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.',
    en: 'The service is temporarily unavailable. Try again in a while.',
  },
  INTERNAL_SERVER_ERROR: {
    code: 'INTERNAL_SERVER_ERROR',
    sv: 'Ett oväntat fel inträffade.',
    en: 'An unexpected error occurred.',
  },
  'AUTH.WRONG_CREDENTIALS': {
    code: 'UNAUTHENTICATED',
    sv: 'Fel e-post eller lösenord.',
    en: 'Wrong e-mail or password.',
  },
  'AUTH.LOCKED': {
    code: 'RATE_LIMITED',
    sv: 'Kontot är tillfälligt låst efter flera felaktiga försök.',
    en: 'The account is temporarily locked after several failed attempts.',
  },
  'AUTH.TOO_MANY_ATTEMPTS': {
    code: 'RATE_LIMITED',
    sv: 'För många inloggningsförsök. Vänta en minut.',
    en: 'Too many sign-in attempts. Wait a minute.',
  },
  'ID.TOO_MANY': { code: 'BAD_USER_INPUT', sv: 'För många id.', en: 'Too many ids.' },
  'DATE.FUTURE': {
    code: 'BAD_USER_INPUT',
    sv: 'Datumet kan inte ligga i framtiden.',
    en: 'The date cannot be in the future.',
  },
  'DATE.END_BEFORE_START': {
    code: 'BAD_USER_INPUT',
    sv: 'Slutdatum måste vara efter startdatum.',
    en: 'The end date must be after the start date.',
  },
  'FTE.MAX': { code: 'BAD_USER_INPUT', sv: 'Högst {max} heltid.', en: 'At most {max} FTE.' },
  'TEXT.LENGTH': {
    code: 'BAD_USER_INPUT',
    sv: 'Texten ska vara {min}–{max} tecken.',
    en: 'The text must be {min}–{max} characters.',
  },
  'TEXT.CHARACTERS': {
    code: 'BAD_USER_INPUT',
    sv: 'Texten innehåller otillåtna tecken.',
    en: 'The text contains characters that are not allowed.',
  },
  'LIST.PER_PAGE': {
    code: 'BAD_USER_INPUT',
    sv: 'perPage måste vara 1–{max}.',
    en: 'perPage must be 1–{max}.',
  },
  'LIST.PAGE': {
    code: 'BAD_USER_INPUT',
    sv: 'page måste vara 0 eller mer.',
    en: 'page must be 0 or more.',
  },
  'SORT.ORDER': {
    code: 'BAD_USER_INPUT',
    sv: 'sortOrder måste vara ASC eller DESC.',
    en: 'sortOrder must be ASC or DESC.',
  },
  'SORT.UNKNOWN': {
    code: 'BAD_USER_INPUT',
    sv: 'Okänt sorteringsfält.',
    en: 'Unknown sort field.',
  },
  'VERSION.FORMAT': { code: 'BAD_USER_INPUT', sv: 'Ogiltig version.', en: 'Invalid version.' },
  'IDEMPOTENCY.FORMAT': {
    code: 'BAD_USER_INPUT',
    sv: 'Ogiltig idempotensnyckel.',
    en: 'Invalid idempotency key.',
  },
  'PERIOD.TOO_LONG': {
    code: 'BAD_USER_INPUT',
    sv: 'Högst {years} år åt gången.',
    en: 'At most {years} years at a time.',
  },
  'PERIOD.OUTSIDE_PROJECT': {
    code: 'BAD_USER_INPUT',
    sv: 'Datumet ligger utanför projektets period {start}–{end}.',
    en: 'The date is outside the project’s period {start}–{end}.',
  },
  'PROJECT.UNKNOWN': {
    code: 'BAD_USER_INPUT',
    sv: 'Projektet finns inte.',
    en: 'The project does not exist.',
  },
  'PROJECT.NOT_FOUND': {
    code: 'NOT_FOUND',
    sv: 'Projektet finns inte.',
    en: 'The project does not exist.',
  },
  'MUNICIPALITY.UNKNOWN': {
    code: 'BAD_USER_INPUT',
    sv: 'Kommunen finns inte.',
    en: 'The municipality does not exist.',
  },
  'COACH.UNKNOWN': {
    code: 'BAD_USER_INPUT',
    sv: 'Coachen finns inte.',
    en: 'The coach does not exist.',
  },
} as const satisfies Record<string, CatalogueEntry>;
