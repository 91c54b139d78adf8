import { type DomainError, fail } from './domain-error.js';
import { type Result, ok } from './result.js';

declare const localDateBrand: unique symbol;
/**
 * A calendar date `YYYY-MM-DD` with no time and no zone. Arithmetic is done on day
 * numbers, so no clock, time zone or daylight-saving shift can move a date.
 */
export type LocalDate = string & { readonly [localDateBrand]: 'LocalDate' };

export type DateError = DomainError<'DATE.FORMAT'>;

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
function toEpochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromEpochDay(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export const LocalDate = {
  /** Parses `YYYY-MM-DD`; the date must exist (no 29 February in a common year). */
  parse(input: string): Result<LocalDate, DateError> {
    const match = DATE_TEXT.exec(input.trim());
    if (!match) return fail('DATE.FORMAT');
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    if (!isValidDate(year, month, day)) return fail('DATE.FORMAT');
    return ok(LocalDate.of(year, month, day));
  },

  /**
   * Whether a value is a date written exactly `YYYY-MM-DD` that exists: `parse` and a
   * comparison with its output, without building anything (cost rules check every post's
   * dates on every call, and the garbage of `parse` was most of their time).
   */
  isCanonical(value: unknown): value is LocalDate {
    if (typeof value !== 'string' || !DATE_TEXT.test(value)) return false;
    const digit = (at: number) => value.charCodeAt(at) - 48;
    const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
    return isValidDate(year, digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
  },

  /** From parts that the caller knows are valid; throws on an impossible date. */
  of(year: number, month: number, day: number): LocalDate {
    if (!isValidDate(year, month, day))
      throw new RangeError(`No such date: ${year}-${month}-${day}`);
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as LocalDate;
  },

  /** For dates the program itself wrote (constants, database columns); throws otherwise. */
  from(text: string): LocalDate {
    const parsed = LocalDate.parse(text);
    if (!parsed.ok) throw new RangeError(`Not a calendar date: ${text}`);
    return parsed.value;
  },

  parts(date: LocalDate): { year: number; month: number; day: number } {
    return {
      year: Number(date.slice(0, 4)),
      month: Number(date.slice(5, 7)),
      day: Number(date.slice(8, 10)),
    };
  },

  toEpochDay(date: LocalDate): number {
    // From the digits, not `parts`: day arithmetic runs for every post and period in the cost
    // rules, and the object `parts` builds was a measurable share of their time.
    const digit = (at: number) => date.charCodeAt(at) - 48;
    return toEpochDay(
      digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
      digit(5) * 10 + digit(6),
      digit(8) * 10 + digit(9),
    );
  },

  fromEpochDay(epochDay: number): LocalDate {
    const { year, month, day } = fromEpochDay(epochDay);
    return LocalDate.of(year, month, day);
  },

  addDays(date: LocalDate, days: number): LocalDate {
    return LocalDate.fromEpochDay(LocalDate.toEpochDay(date) + days);
  },

  /** Adds months, clamping the day to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
  addMonths(date: LocalDate, months: number): LocalDate {
    const { year, month, day } = LocalDate.parts(date);
    const index = year * 12 + (month - 1) + months;
    const newYear = Math.floor(index / 12);
    const newMonth = (index % 12) + 1;
    return LocalDate.of(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
  },

  /** Days from `from` to `to` (negative when `to` is earlier). */
  daysBetween(from: LocalDate, to: LocalDate): number {
    return LocalDate.toEpochDay(to) - LocalDate.toEpochDay(from);
  },

  /** Whole years from `birth` to `on`: a person's age on a date. */
  yearsBetween(birth: LocalDate, on: LocalDate): number {
    const a = LocalDate.parts(birth);
    const b = LocalDate.parts(on);
    const beforeBirthday = b.month < a.month || (b.month === a.month && b.day < a.day);
    return b.year - a.year - (beforeBirthday ? 1 : 0);
  },

  compare(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
    return a < b ? -1 : a > b ? 1 : 0;
  },

  max(a: LocalDate, b: LocalDate): LocalDate {
    return a >= b ? a : b;
  },

  min(a: LocalDate, b: LocalDate): LocalDate {
    return a <= b ? a : b;
  },

  startOfMonth(date: LocalDate): LocalDate {
    const { year, month } = LocalDate.parts(date);
    return LocalDate.of(year, month, 1);
  },

  /** ISO weekday: 1 Monday … 7 Sunday. */
  dayOfWeek(date: LocalDate): number {
    return ((((LocalDate.toEpochDay(date) + 3) % 7) + 7) % 7) + 1;
  },
} as const;
