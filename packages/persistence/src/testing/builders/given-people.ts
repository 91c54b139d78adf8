import {
  type Gender,
  LocalDate,
  type ReferrerOrganisation,
  type Role,
  type TargetGroupFactor,
  testPersonnummer,
} from '@finsam-se/domain';
import { hashPassword, participantRepository, userRepository } from '../../index.js';
import type { World } from './world.js';

/** Every built user's password: hashed once per process (argon2 is slow on purpose). */
export const GIVEN_USER_PASSWORD = 'byggd-testanvändare-1';
let passwordHash: Promise<string> | undefined;

export type GivenUser = {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  readonly name: string;
  readonly municipalityId: string | null;
  readonly coachId: string | null;
};

/**
 * A user who can log in with `email` and `password`. A coach needs `coachId` (and works
 * where that coach does, `municipalityId`); a municipal chief needs `municipalityId`; a
 * referrer belongs to an organisation (AF unless told).
 */
export async function givenUser(
  world: World,
  role: Role,
  values: {
    municipalityId?: string | null;
    coachId?: string | null;
    organisation?: ReferrerOrganisation | null;
    name?: string;
    email?: string;
  } = {},
): Promise<GivenUser> {
  const n = world.next();
  passwordHash ??= hashPassword(GIVEN_USER_PASSWORD);
  const user = {
    email: values.email ?? `${role.replaceAll('_', '-')}.${n}@test.example.org`,
    name: values.name ?? `${role} ${n}`,
    role,
    municipalityId: values.municipalityId ?? null,
    coachId: values.coachId ?? null,
    organisation: values.organisation ?? (role === 'referrer' ? 'AF' : null),
  };
  const hash = await passwordHash;
  const id = await world.asTenant((tx) =>
    userRepository.create(tx, { ...user, passwordHash: hash }),
  );
  return {
    id,
    email: user.email,
    password: GIVEN_USER_PASSWORD,
    role,
    name: user.name,
    municipalityId: user.municipalityId,
    coachId: user.coachId,
  };
}

export type GivenParticipant = {
  readonly id: string;
  readonly personnummer: string;
  readonly firstName: string;
  readonly lastName: string;
};

/**
 * A participant living in `homeMunicipalityId`, with one of Skatteverket's test
 * personnummer (born in the 1960s–80s, a new one per call unless given).
 */
export async function givenParticipant(
  world: World,
  values: {
    homeMunicipalityId: string;
    personnummer?: string;
    firstName?: string;
    lastName?: string;
    gender?: Extract<Gender, 'female' | 'male'>;
    targetGroupFactors?: readonly TargetGroupFactor[];
    registeredBy?: string | null;
  },
): Promise<GivenParticipant> {
  const n = world.next();
  const gender = values.gender ?? (n % 2 === 0 ? 'female' : 'male');
  const born = LocalDate.addDays(LocalDate.from('1960-01-01'), Math.floor(n / 10) % 9000);
  const personnummer = values.personnummer ?? testPersonnummer(born, gender, n % 10);
  const birthDate = LocalDate.from(
    `${personnummer.slice(0, 4)}-${personnummer.slice(4, 6)}-${personnummer.slice(6, 8)}`,
  );
  const created = await world.asTenant((tx) =>
    participantRepository(world.persistence.pii).create(tx, {
      personnummer,
      firstName: values.firstName ?? 'Testa',
      lastName: values.lastName ?? `Deltagare${n}`,
      gender,
      birthDate,
      homeMunicipalityId: values.homeMunicipalityId,
      targetGroupFactors: [...(values.targetGroupFactors ?? ['mental_ill_health'])],
      registeredBy: values.registeredBy ?? null,
    }),
  );
  return {
    id: created.id,
    personnummer,
    firstName: created.firstName,
    lastName: created.lastName,
  };
}
