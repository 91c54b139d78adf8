import { type DomainError, fail } from './domain-error.js';
import { type Result, ok } from './result.js';

declare const moneyBrand: unique symbol;
/** An amount of Swedish kronor as a whole number of öre. Never a float of kronor. */
export type Money = number & { readonly [moneyBrand]: 'öre' };

export type MoneyError = DomainError<'MONEY.FORMAT' | 'MONEY.RANGE'>;

/** Rounding for a quotient: half away from zero ("half-up" in Swedish accounting) by default. */
export type Rounding = 'half-up' | 'floor' | 'ceil';

function checked(ore: number): Money {
  if (!Number.isSafeInteger(ore)) {
    throw new RangeError(`Money must be a safe whole number of öre, got ${ore}`);
  }
  return ore as Money;
}

/** Divides two bigints with the given rounding; the denominator must be positive. */
export function divideRounded(
  numerator: bigint,
  denominator: bigint,
  rounding: Rounding = 'half-up',
): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const negative = numerator < 0n;
  switch (rounding) {
    case 'floor':
      return negative ? quotient - 1n : quotient;
    case 'ceil':
      return negative ? quotient : quotient + 1n;
    case 'half-up': {
      const twice = (negative ? -remainder : remainder) * 2n;
      if (twice >= denominator) return negative ? quotient - 1n : quotient + 1n;
      return quotient;
    }
  }
}

const AMOUNT = /^(-)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](\d{1,2}))?$/;

export const Money = {
  zero: 0 as Money,

  /** From a whole number of öre. Throws on a fraction: that is a programming error. */
  ofOre(ore: number): Money {
    return checked(ore);
  },

  /** From whole kronor. */
  ofKronor(kronor: number): Money {
    return checked(kronor * 100);
  },

  /** From a bigint of öre, e.g. a PostgreSQL `bigint` column. */
  fromBigInt(ore: bigint): Money {
    return checked(Number(ore));
  },

  toBigInt(money: Money): bigint {
    return BigInt(money);
  },

  /**
   * Parses what people type: `12345`, `12 345,67`, `12345.67 kr`, `-50,5`. At most two
   * decimals; spaces (also no-break) as thousands separators.
   */
  parse(input: string): Result<Money, MoneyError> {
    const text = input.trim().replace(/\s*(kr|sek)\.?$/i, '');
    const match = AMOUNT.exec(text);
    if (!match) return fail('MONEY.FORMAT');
    const [, sign, whole = '', fraction = ''] = match;
    const ore = BigInt(whole.replace(/\D/g, '')) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
    const signed = sign ? -ore : ore;
    if (signed > BigInt(Number.MAX_SAFE_INTEGER) || signed < BigInt(Number.MIN_SAFE_INTEGER)) {
      return fail('MONEY.RANGE');
    }
    return ok(Number(signed) as Money);
  },

  add(a: Money, b: Money): Money {
    return checked(a + b);
  },

  subtract(a: Money, b: Money): Money {
    return checked(a - b);
  },

  negate(a: Money): Money {
    return checked(-a);
  },

  sum(amounts: readonly Money[]): Money {
    let total = 0n;
    for (const amount of amounts) total += BigInt(amount);
    return Money.fromBigInt(total);
  },

  /** `amount × numerator ÷ denominator`, exact until one rounding at the end. */
  multiplyRatio(
    amount: Money,
    numerator: bigint | number,
    denominator: bigint | number,
    rounding: Rounding = 'half-up',
  ): Money {
    const product = BigInt(amount) * BigInt(numerator);
    return Money.fromBigInt(divideRounded(product, BigInt(denominator), rounding));
  },

  /**
   * Splits a total into parts proportional to the weights so that the parts add up to the
   * total exactly (largest remainder on whole öre; ties go to the earlier part).
   */
  allocate(total: Money, weights: readonly (number | bigint)[]): Money[] {
    const big = weights.map((weight) => BigInt(weight));
    if (big.some((weight) => weight < 0n)) throw new RangeError('weights must not be negative');
    const weightSum = big.reduce((a, b) => a + b, 0n);
    if (weightSum === 0n) throw new RangeError('weights must not all be zero');
    const whole = BigInt(total);
    const negative = whole < 0n;
    const magnitude = negative ? -whole : whole;
    const floors = big.map((weight) => (magnitude * weight) / weightSum);
    const remainders = big.map((weight, index) => ({
      index,
      remainder: (magnitude * weight) % weightSum,
    }));
    let left = magnitude - floors.reduce((a, b) => a + b, 0n);
    remainders.sort((a, b) =>
      a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
    );
    for (const { index } of remainders) {
      if (left === 0n) break;
      floors[index] = (floors[index] ?? 0n) + 1n;
      left -= 1n;
    }
    return floors.map((part) => Money.fromBigInt(negative ? -part : part));
  },

  compare(a: Money, b: Money): -1 | 0 | 1 {
    return a < b ? -1 : a > b ? 1 : 0;
  },

  /** Kronor as a number, for charts only; never compute with it. */
  toKronor(amount: Money): number {
    return amount / 100;
  },

  /**
   * Swedish format: `12 345,67 kr` (no-break spaces, as Intl's sv-SE writes them).
   * `decimals: 0` rounds half-up to whole kronor: `12 346 kr`.
   */
  format(amount: Money, options: { decimals?: 0 | 2; unit?: boolean } = {}): string {
    const decimals = options.decimals ?? 2;
    const negative = amount < 0;
    const ore = BigInt(Math.abs(amount));
    const kronor = decimals === 0 ? divideRounded(ore, 100n) : ore / 100n;
    const grouped = kronor.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
    const fraction = decimals === 0 ? '' : `,${(ore % 100n).toString().padStart(2, '0')}`;
    const sign = negative && (decimals === 2 || kronor > 0n) ? '\u2212' : '';
    return `${sign}${grouped}${fraction}${options.unit === false ? '' : '\u00a0kr'}`;
  },
} as const;
