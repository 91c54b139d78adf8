import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money, divideRounded } from './money.js';

describe('Money arithmetic', () => {
  it('keeps whole öre and refuses floats', () => {
    expect(Money.ofKronor(3_800_000)).toBe(380_000_000);
    expect(() => Money.ofOre(0.5)).toThrow(RangeError);
    expect(Money.toBigInt(Money.ofOre(12))).toBe(12n);
  });

  it('rounds half-up, floor and ceil symmetrically for negatives', () => {
    expect(divideRounded(15n, 10n)).toBe(2n);
    expect(divideRounded(-15n, 10n)).toBe(-2n);
    expect(divideRounded(14n, 10n, 'floor')).toBe(1n);
    expect(divideRounded(11n, 10n, 'ceil')).toBe(2n);
  });

  it('adds and subtracts without drift (property)', () => {
    const amount = fc.integer({ min: -1e13, max: 1e13 }).map((n) => Money.ofOre(n));
    fc.assert(
      fc.property(amount, amount, amount, (a, b, c) => {
        expect(Money.add(Money.add(a, b), c)).toBe(Money.add(a, Money.add(b, c)));
        expect(Money.subtract(Money.add(a, b), b)).toBe(a);
        expect(Money.sum([a, b, c])).toBe(Money.add(Money.add(a, b), c));
        expect(Money.add(a, Money.negate(a))).toBe(0);
      }),
    );
  });

  it('formats and parses back to the same öre (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (ore) => {
        const text = Money.format(Money.ofOre(ore)).replace(/\u00a0/g, ' ');
        expect(Money.parse(text)).toEqual({ ok: true, value: ore });
      }),
    );
  });

  it('splits a total by weights: each part within one öre of its exact share (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 10 }),
        (total, weights) => {
          const parts = Money.allocate(Money.ofOre(total), weights);
          const weightSum = weights.reduce((a, b) => a + b, 0);
          parts.forEach((part, i) => {
            const exact = (total * (weights[i] ?? 0)) / weightSum;
            expect(Math.abs(part - exact)).toBeLessThan(1.0001);
          });
        },
      ),
    );
  });

  it('compares', () => {
    expect(Money.compare(Money.ofOre(1), Money.ofOre(2))).toBe(-1);
    expect(Money.toKronor(Money.ofOre(150))).toBe(1.5);
    expect(() => Money.allocate(Money.ofOre(10), [0, 0])).toThrow(RangeError);
  });
});
