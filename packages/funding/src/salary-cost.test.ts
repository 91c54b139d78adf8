import { Fte, Money, divideRounded } from '@finsam-se/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualSalaryCost } from './salary-cost.js';
import { hostileNumbers, unchecked, uncheckedFte } from './test-support/hostile-input.js';

const fte = Fte.ofHundredths;

describe('annualSalaryCost', () => {
  it('multiplies salary × 12 × FTE × (1 + on-cost)', () => {
    // 32 000 kr × 12 × 1 × 1.4015 = 538 176 kr
    expect(
      annualSalaryCost({
        monthlySalary: Money.ofKronor(32_000),
        fte: Fte.full,
        onCostPercent: '40.15',
      }),
    ).toEqual({ ok: true, value: Money.ofKronor(538_176) });
  });

  it('prorates by FTE and by months', () => {
    // 30 000 kr × 6 × 0.5 × 1.3915 = 125 235 kr
    expect(
      annualSalaryCost({
        monthlySalary: Money.ofKronor(30_000),
        fte: fte(50),
        onCostPercent: '39.15',
        months: 6,
      }),
    ).toEqual({ ok: true, value: Money.ofKronor(125_235) });
  });

  it('rounds half-up once, at the end', () => {
    // 1 öre × 1 × 0.5 × 1 = 0.5 öre → 1 öre
    expect(
      annualSalaryCost({
        monthlySalary: Money.ofOre(1),
        fte: fte(50),
        onCostPercent: '0',
        months: 1,
      }),
    ).toEqual({ ok: true, value: 1 });
    // 1 öre × 12 × 0.01 × 1.5 = 0.18 öre → 0
    expect(
      annualSalaryCost({ monthlySalary: Money.ofOre(1), fte: fte(1), onCostPercent: '50' }),
    ).toEqual({ ok: true, value: 0 });
    // rounding per month first would give 12 × 0 = 0; once at the end: 12 × 0.07 = 0.84 → 1
    expect(
      annualSalaryCost({ monthlySalary: Money.ofOre(7), fte: fte(1), onCostPercent: '0' }),
    ).toEqual({ ok: true, value: 1 });
  });

  it('is zero for zero FTE or zero months', () => {
    const base = { monthlySalary: Money.ofKronor(35_000), onCostPercent: '44.5' };
    expect(annualSalaryCost({ ...base, fte: Fte.zero })).toEqual({ ok: true, value: 0 });
    expect(annualSalaryCost({ ...base, fte: Fte.full, months: 0 })).toEqual({ ok: true, value: 0 });
  });

  it('rejects a badly written on-cost and odd month counts', () => {
    const base = { monthlySalary: Money.ofKronor(35_000), fte: Fte.full };
    expect(annualSalaryCost({ ...base, onCostPercent: '40.155' })).toMatchObject({
      ok: false,
      error: { code: 'FUNDING.ON_COST_FORMAT' },
    });
    for (const months of [-1, 1.5, Number.NaN]) {
      expect(annualSalaryCost({ ...base, onCostPercent: '40', months })).toMatchObject({
        ok: false,
        error: { code: 'FUNDING.BAD_MONTHS', field: 'months' },
      });
    }
  });

  it('equals the exact product rounded half-up, for any input', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 9_999 }),
        fc.integer({ min: 0, max: 24 }),
        (salary, hundredths, onCost, months) => {
          const percent = `${Math.floor(onCost / 100)}.${String(onCost % 100).padStart(2, '0')}`;
          const result = annualSalaryCost({
            monthlySalary: Money.ofOre(salary),
            fte: fte(hundredths),
            onCostPercent: percent,
            months,
          });
          const exact =
            BigInt(salary) * BigInt(months) * BigInt(hundredths) * BigInt(10_000 + onCost);
          expect(result).toEqual({ ok: true, value: Number(divideRounded(exact, 1_000_000n)) });
        },
      ),
    );
  });

  it('grows with FTE', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), (hundredths) => {
        const cost = (h: number): number => {
          const result = annualSalaryCost({
            monthlySalary: Money.ofKronor(31_500),
            fte: fte(h),
            onCostPercent: '40.15',
          });
          return result.ok ? result.value : Number.NaN;
        };
        expect(cost(hundredths + 1)).toBeGreaterThan(cost(hundredths));
      }),
    );
  });

  it('refuses a negative, fractional or NaN salary or FTE as a value, never a throw', () => {
    const base = { monthlySalary: Money.ofKronor(32_000), fte: Fte.full, onCostPercent: '40.15' };
    for (const salary of [-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(annualSalaryCost({ ...base, monthlySalary: unchecked(salary) })).toMatchObject({
        ok: false,
        error: { code: 'FUNDING.BAD_SALARY', field: 'monthlySalary' },
      });
    }
    for (const fte of [-1, 0.5, Number.NaN, Number.NEGATIVE_INFINITY]) {
      expect(annualSalaryCost({ ...base, fte: uncheckedFte(fte) })).toMatchObject({
        ok: false,
        error: { code: 'FUNDING.BAD_FTE', field: 'fte' },
      });
    }
  });

  it('refuses a cost beyond exact öre instead of losing öre', () => {
    // Number.MAX_SAFE_INTEGER = 9 007 199 254 740 991 öre. ⌊that ÷ 12⌋ = 750 599 937 895 082:
    // × 12 = 9 007 199 254 740 984 fits; one öre more a month gives …996, which does not.
    const year = (ore: number) =>
      annualSalaryCost({ monthlySalary: Money.ofOre(ore), fte: Fte.full, onCostPercent: '0' });
    expect(year(750_599_937_895_082)).toEqual({ ok: true, value: 9_007_199_254_740_984 });
    expect(year(750_599_937_895_083)).toMatchObject({
      ok: false,
      error: { code: 'FUNDING.TOO_LARGE' },
    });
  });

  it('gives a safe whole number of öre for every valid input (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 99_999 }),
        fc.integer({ min: 0, max: 1_200 }),
        (salary, hundredths, onCost, months) => {
          const result = annualSalaryCost({
            monthlySalary: Money.ofOre(salary),
            fte: fte(hundredths),
            onCostPercent: `${Math.floor(onCost / 100)},${String(onCost % 100).padStart(2, '0')}`,
            months,
          });
          expect(result.ok && Number.isSafeInteger(result.value) && result.value >= 0).toBe(true);
        },
      ),
    );
  });

  it('answers any number at all with a safe cost or a closed error code (property)', () => {
    const codes = [
      'FUNDING.BAD_SALARY',
      'FUNDING.BAD_FTE',
      'FUNDING.BAD_MONTHS',
      'FUNDING.TOO_LARGE',
    ];
    fc.assert(
      fc.property(hostileNumbers, hostileNumbers, hostileNumbers, (salary, hundredths, months) => {
        const result = annualSalaryCost({
          monthlySalary: unchecked(salary),
          fte: uncheckedFte(hundredths),
          onCostPercent: '40.15',
          months,
        });
        if (result.ok) expect(Number.isSafeInteger(result.value)).toBe(true);
        else expect(codes).toContain(result.error.code);
      }),
    );
  });
});
