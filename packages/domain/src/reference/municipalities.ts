import type { MunicipalityCode } from '../core/municipality-code.js';

export type MunicipalityReference = { readonly code: MunicipalityCode; readonly name: string };

/** The six member municipalities of Höglandets samordningsförbund, with their SCB codes. */
export const hoglandetMunicipalities: readonly MunicipalityReference[] = [
  { code: '0604' as MunicipalityCode, name: 'Aneby' },
  { code: '0686' as MunicipalityCode, name: 'Eksjö' },
  { code: '0682' as MunicipalityCode, name: 'Nässjö' },
  { code: '0684' as MunicipalityCode, name: 'Sävsjö' },
  { code: '0687' as MunicipalityCode, name: 'Tranås' },
  { code: '0685' as MunicipalityCode, name: 'Vetlanda' },
];
