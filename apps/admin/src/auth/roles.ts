// What each role may see and do in the panel. The gateway enforces the same rules;
// these only decide which menu entries and buttons are shown.
import type { Role } from '../api/types';

export const ROLES: readonly Role[] = [
  'BOARD',
  'STEERING',
  'MANAGER',
  'MUNICIPAL_CHIEF',
  'COACH',
  'REFERRER',
  'EXTERNAL',
];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function canReallocate(role: Role | undefined): boolean {
  return role === 'STEERING' || role === 'MANAGER';
}

export function canManageUsers(role: Role | undefined): boolean {
  return role === 'MANAGER';
}

/** BOARD and EXTERNAL never write; everybody else may, subject to the gateway. */
export function canWrite(role: Role | undefined): boolean {
  return role !== undefined && role !== 'BOARD' && role !== 'EXTERNAL';
}

/**
 * Who registers and rectifies participants: the gateway's PEOPLE_ACCESS (documented in
 * docs/personal-data.md). The steering group reads people but does not keep the register.
 */
export function canWritePeople(role: Role | undefined): boolean {
  return role === 'MANAGER' || role === 'MUNICIPAL_CHIEF' || role === 'COACH';
}

/** Whether a resource gets create and edit screens for the role. */
export function canWriteResource(role: Role | undefined, name: ResourceName): boolean {
  return name === 'Participant' ? canWritePeople(role) : canWrite(role);
}

/** The coach works with their current people; the register's keepers see everyone. */
export function defaultParticipantStatus(role: Role | undefined): string[] | undefined {
  return role === 'COACH' || role === 'MUNICIPAL_CHIEF' ? ['ACTIVE', 'WAITING'] : undefined;
}

export function canSignAttestation(role: Role | undefined): boolean {
  return role === 'MUNICIPAL_CHIEF';
}

export function canDecideReferrals(role: Role | undefined): boolean {
  return (
    role === 'MANAGER' || role === 'COACH' || role === 'STEERING' || role === 'MUNICIPAL_CHIEF'
  );
}

export function seesDashboard(role: Role | undefined): boolean {
  return role !== undefined && role !== 'EXTERNAL';
}

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

const ALL_BUT_USERS: readonly ResourceName[] = [
  'Municipality',
  'Project',
  'Post',
  'Coach',
  'Participant',
  'Referral',
  'SeGroupMeeting',
  'Enrollment',
  'Employer',
  'Placement',
  'FollowUp',
  'Attestation',
  'Reallocation',
];

/** Resources that list or show named people: none of them for a role that reads aggregates. */
export const PEOPLE_RESOURCES: readonly ResourceName[] = [
  'Participant',
  'Referral',
  'Enrollment',
  'Placement',
  'FollowUp',
];

/**
 * Resources listed in the menu for a role. EXTERNAL sees only reports; the BOARD reads
 * aggregated figures only (dashboard, reports, organisation), no list of people.
 */
export function resourcesFor(role: Role | undefined): readonly ResourceName[] {
  switch (role) {
    case undefined:
    case 'EXTERNAL':
      return [];
    case 'BOARD':
      return ALL_BUT_USERS.filter((r) => !PEOPLE_RESOURCES.includes(r));
    case 'MANAGER':
      return [...ALL_BUT_USERS, 'User'];
    case 'COACH':
      return ALL_BUT_USERS.filter((r) => r !== 'Reallocation' && r !== 'Post');
    case 'REFERRER':
      return ['Municipality', 'Participant', 'Referral'];
    default:
      return ALL_BUT_USERS;
  }
}
