import { describe, expect, it } from 'vitest';
import { apportionMethods, comparePriority } from './apportion-method.js';

const u = (weight: number, steps: number): { weight: bigint; steps: number } => ({
  weight: BigInt(weight),
  steps,
});

describe('comparePriority', () => {
  it('lists the five methods', () => {
    expect(apportionMethods).toEqual(['hamilton', 'webster', 'dhondt', 'huntington-hill', 'adams']);
  });

  it("uses n + 1 for D'Hondt", () => {
    // 100/2 = 50 > 40/1
    expect(comparePriority('dhondt', u(100, 1), u(40, 0))).toBeGreaterThan(0);
    expect(comparePriority('dhondt', u(80, 1), u(40, 0))).toBe(0);
  });

  it('uses n + ½ for Webster', () => {
    // 100/1.5 = 66.7 > 60/0.5 = 120? no: 120 wins
    expect(comparePriority('webster', u(100, 1), u(60, 0))).toBeLessThan(0);
    expect(comparePriority('webster', u(90, 1), u(30, 0))).toBe(0);
  });

  it('gives a unit with no steps infinite priority under Adams and Huntington-Hill', () => {
    expect(comparePriority('adams', u(1, 0), u(1000, 1))).toBeGreaterThan(0);
    expect(comparePriority('huntington-hill', u(1000, 1), u(1, 0))).toBeLessThan(0);
    expect(comparePriority('adams', u(1, 0), u(1000, 0))).toBe(0);
  });

  it('uses √(n(n+1)) for Huntington-Hill, compared exactly in squares', () => {
    // 100/√2 ≈ 70.7 vs 70/1... n=1 for both: equal divisors, weight decides
    expect(comparePriority('huntington-hill', u(100, 1), u(70, 1))).toBeGreaterThan(0);
    // 100/√2 = 70.71 vs 123/√6 = 50.2
    expect(comparePriority('huntington-hill', u(100, 1), u(123, 2))).toBeGreaterThan(0);
    // 10/√2 vs 60/√72 = 10/√2: a true tie, found exactly in integers
    expect(comparePriority('huntington-hill', u(10, 1), u(60, 8))).toBe(0);
  });

  it('uses n for Adams', () => {
    expect(comparePriority('adams', u(100, 2), u(60, 1))).toBeLessThan(0);
    expect(comparePriority('adams', u(120, 2), u(60, 1))).toBe(0);
  });
});
