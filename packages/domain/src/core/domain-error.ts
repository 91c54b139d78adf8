import { type Err, err } from './result.js';

/** Swedish first, English too. */
export type Locale = 'sv' | 'en';
export type Messages = { readonly sv: string; readonly en: string };

/**
 * Every expected failure of the domain. The code is stable and closed; the message is
 * for people (English, for developers' logs); `field` names the input that was wrong.
 */
export type DomainError<C extends string = DomainErrorCode> = {
  readonly code: C;
  readonly message: string;
  readonly field?: string;
};

export const domainErrorMessages = {
  'PERSONNUMMER.FORMAT': {
    sv: 'Personnumret har fel format. Skriv ÅÅMMDD-NNNN eller ÅÅÅÅMMDDNNNN.',
    en: 'The personal identity number has the wrong format. Use YYMMDD-NNNN or YYYYMMDDNNNN.',
  },
  'PERSONNUMMER.CHECKSUM': {
    sv: 'Personnumrets kontrollsiffra stämmer inte.',
    en: 'The check digit of the personal identity number is wrong.',
  },
  'PERSONNUMMER.SERIAL': {
    sv: 'Personnumret finns inte: födelsenumret 000 delas aldrig ut.',
    en: 'The personal identity number does not exist: serial number 000 is never issued.',
  },
  'PERSONNUMMER.DATE': {
    sv: 'Personnumret innehåller ett datum som inte finns.',
    en: 'The personal identity number contains a date that does not exist.',
  },
  'PERSONNUMMER.CENTURY': {
    sv: 'Århundradet kan inte avgöras: ange tolv siffror eller dagens datum.',
    en: 'The century cannot be determined: give twelve digits or today’s date.',
  },
  'ORGANISATION_NUMBER.FORMAT': {
    sv: 'Organisationsnumret ska vara tio siffror, NNNNNN-NNNN.',
    en: 'The organisation number must be ten digits, NNNNNN-NNNN.',
  },
  'ORGANISATION_NUMBER.CHECKSUM': {
    sv: 'Organisationsnumrets kontrollsiffra stämmer inte.',
    en: 'The check digit of the organisation number is wrong.',
  },
  'ORGANISATION_NUMBER.NOT_LEGAL_ENTITY': {
    sv: 'Organisationsnumret är inte en juridisk persons: den tredje siffran ska vara 2 eller högre.',
    en: 'The organisation number is not a legal entity’s: the third digit must be 2 or higher.',
  },
  'ALLOCATION.LATER_EXISTS': {
    sv: 'Det finns redan en fördelning som börjar det datumet eller senare.',
    en: 'An allocation already starts on or after that date.',
  },
  'ID.FORMAT': { sv: 'Ogiltigt id.', en: 'Invalid id.' },
  'MONEY.FORMAT': { sv: 'Beloppet har fel format.', en: 'The amount has the wrong format.' },
  'MONEY.RANGE': { sv: 'Beloppet är för stort.', en: 'The amount is out of range.' },
  'FTE.FORMAT': {
    sv: 'Tjänstegraden har fel format. Ange t.ex. 0,5 eller 1.',
    en: 'The FTE has the wrong format. Use e.g. 0.5 or 1.',
  },
  'FTE.RANGE': {
    sv: 'En tjänst är mellan 0 och 1 heltid i steg om hundradelar.',
    en: 'A post is between 0 and 1 FTE in hundredths.',
  },
  'DATE.FORMAT': {
    sv: 'Datumet ska skrivas ÅÅÅÅ-MM-DD och finnas i kalendern.',
    en: 'The date must be YYYY-MM-DD and exist in the calendar.',
  },
  'PERIOD.FORMAT': {
    sv: 'Perioden har fel format. Ange t.ex. 2019, 2019H1, 2019-03 eller 2019-01-01/2019-07-01.',
    en: 'The period has the wrong format. Use e.g. 2019, 2019H1, 2019-03 or 2019-01-01/2019-07-01.',
  },
  'PERIOD.EMPTY': {
    sv: 'Perioden måste sluta efter att den börjar.',
    en: 'The period must end after it starts.',
  },
  'MUNICIPALITY.CODE': {
    sv: 'Kommunkoden ska vara fyra siffror (SCB).',
    en: 'The municipality code must be four digits (SCB).',
  },
  'REFERRAL.INVALID_TRANSITION': {
    sv: 'Remissen kan inte gå till det läget härifrån.',
    en: 'The referral cannot move to that state from here.',
  },
  'REFERRAL.FORBIDDEN': {
    sv: 'Din roll får inte fatta det beslutet om remissen.',
    en: 'Your role may not make that decision on the referral.',
  },
  'PROJECT.NOT_RUNNING': {
    sv: 'Projektet pågår inte det datumet. Välj ett projekt som pågår.',
    en: 'The project is not running on that date. Choose a running project.',
  },
  'ENROLLMENT.DISCHARGED': {
    sv: 'Inskrivningen är redan avslutad.',
    en: 'The enrollment is already discharged.',
  },
  'ENROLLMENT.NOT_DISCHARGED': {
    sv: 'Inskrivningen är inte avslutad.',
    en: 'The enrollment is not discharged.',
  },
  'ENROLLMENT.DATE_BEFORE_LAST': {
    sv: 'Datumet ligger före den senaste händelsen i inskrivningen.',
    en: 'The date is before the latest event of the enrollment.',
  },
  'ENROLLMENT.SAME_PHASE': {
    sv: 'Deltagaren är redan i den fasen.',
    en: 'The participant is already in that phase.',
  },
  'ENROLLMENT.DISCHARGE_INCOMPLETE': {
    sv: 'Utskrivning kräver orsak, ersättning vid avslut och sysselsättning efter.',
    en: 'Discharge requires a reason, compensation at end and occupation after.',
  },
  'DATE.IN_FUTURE': {
    sv: 'Datumet ligger i framtiden. Ange dagens datum eller ett tidigare.',
    en: 'The date is in the future. Give today’s date or an earlier one.',
  },
  'PLACEMENT.BEFORE_ENROLLMENT': {
    sv: 'Placeringen kan inte börja före inskrivningsdatumet.',
    en: 'The placement cannot start before the enrollment date.',
  },
  'FOLLOW_UP.TOO_EARLY': {
    sv: 'Uppföljningen kan registreras tidigast fyra veckor före förfallodagen.',
    en: 'The follow-up can be recorded at the earliest four weeks before it is due.',
  },
  'CODE_LIST.UNKNOWN_CODE': {
    sv: 'Koden finns inte i kodlistan för den perioden.',
    en: 'The code is not in the code list for that period.',
  },
  'CODE_LIST.EXCLUSIVE': {
    sv: '”Ingen offentlig försörjning” kan inte kombineras med andra försörjningskällor.',
    en: '“No public support” cannot be combined with other income sources.',
  },
  'SURVEY.DEFINITION': {
    sv: 'Enkäten är inte korrekt definierad (frågor, skalor eller mål).',
    en: 'The questionnaire is not correctly defined (questions, scales or goals).',
  },
  'SURVEY.UNKNOWN_QUESTION': {
    sv: 'Svaret gäller en fråga som inte finns i enkäten.',
    en: 'The answer is for a question that is not in the questionnaire.',
  },
  'SURVEY.ANSWER': {
    sv: 'Svaret ligger utanför frågans skala.',
    en: 'The answer is outside the question’s scale.',
  },
  'SURVEY.REQUIRED': {
    sv: 'Besvara alla obligatoriska frågor.',
    en: 'Answer every required question.',
  },
  'ASSESSMENT.UNKNOWN_ITEM': {
    sv: 'Bedömningen innehåller en punkt som inte finns i instrumentet.',
    en: 'The assessment contains an item that is not in the instrument.',
  },
  'ASSESSMENT.SCORE': {
    sv: 'Varje punkt ska ha ett värde från 1 till 5.',
    en: 'Every item must have a score from 1 to 5.',
  },
} as const satisfies Record<string, Messages>;

export type DomainErrorCode = keyof typeof domainErrorMessages;

export const domainErrorCodes = Object.keys(domainErrorMessages) as DomainErrorCode[];

/** Builds a failed result with the catalogue's English message. */
export function fail<C extends DomainErrorCode>(code: C, field?: string): Err<DomainError<C>> {
  const message = domainErrorMessages[code].en;
  return err(field === undefined ? { code, message } : { code, message, field });
}

/** The message of a code in the given locale. */
export function describeDomainError(code: DomainErrorCode, locale: Locale = 'sv'): string {
  return domainErrorMessages[code][locale];
}
