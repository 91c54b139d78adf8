import type { Fte } from '../core/fte.js';
import type { LocalDate } from '../core/local-date.js';
import type { Id, TenantScoped } from './ids.js';

export const roles = [
  'board',
  'steering',
  'manager',
  'municipal_chief',
  'coach',
  'referrer',
  'external',
] as const;
/** Styrelse, beredningsgrupp, förbundschef, chef på kommunnivå, SE-coach, handläggare, another förbund. */
export type Role = (typeof roles)[number];

export const genders = ['female', 'male', 'other'] as const;
/** Legal gender from the personnummer, or `other` where a person states so. */
export type Gender = (typeof genders)[number];

export const targetGroupFactors = ['disability', 'mental_ill_health', 'substance_abuse'] as const;
/** Funktionshinder, psykisk ohälsa, missbruksproblematik. */
export type TargetGroupFactor = (typeof targetGroupFactors)[number];

/** The authority a referrer (handläggare) works for. */
export const referrerOrganisations = ['FK', 'AF', 'REGION', 'MUNICIPALITY'] as const;
export type ReferrerOrganisation = (typeof referrerOrganisations)[number];

/** A person who signs in. Scope narrows what the role reaches. */
export type User = TenantScoped & {
  readonly id: Id;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** For municipal chiefs (and coaches, referrers): their municipality. */
  readonly municipalityId: Id | null;
  /** For coaches: the coach record they are. */
  readonly coachId: Id | null;
  readonly organisation: ReferrerOrganisation | null;
  readonly active: boolean;
};

/** An SE coach (jobbcoach), employed by the municipality, paid from the funding. */
export type Coach = TenantScoped & {
  readonly id: Id;
  readonly name: string;
  readonly municipalityId: Id;
  readonly fte: Fte;
  readonly employedFrom: LocalDate;
  readonly employedUntil: LocalDate | null;
};

/**
 * A deltagare. Special-category personal data (GDPR art. 9): the personnummer is kept
 * only in normalised form here and stored encrypted by persistence; mask it by default.
 */
export type Participant = TenantScoped & {
  readonly id: Id;
  /** Twelve digits `YYYYMMDDNNNC`. */
  readonly personnummer: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly gender: Gender;
  readonly birthDate: LocalDate;
  readonly homeMunicipalityId: Id;
  readonly targetGroupFactors: readonly TargetGroupFactor[];
  readonly version: number;
};
