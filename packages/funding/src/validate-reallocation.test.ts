import { Fte, LocalDate, Money } from '@finsam-se/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateReallocation } from './validate-reallocation.js';

const f = Fte.ofHundredths;
const line = (municipalityId: string, fte: number) => ({ municipalityId, fte: f(fte) });
const current = [line('0604', 100), line('0682', 100), line('0685', 100)];
const step = f(50);

describe('validateReallocation', () => {
  it('accepts a proposal that keeps the total in whole steps', () => {
    expect(
      validateReallocation(current, [line('0604', 50), line('0682', 150), line('0685', 100)], {
        step,
      }),
    ).toEqual([]);
  });

  it('flags a changed total unless growth is allowed', () => {
    const grown = [line('0604', 100), line('0682', 150), line('0685', 100)];
    expect(validateReallocation(current, grown, { step }).map((v) => v.code)).toEqual([
      'REALLOCATION.TOTAL_CHANGED',
    ]);
    expect(validateReallocation(current, grown, { step, allowGrowth: true })).toEqual([]);
  });

  it('returns every violation, not just the first, each with its municipality', () => {
    const violations = validateReallocation(
      current,
      [line('0604', 25), line('0682', 275), line('0685', 0)],
      { step, minimums: { '0604': f(50), '0685': f(50) }, maximums: { '0682': f(200) } },
    );
    expect(violations.map((v) => [v.code, v.municipalityId])).toEqual([
      ['REALLOCATION.NOT_A_STEP', '0604'],
      ['REALLOCATION.BELOW_MINIMUM', '0604'],
      ['REALLOCATION.NOT_A_STEP', '0682'],
      ['REALLOCATION.ABOVE_MAXIMUM', '0682'],
      ['REALLOCATION.BELOW_MINIMUM', '0685'],
    ]);
    expect(violations.every((v) => v.message.length > 0)).toBe(true);
  });

  it('flags municipalities added, dropped or listed twice', () => {
    const violations = validateReallocation(
      current,
      [line('0604', 100), line('0604', 100), line('9999', 100)],
      {
        step,
        minimums: { '0685': f(50) },
      },
    );
    expect(violations.map((v) => [v.code, v.municipalityId])).toEqual([
      ['REALLOCATION.DUPLICATE_MUNICIPALITY', '0604'],
      ['REALLOCATION.UNKNOWN_MUNICIPALITY', '9999'],
      ['REALLOCATION.MISSING_MUNICIPALITY', '0682'],
      ['REALLOCATION.MISSING_MUNICIPALITY', '0685'],
      ['REALLOCATION.TOTAL_CHANGED', undefined],
      ['REALLOCATION.BELOW_MINIMUM', '0685'],
    ]);
  });

  it('flags a bad step', () => {
    expect(validateReallocation(current, current, { step: f(0) }).map((v) => v.code)).toEqual([
      'APPORTION.BAD_STEP',
    ]);
  });

  describe('budget', () => {
    const salaries = {
      '0604': Money.ofKronor(32_000),
      '0682': Money.ofKronor(32_000),
      '0685': Money.ofKronor(32_000),
    };
    const budget = (annual: number) => ({
      annual: Money.ofKronor(annual),
      onCostPercent: '40.15',
      salaries,
      effectiveFrom: LocalDate.from('2021-07-01'),
    });
    const grown = [line('0604', 200), line('0682', 200), line('0685', 200)];

    it('flags a proposal whose year cost exceeds the budget', () => {
      // 3 FTE × 538 176 kr = 1 614 528 kr for H1+H2 now; doubling H2 adds ≈ 814 000 kr
      expect(
        validateReallocation(current, grown, {
          step,
          allowGrowth: true,
          budget: budget(2_400_000),
        }).map((v) => v.code),
      ).toEqual(['REALLOCATION.OVER_BUDGET']);
      expect(
        validateReallocation(current, grown, {
          step,
          allowGrowth: true,
          budget: budget(2_500_000),
        }),
      ).toEqual([]);
    });

    it('needs salaries and a readable on-cost to check the budget', () => {
      const { '0685': _gone, ...fewer } = salaries;
      expect(
        validateReallocation(current, current, {
          step,
          budget: { ...budget(3_800_000), salaries: fewer },
        }).map((v) => [v.code, v.municipalityId]),
      ).toEqual([['REALLOCATION.MISSING_SALARY', '0685']]);
      expect(
        validateReallocation(current, current, {
          step,
          budget: { ...budget(3_800_000), onCostPercent: 'x' },
        }).map((v) => v.code),
      ).toEqual(['FUNDING.ON_COST_FORMAT']);
    });
  });

  it('never flags a proposal built by moving whole steps between municipalities', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }))),
        (moves) => {
          const ftes = current.map((c) => c.fte as number);
          for (const [from, to] of moves) {
            if ((ftes[from] ?? 0) >= 50) {
              ftes[from] = (ftes[from] ?? 0) - 50;
              ftes[to] = (ftes[to] ?? 0) + 50;
            }
          }
          const proposed = current.map((c, i) => line(c.municipalityId, ftes[i] ?? 0));
          expect(validateReallocation(current, proposed, { step })).toEqual([]);
        },
      ),
    );
  });
});
