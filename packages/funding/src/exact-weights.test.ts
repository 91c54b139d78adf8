import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactWeights } from './exact-weights.js';

describe('exactWeights', () => {
  it('scales doubles to integers with one common power of two', () => {
    expect(exactWeights([0.5, 1, 0.25, 0])).toEqual([2n, 4n, 1n, 0n]);
    expect(exactWeights([9, 22, 41])).toEqual([9n, 22n, 41n]);
    expect(exactWeights([0.1, 0.2])).toEqual([3602879701896397n, 7205759403792794n]);
  });

  it('keeps every ratio exactly', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.double({ min: 0, max: 1e6, noNaN: true }).filter((w) => w === 0 || w > 1e-9),
          { minLength: 2, maxLength: 6 },
        ),
        (weights) => {
          const exact = exactWeights(weights);
          const [a = 0, b = 0] = weights;
          const [ea = 0n, eb = 0n] = exact;
          if (a > 0 && b > 0) expect(Number(ea) / Number(eb) / (a / b)).toBeCloseTo(1, 12);
          expect(exact.every((w) => w >= 0n)).toBe(true);
        },
      ),
    );
  });
});
