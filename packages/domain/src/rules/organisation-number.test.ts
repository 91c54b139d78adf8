import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../identity/luhn.js';
import { parseOrganisationNumber } from './organisation-number.js';

const codeOf = (input: string) => {
  const result = parseOrganisationNumber(input);
  return result.ok ? 'ok' : result.error.code;
};

describe('parseOrganisationNumber', () => {
  it('accepts real numbers with or without the dash and writes them NNNNNN-NNNN', () => {
    // Skatteverket and Telefonaktiebolaget L M Ericsson.
    expect(parseOrganisationNumber('212000-0142')).toEqual({ ok: true, value: '212000-0142' });
    expect(parseOrganisationNumber('5560360793')).toEqual({ ok: true, value: '556036-0793' });
    expect(parseOrganisationNumber(' 556036-0793 ')).toEqual({ ok: true, value: '556036-0793' });
    expect(parseOrganisationNumber('222000-1511')).toEqual({ ok: true, value: '222000-1511' });
  });

  it('refuses a wrong check digit', () => {
    expect(codeOf('212000-0143')).toBe('ORGANISATION_NUMBER.CHECKSUM');
    expect(codeOf('556036-0794')).toBe('ORGANISATION_NUMBER.CHECKSUM');
    expect(codeOf('556677-1234')).toBe('ORGANISATION_NUMBER.CHECKSUM');
  });

  it('refuses a personnummer-shaped number (third digit below 2)', () => {
    // 811228-9874 is one of Skatteverket's test personnummer: a valid Luhn digit, a person.
    expect(codeOf('811228-9874')).toBe('ORGANISATION_NUMBER.NOT_LEGAL_ENTITY');
  });

  it('refuses every other shape with FORMAT and names the field', () => {
    for (const input of [
      '',
      '12',
      '556036-079',
      '556036--0793',
      '55603607930',
      'ABCDEF-GHIJ',
      '556036 0793',
      '556036+0793',
    ])
      expect(codeOf(input)).toBe('ORGANISATION_NUMBER.FORMAT');
    expect(parseOrganisationNumber('x', 'filter.org')).toMatchObject({
      ok: false,
      error: { field: 'filter.org' },
    });
  });

  it('accepts exactly one check digit for every nine leading digits of a legal entity', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{2}[2-9]\d{6}$/),
        fc.integer({ min: 0, max: 9 }),
        (nine, digit) => {
          const ok = parseOrganisationNumber(`${nine.slice(0, 6)}-${nine.slice(6)}${digit}`).ok;
          return ok === (digit === luhnCheckDigit(nine));
        },
      ),
    );
  });
});
