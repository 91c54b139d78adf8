import type { LocalDate } from '../core/local-date.js';
import type { HalfYear } from '../core/period.js';
import type { Id, TenantScoped } from './ids.js';

export type Employer = TenantScoped & {
  readonly id: Id;
  readonly name: string;
  readonly organisationNumber: string | null;
  readonly municipalityId: Id | null;
};

export const placementKinds = [
  'job_tasting',
  'work_trial',
  'employment',
  'subsidised_employment',
  'studies',
] as const;
/** Jobbprovning, arbetsprövning, anställning, anställning med lönestöd, studier. */
export type PlacementKind = (typeof placementKinds)[number];

export type Placement = TenantScoped & {
  readonly id: Id;
  readonly enrollmentId: Id;
  readonly employerId: Id | null;
  readonly kind: PlacementKind;
  readonly startedOn: LocalDate;
  readonly endedOn: LocalDate | null;
  readonly hoursPerWeek: number | null;
};

export const followUpOffsets = [3, 6, 12] as const;
export type FollowUpOffset = (typeof followUpOffsets)[number];

/** Efterstöd: whether the person still works or studies 3, 6 and 12 months after discharge. */
export type FollowUp = TenantScoped & {
  readonly id: Id;
  readonly enrollmentId: Id;
  readonly monthsAfter: FollowUpOffset;
  readonly dueOn: LocalDate;
  readonly doneOn: LocalDate | null;
  readonly working: boolean | null;
  readonly studying: boolean | null;
};

/** Halvårsintyg: the municipal chief certifies that the work follows the project and is additional. */
export type Attestation = TenantScoped & {
  readonly id: Id;
  readonly municipalityId: Id;
  readonly projectId: Id;
  readonly halfYear: HalfYear;
  readonly signedBy: Id | null;
  readonly signedOn: LocalDate | null;
  readonly statement: string;
};
