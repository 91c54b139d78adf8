import { describe, expect, it } from 'vitest';
import { normaliseOrganisationNumber, validateOrganisationNumber } from './organisationNumber';

describe('organisationsnummer', () => {
  it('accepts NNNNNN-NNNN and an empty value', () => {
    expect(validateOrganisationNumber('556677-8899')).toBeUndefined();
    expect(validateOrganisationNumber('')).toBeUndefined();
    expect(validateOrganisationNumber(null)).toBeUndefined();
  });
  it('refuses other shapes', () => {
    for (const bad of ['5566778899', '556677-889', '55667-78899', 'abcdef-ghij', 42]) {
      expect(validateOrganisationNumber(bad)).toBe('app.validation.organisationNumber');
    }
  });
  it('inserts the hyphen in ten bare digits and trims', () => {
    expect(normaliseOrganisationNumber(' 5566778899 ')).toBe('556677-8899');
    expect(normaliseOrganisationNumber('556677-8899')).toBe('556677-8899');
    expect(normaliseOrganisationNumber('12-34')).toBe('12-34');
    expect(normaliseOrganisationNumber('  ')).toBeNull();
    expect(normaliseOrganisationNumber(undefined)).toBeNull();
  });
});
