import { LocalDate, Money, Period } from '@finsam-se/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CoachPay,
  municipalitySalaries,
  settingInForce,
  standardMonthlySalary,
} from './municipality-salary.js';

const d = LocalDate.from;
const day = (date: string) => Period.of(d(date), LocalDate.addDays(d(date), 1));
const coach = (over: Partial<CoachPay> = {}): CoachPay => ({
  municipalityId: 'nassjo',
  monthlySalary: Money.ofKronor(32_000),
  employedFrom: d('2020-01-01'),
  employedUntil: null,
  ...over,
});
const settings = [
  { year: 2023, standardMonthlySalary: Money.ofKronor(33_000) },
  { year: 2024, standardMonthlySalary: Money.ofKronor(35_000) },
];

describe('settingInForce', () => {
  it("takes the year's setting, else the latest before it, never a later one", () => {
    expect(settingInForce(settings, 2024)?.year).toBe(2024);
    expect(settingInForce(settings, 2026)?.year).toBe(2024);
    expect(settingInForce(settings, 2022)).toBeUndefined();
    expect(settingInForce([...settings].reverse(), 2026)?.year).toBe(2024);
  });
});

describe('standardMonthlySalary', () => {
  it('is the setting in force, or SALARY.SETTING_MISSING (never 0 or a constant)', () => {
    expect(standardMonthlySalary(settings, 2025)).toEqual({ ok: true, value: 3_500_000 });
    const missing = standardMonthlySalary(settings, 2021);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('SALARY.SETTING_MISSING');
  });
});

describe('municipalitySalaries', () => {
  it("is the mean salary of the municipality's coaches employed during the period", () => {
    const result = municipalitySalaries({
      municipalityIds: ['nassjo'],
      period: day('2024-06-15'),
      coaches: [coach(), coach({ monthlySalary: Money.ofKronor(33_001) })],
      settings,
    });
    expect(result).toEqual({ ok: true, value: { nassjo: 3_250_050 } });
  });

  it('leaves out coaches not yet employed and coaches who have left', () => {
    const result = municipalitySalaries({
      municipalityIds: ['nassjo'],
      period: day('2024-06-15'),
      coaches: [
        coach(),
        coach({ monthlySalary: Money.ofKronor(90_000), employedFrom: d('2024-06-16') }),
        coach({ monthlySalary: Money.ofKronor(10_000), employedUntil: d('2024-06-15') }),
      ],
      settings,
    });
    expect(result).toEqual({ ok: true, value: { nassjo: 3_200_000 } });
  });

  it("falls back to the year's standard salary for a municipality without coaches", () => {
    const result = municipalitySalaries({
      municipalityIds: ['nassjo', 'eksjo'],
      period: day('2024-06-15'),
      coaches: [coach()],
      settings,
    });
    expect(result).toEqual({ ok: true, value: { nassjo: 3_200_000, eksjo: 3_500_000 } });
  });

  it('is SALARY.SETTING_MISSING when the fallback is needed and no setting is in force', () => {
    const result = municipalitySalaries({
      municipalityIds: ['nassjo', 'eksjo'],
      period: day('2021-06-15'),
      coaches: [coach()],
      settings,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'SALARY.SETTING_MISSING' } });
    // Without the need for the fallback, a missing setting does not matter.
    expect(
      municipalitySalaries({
        municipalityIds: ['nassjo'],
        period: day('2021-06-15'),
        coaches: [coach()],
        settings: [],
      }),
    ).toEqual({ ok: true, value: { nassjo: 3_200_000 } });
  });

  it('never leaves a salary outside the range of the salaries averaged', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20_000_000 }), { minLength: 1 }), (ore) => {
        const result = municipalitySalaries({
          municipalityIds: ['nassjo'],
          period: day('2024-06-15'),
          coaches: ore.map((o) => coach({ monthlySalary: Money.fromBigInt(BigInt(o)) })),
          settings: [],
        });
        if (!result.ok) return false;
        const salary = result.value['nassjo'] ?? -1;
        return salary >= Math.min(...ore) && salary <= Math.max(...ore);
      }),
    );
  });
});
