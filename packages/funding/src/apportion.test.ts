import { Fte } from '@finsam-se/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ApportionMethod, apportionMethods } from './apportion-method.js';
import { type ApportionUnit, apportion, apportionFte } from './apportion.js';

const amounts = (
  method: ApportionMethod,
  total: number,
  step: number,
  units: readonly ApportionUnit[],
): number[] => {
  const result = apportion({ method, total, step, units });
  if (!result.ok) throw new Error(result.error.code);
  return result.value.allocations.map((a) => a.amount);
};

const parties = [
  { key: 'A', weight: 100 },
  { key: 'B', weight: 80 },
  { key: 'C', weight: 30 },
  { key: 'D', weight: 20 },
];

const hoglandet = [
  { key: '0604', weight: 9 },
  { key: '0686', weight: 22 },
  { key: '0682', weight: 41 },
  { key: '0684', weight: 12 },
  { key: '0687', weight: 24 },
  { key: '0685', weight: 30 },
];

describe('apportion: the methods', () => {
  it("D'Hondt favours the largest", () => {
    expect(amounts('dhondt', 8, 1, parties)).toEqual([4, 3, 1, 0]);
  });

  it('Webster/Sainte-Laguë is even-handed', () => {
    expect(amounts('webster', 8, 1, parties)).toEqual([3, 3, 1, 1]);
  });

  it('Adams gives every unit one step before any gets two', () => {
    expect(amounts('adams', 8, 1, parties)).toEqual([3, 3, 1, 1]);
    expect(amounts('adams', 4, 1, parties)).toEqual([1, 1, 1, 1]);
    // not enough steps for everyone: the largest weights get theirs first
    expect(amounts('adams', 2, 1, parties)).toEqual([1, 1, 0, 0]);
    expect(amounts('huntington-hill', 3, 1, parties)).toEqual([1, 1, 1, 0]);
  });

  it('Hamilton gives floors and then the largest remainders', () => {
    // quotas 3.81, 3.05, 1.14, 0.76 → floors 3, 3, 1, 0 and one left for D (0.76)
    expect(amounts('hamilton', 8, 1, parties)).toEqual([3, 3, 1, 1]);
  });

  it('shares 6 FTE in half posts between the Höglandet municipalities', () => {
    expect(amounts('hamilton', 6, 0.5, hoglandet)).toEqual([0.5, 1, 1.5, 0.5, 1, 1.5]);
    expect(amounts('dhondt', 6, 0.5, hoglandet)).toEqual([0, 1, 2, 0.5, 1, 1.5]);
    expect(amounts('webster', 6, 0.5, hoglandet)).toEqual([0.5, 1, 1.5, 0.5, 1, 1.5]);
  });

  it('reports each unit’s exact quota in decimal FTE', () => {
    const result = apportion({ method: 'hamilton', total: 6, step: 0.5, units: hoglandet });
    expect(result.ok && result.value.allocations.map((a) => a.quota)).toEqual([
      0.391304, 0.956522, 1.782609, 0.521739, 1.043478, 1.304348,
    ]);
  });

  it('shows the Alabama paradox under Hamilton but not under divisor methods', () => {
    const units = [
      { key: 'A', weight: 6 },
      { key: 'B', weight: 6 },
      { key: 'C', weight: 2 },
    ];
    expect(amounts('hamilton', 10, 1, units)).toEqual([4, 4, 2]);
    expect(amounts('hamilton', 11, 1, units)).toEqual([5, 5, 1]);
    expect(amounts('webster', 10, 1, units)[2]).toBeLessThanOrEqual(
      amounts('webster', 11, 1, units)[2] ?? 0,
    );
  });

  it('breaks ties by larger weight, then by key order', () => {
    expect(
      amounts('hamilton', 1, 1, [
        { key: 'b', weight: 1 },
        { key: 'a', weight: 1 },
      ]),
    ).toEqual([0, 1]);
    expect(
      amounts('dhondt', 3, 1, [
        { key: 'z', weight: 2 },
        { key: 'y', weight: 1 },
      ]),
    ).toEqual([2, 1]);
  });

  it('gives units with zero weight nothing unless their minimum says so', () => {
    const units = [
      { key: 'A', weight: 10 },
      { key: 'Z', weight: 0, min: 0.5 },
      { key: 'Y', weight: 0 },
    ];
    for (const method of apportionMethods)
      expect(amounts(method, 3, 0.5, units)).toEqual([2.5, 0.5, 0]);
  });

  it('lets zero-weight units take what the weighted units cannot hold', () => {
    const units = [
      { key: 'A', weight: 10, max: 1 },
      { key: 'Z', weight: 0 },
      { key: 'Y', weight: 0 },
    ];
    for (const method of apportionMethods)
      expect(amounts(method, 3, 0.5, units)).toEqual([1, 1, 1]);
  });

  it('accepts fractional weights exactly', () => {
    expect(
      amounts('hamilton', 1, 0.5, [
        { key: 'a', weight: 0.1 },
        { key: 'b', weight: 0.2 },
        { key: 'c', weight: 0.3 },
      ]),
    ).toEqual([0, 0.5, 0.5]);
  });
});

describe('apportion: bounds', () => {
  it('fixes units below their minimum and shares the rest', () => {
    const units = hoglandet.map((u) => ({ ...u, min: 0.5 }));
    expect(amounts('dhondt', 6, 0.5, units)).toEqual([0.5, 1, 2, 0.5, 1, 1]);
    expect(amounts('hamilton', 6, 0.5, units)).toEqual([0.5, 1, 1.5, 0.5, 1, 1.5]);
  });

  it('caps units at their maximum and gives the rest to the others', () => {
    const units = hoglandet.map((u) => (u.key === '0682' ? { ...u, max: 1 } : u));
    for (const method of apportionMethods) {
      const result = amounts(method, 6, 0.5, units);
      expect(result[2]).toBe(1);
      expect(result.reduce((a, b) => a + b, 0)).toBe(6);
    }
  });

  it('re-shares correctly when a capped unit and a floored unit interact', () => {
    // A wants almost nothing but must have 2; B wants everything but may have 1
    const units = [
      { key: 'A', weight: 1, min: 2 },
      { key: 'B', weight: 1000, max: 1 },
    ];
    for (const method of apportionMethods) expect(amounts(method, 5, 1, units)).toEqual([4, 1]);
  });
});

describe('apportion: errors', () => {
  const fail = (input: Parameters<typeof apportion>[0]): unknown => {
    const result = apportion(input);
    return result.ok ? result.value : result.error;
  };

  it('rejects a step that is zero, negative or finer than hundredths', () => {
    for (const step of [0, -0.5, 0.125, Number.NaN]) {
      expect(fail({ method: 'hamilton', total: 6, step, units: hoglandet })).toMatchObject({
        code: 'APPORTION.BAD_STEP',
        field: 'step',
      });
    }
  });

  it('rejects a total that is not a multiple of the step or not hundredths', () => {
    expect(fail({ method: 'hamilton', total: 6.25, step: 0.5, units: hoglandet })).toMatchObject({
      code: 'APPORTION.BAD_STEP',
      field: 'total',
    });
    expect(fail({ method: 'hamilton', total: -1, step: 0.5, units: hoglandet })).toMatchObject({
      code: 'APPORTION.BAD_TOTAL',
    });
    expect(fail({ method: 'hamilton', total: 1.001, step: 0.5, units: hoglandet })).toMatchObject({
      code: 'APPORTION.BAD_TOTAL',
    });
  });

  it('rejects bounds that are not multiples of the step or cross', () => {
    const units = [{ key: 'a', weight: 1, min: 0.25 }];
    expect(fail({ method: 'hamilton', total: 1, step: 0.5, units })).toMatchObject({
      code: 'APPORTION.BAD_STEP',
      field: 'units[0].min',
    });
    expect(
      fail({
        method: 'hamilton',
        total: 1,
        step: 0.5,
        units: [{ key: 'a', weight: 1, min: 1, max: 0.5 }],
      }),
    ).toMatchObject({ code: 'APPORTION.BAD_BOUNDS' });
    expect(
      fail({
        method: 'hamilton',
        total: 1,
        step: 0.5,
        units: [{ key: 'a', weight: 1, max: 0.333 }],
      }),
    ).toMatchObject({ code: 'APPORTION.BAD_STEP', field: 'units[0].max' });
  });

  it('rejects negative weights, all-zero weights and no units', () => {
    expect(
      fail({ method: 'webster', total: 1, step: 0.5, units: [{ key: 'a', weight: -1 }] }),
    ).toMatchObject({ code: 'APPORTION.NO_WEIGHT', field: 'units[0].weight' });
    expect(
      fail({ method: 'webster', total: 1, step: 0.5, units: [{ key: 'a', weight: 0 }] }),
    ).toMatchObject({ code: 'APPORTION.NO_WEIGHT', field: 'units' });
    expect(fail({ method: 'webster', total: 1, step: 0.5, units: [] })).toMatchObject({
      code: 'APPORTION.NO_WEIGHT',
    });
  });

  it('rejects duplicate keys', () => {
    expect(
      fail({
        method: 'adams',
        total: 1,
        step: 0.5,
        units: [
          { key: 'a', weight: 1 },
          { key: 'a', weight: 2 },
        ],
      }),
    ).toMatchObject({ code: 'APPORTION.DUPLICATE_KEY', field: 'units[1].key' });
  });

  it('is infeasible when minimums exceed the total or maximums fall short of it', () => {
    const mins = hoglandet.map((u) => ({ ...u, min: 1.5 }));
    expect(fail({ method: 'hamilton', total: 6, step: 0.5, units: mins })).toMatchObject({
      code: 'APPORTION.INFEASIBLE',
    });
    const maxes = hoglandet.map((u) => ({ ...u, max: 0.5 }));
    expect(fail({ method: 'dhondt', total: 6, step: 0.5, units: maxes })).toMatchObject({
      code: 'APPORTION.INFEASIBLE',
    });
  });
});

describe('apportionFte (hundredths)', () => {
  it('works in Fte and returns Fte amounts', () => {
    const result = apportionFte({
      method: 'webster',
      total: Fte.ofHundredths(600),
      step: Fte.ofHundredths(50),
      units: hoglandet.map((u) => ({ ...u, min: Fte.ofHundredths(50) })),
    });
    expect(result.ok && result.value.allocations.map((a) => a.amount)).toEqual([
      50, 100, 150, 50, 100, 150,
    ]);
  });

  it('gives everybody zero of a zero total', () => {
    const result = apportionFte({
      method: 'adams',
      total: Fte.zero,
      step: Fte.full,
      units: hoglandet,
    });
    expect(result.ok && result.value.allocations.every((a) => a.amount === 0)).toBe(true);
  });
});

// ---- properties ----

const STEPS = [0.25, 0.5, 1] as const;

const unitsArb = fc
  .uniqueArray(
    fc.record({
      key: fc.string({ minLength: 1, maxLength: 4 }),
      weight: fc.integer({ min: 0, max: 200 }),
    }),
    { minLength: 1, maxLength: 12, selector: (u) => u.key },
  )
  .filter((units) => units.some((u) => u.weight > 0));

const caseArb = fc.record({
  method: fc.constantFrom(...apportionMethods),
  step: fc.constantFrom(...STEPS),
  steps: fc.integer({ min: 0, max: 60 }),
  units: unitsArb,
});

const permutationOf = <T>(items: readonly T[], seed: readonly number[]): T[] =>
  items
    .map((item, i) => ({ item, order: seed[i % Math.max(seed.length, 1)] ?? 0, i }))
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .map((x) => x.item);

describe('apportion: properties', () => {
  it('always hands out exactly the total, in whole steps', () => {
    fc.assert(
      fc.property(caseArb, ({ method, step, steps, units }) => {
        const total = steps * step;
        const result = amounts(method, total, step, units);
        const hundredths = result.map((a) => Math.round(a * 100));
        expect(hundredths.reduce((a, b) => a + b, 0)).toBe(Math.round(total * 100));
        for (const h of hundredths) expect(h % Math.round(step * 100)).toBe(0);
      }),
    );
  });

  it('keeps Hamilton within one step of the quota', () => {
    fc.assert(
      fc.property(caseArb, ({ step, steps, units }) => {
        const result = apportion({ method: 'hamilton', total: steps * step, step, units });
        if (!result.ok) throw new Error(result.error.code);
        for (const a of result.value.allocations) {
          expect(Math.abs(a.amount - a.quota)).toBeLessThan(step + 1e-6);
        }
      }),
    );
  });

  it('never shows the Alabama paradox under a divisor method', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.method !== 'hamilton'),
        ({ method, step, steps, units }) => {
          const smaller = amounts(method, steps * step, step, units);
          const larger = amounts(method, (steps + 1) * step, step, units);
          smaller.forEach((amount, i) => expect(larger[i]).toBeGreaterThanOrEqual(amount));
        },
      ),
    );
  });

  it('does not depend on the order of the units', () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.integer(), { minLength: 1 }), (c, seed) => {
        const total = c.steps * c.step;
        const shuffled = permutationOf(c.units, seed);
        const a = apportion({ method: c.method, total, step: c.step, units: c.units });
        const b = apportion({ method: c.method, total, step: c.step, units: shuffled });
        if (!a.ok || !b.ok) throw new Error('expected ok');
        const byKey = new Map(b.value.allocations.map((x) => [x.key, x.amount]));
        for (const x of a.value.allocations) expect(byKey.get(x.key)).toBe(x.amount);
        expect(b.value.allocations.map((x) => x.key)).toEqual(shuffled.map((u) => u.key));
      }),
    );
  });

  it('respects every minimum and maximum when they can be met', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 8 }), fc.boolean()),
        ),
        (c, raw) => {
          const units = c.units.map((u, i) => {
            const [lo = 0, span = 0, capped = false] = raw[i] ?? [];
            return capped
              ? { ...u, min: lo * c.step, max: (lo + span) * c.step }
              : { ...u, min: lo * c.step };
          });
          const total = c.steps * c.step;
          const result = apportion({ method: c.method, total, step: c.step, units });
          const minSum = units.reduce((s, u) => s + (u.min ?? 0), 0);
          const allCapped = units.every((u) => 'max' in u);
          const maxSum = units.reduce((s, u) => s + ('max' in u ? u.max : 0), 0);
          if (minSum > total + 1e-9 || (allCapped && maxSum < total - 1e-9)) {
            expect(result).toMatchObject({ ok: false, error: { code: 'APPORTION.INFEASIBLE' } });
            return;
          }
          if (!result.ok) throw new Error(result.error.code);
          let sum = 0;
          result.value.allocations.forEach((a, i) => {
            const u = units[i];
            sum += Math.round(a.amount * 100);
            expect(a.amount).toBeGreaterThanOrEqual((u?.min ?? 0) - 1e-9);
            if (u !== undefined && 'max' in u) expect(a.amount).toBeLessThanOrEqual(u.max + 1e-9);
          });
          expect(sum).toBe(Math.round(total * 100));
        },
      ),
    );
  });

  it('gives more to the heavier of two units, never less', () => {
    fc.assert(
      fc.property(caseArb, ({ method, step, steps, units }) => {
        const result = amounts(method, steps * step, step, units);
        units.forEach((a, i) =>
          units.forEach((b, j) => {
            if (a.weight > b.weight) expect(result[i]).toBeGreaterThanOrEqual(result[j] ?? 0);
          }),
        );
      }),
    );
  });
});
