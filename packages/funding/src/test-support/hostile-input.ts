import { type Fte, type Money } from '@finsam-se/domain';
import fc from 'fast-check';

/**
 * Money and Fte are branded numbers, but a cast, a database row or a spreadsheet can hand the
 * rules any number at all. These stand for such values in tests of the input checks.
 */
export const unchecked = (ore: number): Money => ore as Money;
export const uncheckedFte = (hundredths: number): Fte => hundredths as Fte;

/** Any number: negatives, fractions, NaN, infinities, huge and ordinary whole numbers. */
export const hostileNumbers: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1_000, max: 1_000_000_000 }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 1,
    -0,
    0.5,
    -1,
  ),
  fc.maxSafeInteger(),
);
