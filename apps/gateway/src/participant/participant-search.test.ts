import { testPersonnummer } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { participantSearch } from './participant-search.js';

const today = '2026-11-20';
const pnr = testPersonnummer('1990-05-17', 'female', 3);

describe('the participant search text', () => {
  it('reads a personnummer in every written form as the normalised number', () => {
    for (const written of [
      pnr,
      `${pnr.slice(0, 8)}-${pnr.slice(8)}`,
      pnr.slice(2),
      `${pnr.slice(2, 8)}-${pnr.slice(8)}`,
      ` ${pnr.slice(2, 8)} ${pnr.slice(8)} `,
    ])
      expect(participantSearch(written, today)).toEqual({ personnummer: pnr });
  });
  it('takes + as 100 years or older', () => {
    const old = testPersonnummer('1920-03-04', 'male', 1);
    expect(participantSearch(`${old.slice(2, 8)}+${old.slice(8)}`, today)).toEqual({
      personnummer: old,
    });
  });
  it('finds nobody for a number that is no personnummer', () => {
    expect(participantSearch('199005171234', today)).toBeNull();
    expect(participantSearch('12345', today)).toBeNull();
  });
  it('splits a name into lower-case words, hyphens included', () => {
    expect(participantSearch('  Anna   Svensson ', today)).toEqual({
      nameWords: ['anna', 'svensson'],
    });
    expect(participantSearch('Anna-Karin', today)).toEqual({ nameWords: ['anna', 'karin'] });
  });
});
