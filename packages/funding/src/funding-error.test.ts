import { describe, expect, it } from 'vitest';
import {
  describeFundingError,
  fundingError,
  fundingErrorCodes,
  fundingErrorMessages,
  fundingFail,
} from './funding-error.js';

describe('funding error catalogue', () => {
  it('has a Swedish and an English message for every code', () => {
    expect(fundingErrorCodes.length).toBeGreaterThan(20);
    for (const code of fundingErrorCodes) {
      expect(fundingErrorMessages[code].sv.length).toBeGreaterThan(5);
      expect(fundingErrorMessages[code].en.length).toBeGreaterThan(5);
    }
  });

  it('uses stable dotted upper-case codes', () => {
    for (const code of fundingErrorCodes) expect(code).toMatch(/^[A-Z]+\.[A-Z_]+$/);
  });

  it('describes a code in Swedish by default and in English on request', () => {
    expect(describeFundingError('APPORTION.INFEASIBLE')).toContain('Golven');
    expect(describeFundingError('APPORTION.INFEASIBLE', 'en')).toContain('minimums');
  });

  it('builds errors with the English message and only the details given', () => {
    expect(fundingError('REALLOCATION.OVER_BUDGET')).toEqual({
      code: 'REALLOCATION.OVER_BUDGET',
      message: fundingErrorMessages['REALLOCATION.OVER_BUDGET'].en,
    });
    expect(fundingFail('REALLOCATION.BELOW_MINIMUM', { municipalityId: '0604' })).toEqual({
      ok: false,
      error: {
        code: 'REALLOCATION.BELOW_MINIMUM',
        message: fundingErrorMessages['REALLOCATION.BELOW_MINIMUM'].en,
        municipalityId: '0604',
      },
    });
  });
});
