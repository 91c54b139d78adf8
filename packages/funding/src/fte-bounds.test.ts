import { Fte, Money } from '@finsam-se/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionMethods } from './apportion-method.js';
import { resolveFteBounds } from './fte-bounds.js';
import { planReallocation } from './plan-reallocation.js';
import { hoglandetIds, hoglandetInput } from './test-support/hoglandet.js';

const half = Fte.ofHundredths(50);
const six = Fte.ofHundredths(600);
const ids = [...hoglandetIds];

const suggested = (method: (typeof apportionMethods)[number], total = six) => {
  const bounds = resolveFteBounds({ municipalityIds: ids, settings: {}, step: half, total });
  if (!bounds.ok) throw new Error(bounds.error.code);
  const plan = planReallocation({ ...hoglandetInput, method, total, bounds: bounds.value });
  if (!plan.ok) throw new Error(plan.error.code);
  return Object.fromEntries(plan.value.rows.map((r) => [r.municipalityId, r.suggestedFte]));
};

describe('resolveFteBounds: every municipality keeps a coach', () => {
  it('defaults the minimum to one step and leaves the maximum open', () => {
    const result = resolveFteBounds({
      municipalityIds: ['0604', '0686'],
      settings: {},
      step: half,
      total: six,
    });
    expect(result).toEqual({ ok: true, value: { '0604': { min: 50 }, '0686': { min: 50 } } });
  });

  it("gives Aneby (9 of 138 participants) its half post under D'Hondt, taken from Vetlanda", () => {
    // Without a minimum D'Hondt gives Aneby 0 (README table); with the default one step:
    expect(suggested('dhondt')).toEqual({
      '0604': 50,
      '0686': 100,
      '0682': 200,
      '0684': 50,
      '0687': 100,
      '0685': 100,
    });
  });

  it('with only 3 FTE for six municipalities every method gives each its half post', () => {
    for (const method of apportionMethods) {
      expect(Object.values(suggested(method, Fte.ofHundredths(300)))).toEqual([
        50, 50, 50, 50, 50, 50,
      ]);
    }
  });

  it('rounds a minimum up and a maximum down to the step, and uses explicit settings', () => {
    const result = resolveFteBounds({
      municipalityIds: ['a', 'b', 'c'],
      settings: { a: { min: Fte.ofHundredths(75) }, b: { min: null, max: Fte.ofHundredths(175) } },
      step: half,
      total: Fte.ofHundredths(300),
    });
    expect(result).toEqual({
      ok: true,
      value: { a: { min: 100 }, b: { min: 50, max: 150 }, c: { min: 50 } },
    });
  });

  it('refuses settings no allocation of the total can meet, with a typed error', () => {
    const tooMany = resolveFteBounds({
      municipalityIds: ids,
      settings: {},
      step: half,
      total: Fte.ofHundredths(250),
    });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'APPORTION.INFEASIBLE' } });
    const capped = resolveFteBounds({
      municipalityIds: ['a', 'b'],
      settings: { a: { max: Fte.full }, b: { max: Fte.full } },
      step: half,
      total: Fte.ofHundredths(300),
    });
    expect(capped).toMatchObject({ ok: false, error: { code: 'APPORTION.INFEASIBLE' } });
    const crossed = resolveFteBounds({
      municipalityIds: ['a'],
      settings: { a: { min: Fte.ofHundredths(75), max: Fte.ofHundredths(90) } },
      step: half,
      total: Fte.full,
    });
    expect(crossed).toMatchObject({
      ok: false,
      error: { code: 'APPORTION.BAD_BOUNDS', municipalityId: 'a' },
    });
    expect(
      resolveFteBounds({ municipalityIds: ['a'], settings: {}, step: Fte.zero, total: Fte.full }),
    ).toMatchObject({ ok: false, error: { code: 'APPORTION.BAD_STEP' } });
  });
});

const setting = fc.record({
  min: fc.option(
    fc.integer({ min: 0, max: 12 }).map((n) => n * 25),
    { nil: null },
  ),
  max: fc.option(
    fc.integer({ min: 0, max: 16 }).map((n) => n * 25),
    { nil: null },
  ),
});
const scenario = fc.record({
  method: fc.constantFrom(...apportionMethods),
  step: fc.constantFrom(25, 50),
  totalSteps: fc.integer({ min: 0, max: 24 }),
  units: fc.array(fc.record({ active: fc.nat(60), setting }), { minLength: 1, maxLength: 8 }),
});

describe('resolveFteBounds + planReallocation: properties', () => {
  it('every method respects min and max and sums to the total when feasible; else a typed error', () => {
    fc.assert(
      fc.property(scenario, ({ method, step, totalSteps, units }) => {
        const total = Fte.ofHundredths(totalSteps * step);
        const keys = units.map((_, i) => `m${i}`);
        const settings = Object.fromEntries(
          units.map((u, i) => [
            keys[i],
            {
              min: u.setting.min === null ? null : Fte.ofHundredths(u.setting.min),
              max: u.setting.max === null ? null : Fte.ofHundredths(u.setting.max),
            },
          ]),
        );
        // The feasibility rule, computed independently of the implementation.
        const mins = units.map((u) => Math.ceil((u.setting.min ?? step) / step) * step);
        const maxs = units.map((u) =>
          u.setting.max === null ? Infinity : Math.floor(u.setting.max / step) * step,
        );
        const crossed = mins.some((min, i) => min > (maxs[i] ?? Infinity));
        const feasible =
          !crossed &&
          mins.reduce((a, b) => a + b, 0) <= total &&
          maxs.reduce((a, b) => a + b, 0) >= total;
        const bounds = resolveFteBounds({
          municipalityIds: keys,
          settings,
          step: Fte.ofHundredths(step),
          total,
        });
        expect(bounds.ok).toBe(feasible);
        if (!bounds.ok) {
          expect(['APPORTION.INFEASIBLE', 'APPORTION.BAD_BOUNDS']).toContain(bounds.error.code);
          return;
        }
        const plan = planReallocation({
          ...hoglandetInput,
          method,
          step: Fte.ofHundredths(step),
          total,
          current: keys.map((municipalityId) => ({ municipalityId, fte: Fte.zero })),
          demand: units.map((u, i) => ({
            municipalityId: keys[i] ?? '',
            activeParticipants: u.active,
          })),
          salaries: Object.fromEntries(keys.map((k) => [k, Money.ofKronor(32_000)])),
          bounds: bounds.value,
        });
        if (units.every((u) => u.active === 0)) {
          // No demand anywhere: nothing to share by (a typed error, never a throw).
          if (!plan.ok) expect(plan.error.code).toBe('APPORTION.NO_WEIGHT');
          return;
        }
        expect(plan.ok).toBe(true);
        if (!plan.ok) return;
        const amounts = plan.value.rows.map((r) => r.suggestedFte);
        expect(amounts.reduce((a, b) => a + b, 0)).toBe(total);
        amounts.forEach((amount, i) => {
          expect(amount).toBeGreaterThanOrEqual(mins[i] ?? 0);
          expect(amount).toBeLessThanOrEqual(maxs[i] ?? Infinity);
          expect(amount % step).toBe(0);
        });
      }),
      { numRuns: 400 },
    );
  });
});
