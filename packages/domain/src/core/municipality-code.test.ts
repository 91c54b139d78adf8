import { describe, expect, it } from 'vitest';
import { hoglandetMunicipalities } from '../reference/municipalities.js';
import { MunicipalityCode } from './municipality-code.js';

describe('MunicipalityCode', () => {
  it('accepts four-digit SCB codes with a county 01–25', () => {
    expect(MunicipalityCode.parse('0682')).toEqual({ ok: true, value: '0682' });
    expect(MunicipalityCode.parse('2584').ok).toBe(true);
    for (const bad of ['682', '06820', '2601', '0082', 'abcd']) {
      expect(MunicipalityCode.parse(bad)).toMatchObject({
        ok: false,
        error: { code: 'MUNICIPALITY.CODE' },
      });
    }
  });

  it('holds the six Höglandet municipalities in Jönköpings län', () => {
    expect(hoglandetMunicipalities.map((m) => `${m.code} ${m.name}`).sort()).toEqual([
      '0604 Aneby',
      '0682 Nässjö',
      '0684 Sävsjö',
      '0685 Vetlanda',
      '0686 Eksjö',
      '0687 Tranås',
    ]);
    for (const m of hoglandetMunicipalities) expect(MunicipalityCode.county(m.code)).toBe('06');
  });
});
