import { Fte, LocalDate, Money } from '@finsam-se/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionMethods } from './apportion-method.js';
import { planReallocation } from './plan-reallocation.js';
import { hoglandetIds, hoglandetInput } from './test-support/hoglandet.js';

const plan = (over: Partial<typeof hoglandetInput> = {}) => {
  const result = planReallocation({ ...hoglandetInput, ...over });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

describe('planReallocation: the Höglandet example', () => {
  it('suggests FTE in proportion to active participants, keeping the total', () => {
    const { rows, totals } = plan();
    expect(rows.map((r) => [r.municipalityId, r.currentFte, r.suggestedFte, r.change])).toEqual([
      ['0604', 100, 50, -50],
      ['0686', 100, 100, 0],
      ['0682', 100, 150, 50],
      ['0684', 100, 50, -50],
      ['0687', 100, 100, 0],
      ['0685', 100, 150, 50],
    ]);
    expect(totals).toMatchObject({
      currentFte: 600,
      suggestedFte: 600,
      change: 0,
      activeParticipants: 138,
    });
  });

  it('reports caseloads per FTE and IPS bands before and after', () => {
    const nassjo = plan().rows[2];
    expect(nassjo).toMatchObject({
      caseloadBefore: 41,
      ipsBandBefore: 1,
      ipsBandAfter: 3,
    });
    expect(nassjo?.caseloadAfter).toBeCloseTo(27.33, 2);
    expect(plan().totals.caseloadBefore).toBe(23);
  });

  it('costs the rest of the year before and after without drift', () => {
    const { rows, totals, budget, period } = plan();
    expect(period).toEqual({ start: '2021-07-01', end: '2022-01-01' });
    expect(Money.sum(rows.map((r) => r.costBefore))).toBe(totals.costBefore);
    expect(Money.sum(rows.map((r) => r.costAfter))).toBe(totals.costAfter);
    expect(totals.costChange).toBe(totals.costAfter - totals.costBefore);
    // 3 800 000 kr × 184 / 365
    expect(budget.restBudget).toBe(191_561_644);
    expect(budget.restMarginAfter).toBe(budget.restBudget - budget.restCostAfter);
    expect(budget.yearBudget).toBe(380_000_000);
    expect(budget.withinBudget).toBe(true);
    // moving half posts to better-paid municipalities costs a little
    expect(budget.restCostChange).toBeGreaterThan(0);
  });

  it('matches a hand calculation for one municipality', () => {
    // Aneby 1 FTE at 31 800 kr: 31 800 × 12 × 1.4015 × 184/365
    const aneby = plan().rows[0];
    expect(
      Math.abs((aneby?.costBefore ?? 0) - Math.round((3_180_000 * 12 * 1.4015 * 184) / 365)),
    ).toBeLessThanOrEqual(1);
    expect(
      Math.abs((aneby?.costAfter ?? 0) - Math.round((3_180_000 * 6 * 1.4015 * 184) / 365)),
    ).toBeLessThanOrEqual(1);
  });

  it('respects bounds: every municipality keeps at least half a post', () => {
    const bounds = Object.fromEntries(
      hoglandetIds.map((id) => [id, { min: Fte.ofHundredths(50) }]),
    );
    const { rows } = plan({ method: 'dhondt', bounds });
    expect(rows.map((r) => r.suggestedFte)).toEqual([50, 100, 200, 50, 100, 100]);
  });

  it('can plan growth with a new total and flags an overspend', () => {
    const grown = plan({ total: Fte.ofHundredths(1200) });
    expect(grown.totals.suggestedFte).toBe(1200);
    expect(grown.budget.withinBudget).toBe(false);
    expect(grown.budget.yearMarginAfter).toBeLessThan(0);
  });

  it('includes municipalities that only appear in demand, with no current FTE', () => {
    const result = plan({
      demand: [...hoglandetInput.demand, { municipalityId: '0680', activeParticipants: 20 }],
      salaries: { ...hoglandetInput.salaries, '0680': Money.ofKronor(33_000) },
    });
    expect(result.rows.at(-1)).toMatchObject({
      municipalityId: '0680',
      currentFte: 0,
      caseloadBefore: null,
      ipsBandBefore: null,
    });
  });

  it('uses the demand weight when one is given instead of active participants', () => {
    const demand = hoglandetInput.demand.map((d) => ({ ...d, weight: 1 }));
    expect(plan({ demand }).rows.map((r) => r.suggestedFte)).toEqual([
      100, 100, 100, 100, 100, 100,
    ]);
  });

  it('takes a horizon other than the calendar year', () => {
    const result = plan({ yearEnd: LocalDate.from('2021-10-01') });
    expect(result.budget.restBudget).toBe(Math.round((380_000_000 * 92) / 365));
  });
});

describe('planReallocation: errors', () => {
  const error = (over: Partial<typeof hoglandetInput>) => {
    const result = planReallocation({ ...hoglandetInput, ...over });
    return result.ok ? undefined : result.error;
  };

  it('rejects a bad on-cost, an empty horizon and odd counts', () => {
    expect(error({ onCostPercent: '40,1,5' })).toMatchObject({ code: 'FUNDING.ON_COST_FORMAT' });
    expect(error({ yearEnd: LocalDate.from('2021-07-01') })).toMatchObject({
      code: 'FUNDING.BAD_PERIOD',
    });
    expect(error({ demand: [{ municipalityId: '0604', activeParticipants: -3 }] })).toMatchObject({
      code: 'FUNDING.BAD_COUNT',
      municipalityId: '0604',
    });
  });

  it('rejects duplicates, unknown bounds and missing salaries', () => {
    expect(
      error({ current: [...hoglandetInput.current, { municipalityId: '0604', fte: Fte.full }] }),
    ).toMatchObject({ code: 'REALLOCATION.DUPLICATE_MUNICIPALITY', municipalityId: '0604' });
    expect(error({ bounds: { '9999': { min: Fte.full } } })).toMatchObject({
      code: 'REALLOCATION.UNKNOWN_MUNICIPALITY',
      municipalityId: '9999',
    });
    const { '0685': _dropped, ...salaries } = hoglandetInput.salaries;
    expect(error({ salaries })).toMatchObject({
      code: 'REALLOCATION.MISSING_SALARY',
      municipalityId: '0685',
    });
  });

  it('passes apportionment errors through', () => {
    expect(error({ step: Fte.ofHundredths(70) })).toMatchObject({ code: 'APPORTION.BAD_STEP' });
    const bounds = Object.fromEntries(
      hoglandetIds.map((id) => [id, { min: Fte.ofHundredths(150) }]),
    );
    expect(error({ bounds })).toMatchObject({ code: 'APPORTION.INFEASIBLE' });
  });
});

describe('planReallocation: properties', () => {
  it('keeps the total FTE and never lets money drift, for any demand and method', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...apportionMethods),
        fc
          .array(fc.integer({ min: 0, max: 80 }), { minLength: 6, maxLength: 6 })
          .filter((a) => a.some((x) => x > 0)),
        fc.integer({ min: 0, max: 364 }),
        (method, counts, day) => {
          const demand = hoglandetIds.map((municipalityId, i) => ({
            municipalityId,
            activeParticipants: counts[i] ?? 0,
          }));
          const effectiveFrom = LocalDate.addDays(LocalDate.from('2021-01-01'), day);
          const result = plan({ method, demand, effectiveFrom });
          expect(result.totals.suggestedFte).toBe(600);
          expect(result.rows.reduce((s, r) => s + r.change, 0)).toBe(0);
          expect(Money.sum(result.rows.map((r) => r.costAfter))).toBe(result.totals.costAfter);
          expect(Money.sum(result.rows.map((r) => r.costBefore))).toBe(result.totals.costBefore);
          for (const r of result.rows) expect(r.suggestedFte % 50).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('planReallocation: caseload over time and unused capacity', () => {
  it('shares by the mean over the window and flags posts below 20 per FTE', () => {
    // Aneby: 9 active on the day but 4.5 on average; Nässjö 41 on the day, 41 on average.
    const demand = hoglandetInput.demand.map((d) => ({
      ...d,
      meanActive: d.municipalityId === '0604' ? 4.5 : d.activeParticipants,
    }));
    const plan = planReallocation({ ...hoglandetInput, demand });
    if (!plan.ok) throw new Error(plan.error.code);
    const aneby = plan.value.rows.find((r) => r.municipalityId === '0604');
    expect(aneby).toMatchObject({
      activeParticipants: 9,
      meanActive: 4.5,
      weight: 4.5,
      ipsBandBefore: 5,
      capacityBefore: 'UNUSED',
    });
    const nassjo = plan.value.rows.find((r) => r.municipalityId === '0682');
    // Weights 4.5/22/41/12/24/30 (Σ 133.5), 12 half posts by Webster: 0/2/4/1/2/3 steps.
    expect(plan.value.rows.map((r) => r.suggestedFte)).toEqual([0, 100, 200, 50, 100, 150]);
    expect(aneby?.capacityAfter).toBe('NO_POST'); // why every municipality needs a minimum
    expect(nassjo?.capacityBefore).toBe('OVER');
    expect(nassjo?.capacityAfter).toBe('ON_TARGET'); // 41 ÷ 2 = 20.5
    const vetlanda = plan.value.rows.find((r) => r.municipalityId === '0685');
    expect(vetlanda?.capacityAfter).toBe('ON_TARGET'); // 30 ÷ 1.5 = 20
  });

  it('refuses a negative or non-finite mean with a typed error', () => {
    const demand = hoglandetInput.demand.map((d) => ({ ...d, meanActive: Number.NaN }));
    expect(planReallocation({ ...hoglandetInput, demand })).toMatchObject({
      ok: false,
      error: { code: 'FUNDING.BAD_COUNT', field: 'meanActive' },
    });
  });
});
