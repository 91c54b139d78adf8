import { describe, expect, it } from 'vitest';
import * as funding from './index.js';

describe('public API', () => {
  it('exports every public function', () => {
    for (const name of [
      'annualSalaryCost',
      'parseOnCostPercent',
      'onCostForYear',
      'prorateAnnual',
      'postCost',
      'costForPeriod',
      'budgetStatus',
      'budgetForYear',
      'applyReallocation',
      'reallocationEffect',
      'municipalitySalaries',
      'standardMonthlySalary',
      'apportion',
      'apportionFte',
      'planReallocation',
      'validateReallocation',
      'compareScenarios',
      'planScenarios',
      'describeFundingError',
    ]) {
      expect(typeof (funding as Record<string, unknown>)[name]).toBe('function');
    }
    expect(funding.apportionMethods).toHaveLength(5);
    expect(funding.fundingErrorCodes).toContain('APPORTION.INFEASIBLE');
  });
});
