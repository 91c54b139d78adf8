import { type DomainError, fail } from './domain-error.js';
import { type Result, ok } from './result.js';

declare const fteBrand: unique symbol;
/**
 * Full-time equivalents as a whole number of hundredths: 100 is one full-time post
 * (heltidstjänst), 50 a half. Integers, so sums are exact.
 */
export type Fte = number & { readonly [fteBrand]: 'hundredths' };

export type FteError = DomainError<'FTE.FORMAT' | 'FTE.RANGE'>;

const FTE_TEXT = /^(\d+)(?:[.,](\d{1,2}))?$/;
const FULL_TIME = 100;

function checked(hundredths: number): Fte {
  if (!Number.isSafeInteger(hundredths) || hundredths < 0) {
    throw new RangeError(
      `Fte must be a non-negative whole number of hundredths, got ${hundredths}`,
    );
  }
  return hundredths as Fte;
}

export const Fte = {
  zero: 0 as Fte,
  full: FULL_TIME as Fte,

  ofHundredths(hundredths: number): Fte {
    return checked(hundredths);
  },

  /** From a decimal such as 0.5 or 6; fails unless it is a whole number of hundredths. */
  fromDecimal(value: number): Result<Fte, FteError> {
    const hundredths = Math.round(value * 100);
    if (!Number.isFinite(value) || value < 0 || Math.abs(hundredths - value * 100) > 1e-6) {
      return fail('FTE.FORMAT');
    }
    return ok(hundredths as Fte);
  },

  /** Parses `0,5`, `0.75`, `1`, `6`. */
  parse(input: string): Result<Fte, FteError> {
    const match = FTE_TEXT.exec(input.trim());
    if (!match) return fail('FTE.FORMAT');
    const [, whole = '0', fraction = ''] = match;
    const hundredths = Number(whole) * 100 + Number(fraction.padEnd(2, '0') || '0');
    if (!Number.isSafeInteger(hundredths)) return fail('FTE.RANGE');
    return ok(hundredths as Fte);
  },

  /** One post is between 0 and 1 FTE. */
  validatePost(fte: Fte): Result<Fte, FteError> {
    return fte <= FULL_TIME ? ok(fte) : fail('FTE.RANGE');
  },

  toDecimal(fte: Fte): number {
    return fte / 100;
  },

  add(a: Fte, b: Fte): Fte {
    return checked(a + b);
  },

  /** Difference, which may be negative: a plain number of hundredths, not an Fte. */
  difference(a: Fte, b: Fte): number {
    return a - b;
  },

  sum(values: readonly Fte[]): Fte {
    return checked(values.reduce<number>((total, value) => total + value, 0));
  },

  /** Whether the FTE is a whole multiple of the step (both in hundredths). */
  isMultipleOf(fte: Fte, step: Fte): boolean {
    return step > 0 && fte % step === 0;
  },

  compare(a: Fte, b: Fte): -1 | 0 | 1 {
    return a < b ? -1 : a > b ? 1 : 0;
  },

  /** Swedish: `0,5`, `1`, `0,75`, `6`; English with a point. */
  format(fte: Fte, locale: 'sv' | 'en' = 'sv'): string {
    const whole = Math.floor(fte / 100);
    const fraction = (fte % 100).toString().padStart(2, '0').replace(/0$/, '');
    if (fraction === '' || fraction === '0') return String(whole);
    return `${whole}${locale === 'sv' ? ',' : '.'}${fraction}`;
  },
} as const;
