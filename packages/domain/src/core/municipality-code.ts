import { type DomainError, fail } from './domain-error.js';
import { type Result, ok } from './result.js';

declare const municipalityCodeBrand: unique symbol;
/** A municipality's four-digit code from SCB (Statistics Sweden), e.g. `0682` for Nässjö. */
export type MunicipalityCode = string & { readonly [municipalityCodeBrand]: 'MunicipalityCode' };

const CODE = /^(0[1-9]|1\d|2[0-5])\d{2}$/;

export const MunicipalityCode = {
  /** The county part is 01–25; the code has four digits. */
  parse(input: string): Result<MunicipalityCode, DomainError<'MUNICIPALITY.CODE'>> {
    const text = input.trim();
    return CODE.test(text) ? ok(text as MunicipalityCode) : fail('MUNICIPALITY.CODE');
  },

  /** The county (län) code: the first two digits. `06` is Jönköpings län. */
  county(code: MunicipalityCode): string {
    return code.slice(0, 2);
  },
} as const;
