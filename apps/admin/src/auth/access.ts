// Who may list and who may write each resource: one table mirroring the gateway's guards
// (its PEOPLE_ACCESS and the role lists its services check). The gateway enforces them; the
// panel uses them to register only the resources a role may list and to offer only the
// buttons the API accepts. access.test.ts reads the gateway's source and fails when they drift.
import type { Role } from '../api/types';

export type PeopleReads = 'association' | 'municipality' | 'own' | 'none';

/**
 * Mirror of the gateway's PEOPLE_ACCESS (apps/gateway/src/auth/actor.ts): who reads people
 * (participants and every list naming them) and who registers and rectifies them.
 */
export const PEOPLE_ACCESS = {
  BOARD: { reads: 'none', writes: false },
  STEERING: { reads: 'association', writes: false },
  MANAGER: { reads: 'association', writes: true },
  MUNICIPAL_CHIEF: { reads: 'municipality', writes: true },
  COACH: { reads: 'own', writes: true },
  REFERRER: { reads: 'none', writes: false },
  EXTERNAL: { reads: 'none', writes: false },
} as const satisfies Record<Role, { reads: PeopleReads; writes: boolean }>;

const ALL_ROLES = Object.keys(PEOPLE_ACCESS) as Role[];

/** The gateway's STAFF_ROLES: everyone of the association but the referrer. */
export const STAFF: readonly Role[] = ['BOARD', 'STEERING', 'MANAGER', 'MUNICIPAL_CHIEF', 'COACH'];
/** Roles that read people, in whatever scope. */
export const PEOPLE_READERS: readonly Role[] = ALL_ROLES.filter(
  (role) => PEOPLE_ACCESS[role].reads !== 'none',
);
/** Roles that register and rectify people (the gateway's PEOPLE_WRITERS). */
export const PEOPLE_WRITERS: readonly Role[] = ALL_ROLES.filter(
  (role) => PEOPLE_ACCESS[role].writes,
);
/** Who keeps a participant's enrollment: moves, placements, discharge, follow-ups. */
export const CASE_WRITERS: readonly Role[] = ['MANAGER', 'MUNICIPAL_CHIEF', 'COACH'];
/** Who reads the association's decisions and attestations (figures, no people). */
const GOVERNANCE: readonly Role[] = ['BOARD', 'STEERING', 'MANAGER', 'MUNICIPAL_CHIEF'];

export type ResourceName =
  | 'Municipality'
  | 'Project'
  | 'Post'
  | 'Coach'
  | 'Participant'
  | 'Referral'
  | 'SeGroupMeeting'
  | 'Enrollment'
  | 'Employer'
  | 'Placement'
  | 'FollowUp'
  | 'Attestation'
  | 'Reallocation'
  | 'User';

export interface ResourceAccess {
  /** May run the list and single-record queries. */
  readonly list: readonly Role[];
  /** May create (and, where the resource has one, edit) records. */
  readonly write: readonly Role[];
}

/** One row per resource, in the menu's order. */
export const RESOURCE_ACCESS: Readonly<Record<ResourceName, ResourceAccess>> = {
  Municipality: { list: [...STAFF, 'REFERRER'], write: [] },
  Project: { list: [...STAFF, 'REFERRER'], write: [] },
  Post: { list: STAFF, write: [] },
  Coach: { list: STAFF, write: ['MANAGER', 'MUNICIPAL_CHIEF'] },
  Participant: { list: PEOPLE_READERS, write: PEOPLE_WRITERS },
  Referral: {
    list: [...PEOPLE_READERS, 'REFERRER'],
    write: ['REFERRER', 'MANAGER', 'MUNICIPAL_CHIEF', 'COACH'],
  },
  SeGroupMeeting: { list: STAFF, write: CASE_WRITERS },
  Enrollment: { list: PEOPLE_READERS, write: CASE_WRITERS },
  Employer: { list: STAFF, write: CASE_WRITERS },
  Placement: { list: PEOPLE_READERS, write: CASE_WRITERS },
  FollowUp: { list: PEOPLE_READERS, write: CASE_WRITERS },
  Attestation: { list: GOVERNANCE, write: ['MUNICIPAL_CHIEF'] },
  Reallocation: { list: GOVERNANCE, write: ['STEERING', 'MANAGER'] },
  User: { list: ['MANAGER'], write: ['MANAGER'] },
};

/** Who decides on referrals (accept, not now, decline) at the SE group's meeting. */
export const REFERRAL_DECIDERS: readonly Role[] = ['MANAGER', 'MUNICIPAL_CHIEF', 'COACH'];
/** Who reads the overview (the gateway's `dashboard` query). */
export const OVERVIEW_READERS: readonly Role[] = GOVERNANCE;
