import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DivisorMethod, comparePriority } from './apportion-method.js';
import { type StepUnit, apportionSteps } from './apportion-steps.js';

/** The textbook sequential divisor method: a plain scan for the highest priority each step. */
function reference(method: DivisorMethod, units: readonly StepUnit[], seats: number): number[] {
  const steps = units.map((u) => u.min);
  for (let left = seats - steps.reduce((a, b) => a + b, 0); left > 0; left -= 1) {
    let best = -1;
    units.forEach((unit, i) => {
      if ((steps[i] ?? 0) >= unit.max || unit.weight === 0n) return;
      if (best === -1) {
        best = i;
        return;
      }
      const leader = units[best] as StepUnit;
      const order = comparePriority(
        method,
        { weight: unit.weight, steps: steps[i] ?? 0 },
        { weight: leader.weight, steps: steps[best] ?? 0 },
      );
      const tie =
        unit.weight !== leader.weight
          ? unit.weight > leader.weight
          : (steps[i] ?? 0) !== (steps[best] ?? 0)
            ? (steps[i] ?? 0) < (steps[best] ?? 0)
            : i < best;
      if (order > 0 || (order === 0 && tie)) best = i;
    });
    if (best === -1) break;
    steps[best] = (steps[best] ?? 0) + 1;
  }
  return steps;
}

const unitsArb = fc
  .array(
    fc.record({
      weight: fc.integer({ min: 1, max: 50 }),
      min: fc.integer({ min: 0, max: 2 }),
      extra: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 15 },
  )
  .map((raw) =>
    raw.map((u, i): StepUnit => ({
      key: String(i).padStart(3, '0'),
      weight: BigInt(u.weight),
      min: u.min,
      max: u.extra === undefined ? Infinity : u.min + u.extra,
    })),
  );

describe('apportionSteps', () => {
  it('gives the same steps as a plain sequential scan, for every divisor method', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<DivisorMethod>('webster', 'dhondt', 'huntington-hill', 'adams'),
        unitsArb,
        fc.integer({ min: 0, max: 40 }),
        (method, units, extra) => {
          const minSum = units.reduce((s, u) => s + u.min, 0);
          const maxSum = units.reduce((s, u) => s + u.max, 0);
          const seats = Math.min(minSum + extra, maxSum);
          expect(apportionSteps(method, units, seats)).toEqual(reference(method, units, seats));
        },
      ),
    );
  });

  it('holds every unit at its maximum when the seats exactly fill them', () => {
    const units: StepUnit[] = [
      { key: 'a', weight: 5n, min: 0, max: 2 },
      { key: 'b', weight: 1n, min: 1, max: 3 },
      { key: 'z', weight: 0n, min: 1, max: 1 },
    ];
    expect(apportionSteps('hamilton', units, 6)).toEqual([2, 3, 1]);
    expect(apportionSteps('webster', units, 6)).toEqual([2, 3, 1]);
  });
});
