import { type DomainError, fail } from '../core/domain-error.js';
import { LocalDate, isValidDate } from '../core/local-date.js';
import { type Result, ok } from '../core/result.js';
import { luhnCheckDigit } from './luhn.js';

export type PersonnummerKind = 'personnummer' | 'samordningsnummer';
export type LegalGender = 'female' | 'male';

export type Personnummer = {
  /** Twelve digits `YYYYMMDDNNNC`; a samordningsnummer keeps its day + 60. */
  readonly normalized: string;
  readonly birthDate: LocalDate;
  readonly kind: PersonnummerKind;
  readonly legalGender: LegalGender;
};

export type PersonnummerError = DomainError<
  | 'PERSONNUMMER.FORMAT'
  | 'PERSONNUMMER.CHECKSUM'
  | 'PERSONNUMMER.SERIAL'
  | 'PERSONNUMMER.DATE'
  | 'PERSONNUMMER.CENTURY'
>;

export type ParsePersonnummerOptions = {
  /** Today's date, `YYYY-MM-DD`: the only way a 10-digit number gets its century. */
  readonly today?: string;
};

const SHAPE = /^(\d{2})?(\d{6})([-+])?(\d{4})$/;
const SAMORDNING_DAY_OFFSET = 60;
/** Födelsenummer 000 is never issued (Skatteverket), to a personnummer or a samordningsnummer. */
const UNISSUED_SERIAL = '000';
/** Skatteverket: `+` replaces `-` from 1 January of the year the person turns 100. */
const PLUS_FROM_AGE = 100;

/**
 * Parses a Swedish personnummer or samordningsnummer in any of the written forms
 * `YYMMDD-NNNC`, `YYMMDD+NNNC` (turns 100 or more this calendar year), `YYMMDDNNNC`,
 * `YYYYMMDDNNNC`, `YYYYMMDD-NNNC`. Ten-digit forms take their century from `options.today`.
 */
export function parsePersonnummer(
  input: string,
  options: ParsePersonnummerOptions = {},
): Result<Personnummer, PersonnummerError> {
  const match = SHAPE.exec(input.trim());
  if (!match) return fail('PERSONNUMMER.FORMAT');
  const [, centuryText, dateText = '', separator, serialText = ''] = match;
  if (centuryText !== undefined && separator === '+') return fail('PERSONNUMMER.FORMAT');

  const tenDigits = dateText + serialText;
  if (luhnCheckDigit(tenDigits.slice(0, 9)) !== Number(tenDigits[9])) {
    return fail('PERSONNUMMER.CHECKSUM');
  }
  if (serialText.startsWith(UNISSUED_SERIAL)) return fail('PERSONNUMMER.SERIAL');

  const yy = Number(dateText.slice(0, 2));
  const month = Number(dateText.slice(2, 4));
  const rawDay = Number(dateText.slice(4, 6));
  const kind: PersonnummerKind =
    rawDay > SAMORDNING_DAY_OFFSET ? 'samordningsnummer' : 'personnummer';
  const day = kind === 'samordningsnummer' ? rawDay - SAMORDNING_DAY_OFFSET : rawDay;

  let year: number;
  if (centuryText !== undefined) {
    year = Number(centuryText) * 100 + yy;
  } else {
    const century = centuryFor(yy, separator === '+', options.today);
    if (century === undefined) return fail('PERSONNUMMER.CENTURY');
    year = century + yy;
  }
  if (!isValidDate(year, month, day)) return fail('PERSONNUMMER.DATE');
  const birthDate = LocalDate.of(year, month, day);
  if (options.today !== undefined && birthDate > options.today) return fail('PERSONNUMMER.DATE');

  const genderDigit = Number(serialText[2]);
  return ok({
    normalized: `${String(year).padStart(4, '0')}${dateText.slice(2)}${serialText}`,
    birthDate,
    kind,
    legalGender: genderDigit % 2 === 0 ? 'female' : 'male',
  });
}

/**
 * The century of a ten-digit number by Skatteverket's rule, which counts calendar years, not
 * birthdays: written with `-`, the person turns at most 99 in `today`'s year, so the birth year
 * is one of the hundred years up to and including that year; with `+`, the hundred years
 * before those. Undefined without a valid `today`.
 */
function centuryFor(
  yy: number,
  hundredOrOlder: boolean,
  today: string | undefined,
): number | undefined {
  if (today === undefined) return undefined;
  const parsed = LocalDate.parse(today);
  if (!parsed.ok) return undefined;
  const latestYear = LocalDate.parts(parsed.value).year - (hundredOrOlder ? PLUS_FROM_AGE : 0);
  const latestCentury = Math.floor(latestYear / 100) * 100;
  return latestCentury + yy > latestYear ? latestCentury - 100 : latestCentury;
}

export type PersonnummerStyle = 'long' | 'long-dash' | 'short';

/**
 * Formats a normalized (12-digit) number: `long` 191212121212, `long-dash` 19121212-1212,
 * `short` 121212-1212, written with `+` from 1 January of the year the person turns 100
 * (Skatteverket), so `short` needs `today` (`YYYY-MM-DD`).
 */
export function formatPersonnummer(
  normalized: string,
  style: PersonnummerStyle = 'long-dash',
  today?: string,
): string {
  if (!/^\d{12}$/.test(normalized)) throw new RangeError('formatPersonnummer needs 12 digits');
  const date = normalized.slice(0, 8);
  const serial = normalized.slice(8);
  if (style === 'long') return normalized;
  if (style === 'long-dash') return `${date}-${serial}`;
  const todayDate = today === undefined ? undefined : LocalDate.parse(today);
  if (todayDate === undefined || !todayDate.ok) {
    throw new RangeError('formatPersonnummer needs today (YYYY-MM-DD) for the short style');
  }
  const age = LocalDate.parts(todayDate.value).year - Number(normalized.slice(0, 4));
  return `${date.slice(2)}${age >= PLUS_FROM_AGE ? '+' : '-'}${serial}`;
}

/** Hides the four last digits: `19121212-****`. Works on any accepted written form. */
export function maskPersonnummer(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length === 12) return `${digits.slice(0, 8)}-****`;
  if (digits.length === 10) return `${digits.slice(0, 6)}${value.includes('+') ? '+' : '-'}****`;
  return '****';
}
