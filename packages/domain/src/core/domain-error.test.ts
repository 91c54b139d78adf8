import { describe, expect, it } from 'vitest';
import {
  describeDomainError,
  domainErrorCodes,
  domainErrorMessages,
  fail,
} from './domain-error.js';

describe('domain errors', () => {
  it('every code has a Swedish and an English message', () => {
    for (const code of domainErrorCodes) {
      expect(domainErrorMessages[code].sv.length).toBeGreaterThan(10);
      expect(domainErrorMessages[code].en.length).toBeGreaterThan(10);
    }
    expect(describeDomainError('FTE.RANGE')).toMatch(/heltid/);
    expect(describeDomainError('FTE.RANGE', 'en')).toMatch(/FTE/);
  });

  it('codes follow AREA.REASON in upper case', () => {
    for (const code of domainErrorCodes) expect(code).toMatch(/^[A-Z_]+\.[A-Z_]+$/);
  });

  it('fail names the field when given', () => {
    expect(fail('DATE.FORMAT', 'enrolledOn')).toEqual({
      ok: false,
      error: {
        code: 'DATE.FORMAT',
        message: domainErrorMessages['DATE.FORMAT'].en,
        field: 'enrolledOn',
      },
    });
  });
});
