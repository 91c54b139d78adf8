import { LocalDate, testPersonnummer } from '@finsam-se/domain';
import type { Rng } from './prng.js';
import type { PersonnummerFor } from './write-participant.js';

/**
 * Skatteverket's test personnummer, each used once per association: near the birth date
 * (a few days later when the day's numbers are taken).
 */
export function personnummerPool(): PersonnummerFor {
  const used = new Set<string>();
  return (rng: Rng, birthDate: LocalDate, gender: 'female' | 'male'): string => {
    for (let variant = rng.int(0, 9), tries = 0; tries < 40; tries += 1, variant += 1) {
      const date = tries < 10 ? birthDate : LocalDate.addDays(birthDate, tries);
      const number = testPersonnummer(date, gender, variant);
      if (!used.has(number)) {
        used.add(number);
        return number;
      }
    }
    throw new RangeError('could not find a free test personnummer');
  };
}
