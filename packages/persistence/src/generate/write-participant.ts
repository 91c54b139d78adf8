import { LocalDate } from '@finsam-se/domain';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import { femaleNames, maleNames, surnames } from './names.js';
import { type Rng, uuidFrom } from './prng.js';
import type { RowSink } from './row-sink.js';
import type { StaffContext } from './staff-context.js';

/** Finds a free test personnummer for a birth date (the association's pool of used numbers). */
export type PersonnummerFor = (rng: Rng, birthDate: LocalDate, gender: 'female' | 'male') => string;

export type Municipality = StaffContext['municipalities'][number];

/** The person a referral is about, as the rest of the path needs them. */
export type Person = {
  readonly participantId: string;
  readonly gender: 'female' | 'male' | 'other';
  /** 19–29 years old: the primary target group. */
  readonly primary: boolean;
};

/** Step `participants`: one person referred on `receivedOn`, living in `municipality`. */
export function writeParticipant(
  rng: Rng,
  sink: RowSink,
  context: {
    readonly staff: StaffContext;
    readonly pii: PiiCipher;
    readonly personnummerFor: PersonnummerFor;
    readonly municipality: Municipality;
    readonly receivedOn: LocalDate;
  },
): Person {
  const { pii, receivedOn } = context;
  const legal: 'female' | 'male' = rng.chance(0.47) ? 'female' : 'male';
  const gender = rng.chance(0.01) ? 'other' : legal;
  const primary = rng.chance(0.55);
  const age = primary ? rng.int(19, 29) : rng.int(30, 62);
  const birthDate = LocalDate.addDays(LocalDate.addMonths(receivedOn, -12 * age), -rng.int(0, 360));
  const personnummer = context.personnummerFor(rng, birthDate, legal);
  const participantId = uuidFrom(rng);
  const factors: string[] = [];
  if (rng.chance(0.45)) factors.push('mental_ill_health');
  if (rng.chance(0.3)) factors.push('disability');
  if (rng.chance(0.1)) factors.push('substance_abuse');
  const first = rng.pick(legal === 'female' ? femaleNames : maleNames);
  sink.add('participants', {
    association_id: context.staff.associationId,
    id: participantId,
    personnummer_cipher: pii.encrypt(personnummer),
    personnummer_hash: pii.hash(personnummer),
    first_name: first,
    last_name: rng.pick(surnames),
    gender,
    birth_date: `${personnummer.slice(0, 4)}-${personnummer.slice(4, 6)}-${personnummer.slice(6, 8)}`,
    home_municipality_id: context.municipality.id,
    target_group_factors: factors,
    education_level: rng.weighted([
      ['primary_incomplete', 15],
      ['primary', 35],
      ['upper_secondary', 40],
      ['post_secondary', 10],
    ] as const),
  });
  return { participantId, gender, primary };
}
