import { Fte, Money } from '@finsam-se/domain';
import { annualSalaryCost } from '@finsam-se/funding';
import { describe, expect, it } from 'vitest';
import { demoAssociationSpec } from '../seed/demo-association.js';
import { demoMonthlySalaryOre, demoOnCostPercent } from './salary-schedule.js';

const spec = demoAssociationSpec(new Map());
const yearsOf = (project: { startsOn: string; endsOn: string }) => {
  const years: number[] = [];
  for (let y = Number(project.startsOn.slice(0, 4)); `${y}-01-01` < project.endsOn; y += 1)
    years.push(y);
  return years;
};

describe('the demo coaches cost what the budget pays for', () => {
  it('funds 2018–2020 with the description\'s "cirka 3 800 000 SEK/år"', () => {
    expect(spec.projects[0]?.budgetPerYearOre).toBe(380_000_000);
  });

  // Six 1.0 posts at the salary of the coaches' contract (the project's first year), with
  // each year's on-cost, computed by the funding package's own salary cost.
  for (const project of spec.projects) {
    for (const year of yearsOf(project)) {
      it(`${project.name}, ${year}: six 1.0 posts within 2 % under the year's budget`, () => {
        const cost = annualSalaryCost({
          monthlySalary: Money.fromBigInt(
            BigInt(demoMonthlySalaryOre(Number(project.startsOn.slice(0, 4)))),
          ),
          fte: Fte.ofHundredths(600),
          onCostPercent: demoOnCostPercent(year),
        });
        if (!cost.ok) throw new Error(cost.error.code);
        const budget = project.budgetByYearOre?.[year] ?? project.budgetPerYearOre;
        const ratio = Number(cost.value) / budget;
        expect(ratio).toBeGreaterThanOrEqual(0.98);
        // Within ±2 %, and never over: a reallocation may not take a year over its budget.
        expect(ratio).toBeLessThanOrEqual(1);
      });
    }
  }

  it('raises the salary every year with the wage revision', () => {
    for (let year = 2019; year <= 2027; year += 1)
      expect(demoMonthlySalaryOre(year)).toBeGreaterThan(demoMonthlySalaryOre(year - 1));
  });

  it('uses the published municipal on-cost: 39.15 % in 2019, 40.15 % in 2021, 44.53 % in 2023', () => {
    expect(demoOnCostPercent(2019)).toBe('39.15');
    expect(demoOnCostPercent(2021)).toBe('40.15');
    expect(demoOnCostPercent(2023)).toBe('44.53');
    expect(demoOnCostPercent(2030)).toBe('44.53');
  });
});
