import { type DomainError, fail } from './domain-error.js';
import { LocalDate } from './local-date.js';
import { type Result, ok } from './result.js';

/** A half-open span of calendar dates: `start` is in it, `end` is the first day after it. */
export type Period = { readonly start: LocalDate; readonly end: LocalDate };

/** A half-year such as `2019H1` (January–June) or `2019H2` (July–December). */
export type HalfYear = `${number}H${1 | 2}`;

export type PeriodError = DomainError<'PERIOD.FORMAT' | 'PERIOD.EMPTY' | 'DATE.FORMAT'>;

const YEAR = /^(\d{4})$/;
const HALF = /^(\d{4})H([12])$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

export const Period = {
  /** A period from `start` up to, not including, `end`; fails when it would be empty. */
  between(start: LocalDate, end: LocalDate): Result<Period, PeriodError> {
    return start < end ? ok({ start, end }) : fail('PERIOD.EMPTY');
  },

  /** For bounds the program knows are ordered; throws otherwise. */
  of(start: LocalDate, end: LocalDate): Period {
    if (!(start < end)) throw new RangeError(`Empty period ${start}/${end}`);
    return { start, end };
  },

  /** The period that starts on `start` and includes `lastDay` (a closed range made half-open). */
  inclusive(start: LocalDate, lastDay: LocalDate): Result<Period, PeriodError> {
    return Period.between(start, LocalDate.addDays(lastDay, 1));
  },

  year(year: number): Period {
    return { start: LocalDate.of(year, 1, 1), end: LocalDate.of(year + 1, 1, 1) };
  },

  halfYear(year: number, half: 1 | 2): Period {
    return half === 1
      ? { start: LocalDate.of(year, 1, 1), end: LocalDate.of(year, 7, 1) }
      : { start: LocalDate.of(year, 7, 1), end: LocalDate.of(year + 1, 1, 1) };
  },

  month(year: number, month: number): Period {
    const start = LocalDate.of(year, month, 1);
    return { start, end: LocalDate.addMonths(start, 1) };
  },

  /** The half-year label of a date: `2019H1` for 2019-03-01. */
  halfYearOf(date: LocalDate): HalfYear {
    const { year, month } = LocalDate.parts(date);
    return `${year}H${month <= 6 ? 1 : 2}` as HalfYear;
  },

  /** Parses `2019`, `2019H1`, `2019-03` or `2019-01-01/2019-07-01` (half-open). */
  parse(input: string): Result<Period, PeriodError> {
    const text = input.trim();
    let match = YEAR.exec(text);
    if (match) return ok(Period.year(Number(match[1])));
    match = HALF.exec(text);
    if (match) return ok(Period.halfYear(Number(match[1]), match[2] === '1' ? 1 : 2));
    match = MONTH.exec(text);
    if (match) {
      const month = Number(match[2]);
      if (month < 1 || month > 12) return fail('PERIOD.FORMAT');
      return ok(Period.month(Number(match[1]), month));
    }
    match = RANGE.exec(text);
    if (match) {
      const start = LocalDate.parse(match[1] ?? '');
      const end = LocalDate.parse(match[2] ?? '');
      if (!start.ok) return start;
      if (!end.ok) return end;
      return Period.between(start.value, end.value);
    }
    return fail('PERIOD.FORMAT');
  },

  /** `2019-01-01/2019-07-01`. */
  format(period: Period): string {
    return `${period.start}/${period.end}`;
  },

  contains(period: Period, date: LocalDate): boolean {
    return period.start <= date && date < period.end;
  },

  containsPeriod(outer: Period, inner: Period): boolean {
    return outer.start <= inner.start && inner.end <= outer.end;
  },

  overlaps(a: Period, b: Period): boolean {
    return a.start < b.end && b.start < a.end;
  },

  intersection(a: Period, b: Period): Period | undefined {
    const start = LocalDate.max(a.start, b.start);
    const end = LocalDate.min(a.end, b.end);
    return start < end ? { start, end } : undefined;
  },

  /** Number of days in the period. */
  days(period: Period): number {
    return LocalDate.daysBetween(period.start, period.end);
  },

  /** The last day that belongs to the period. */
  lastDay(period: Period): LocalDate {
    return LocalDate.addDays(period.end, -1);
  },

  /** The calendar months that the period touches, each as a whole month. */
  months(period: Period): Period[] {
    const months: Period[] = [];
    let cursor = LocalDate.startOfMonth(period.start);
    while (cursor < period.end) {
      const next = LocalDate.addMonths(cursor, 1);
      months.push({ start: cursor, end: next });
      cursor = next;
    }
    return months;
  },

  /** Every day of the period, in order. */
  *eachDay(period: Period): Generator<LocalDate> {
    for (let day = period.start; day < period.end; day = LocalDate.addDays(day, 1)) yield day;
  },
} as const;
