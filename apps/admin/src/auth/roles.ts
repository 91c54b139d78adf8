// What each role may see and do in the panel, read from the one access table (access.ts),
// which mirrors the gateway's guards. The gateway enforces them; these decide which
// resources are registered, which menu entries show and which buttons are offered.
import type { Role } from '../api/types';
import {
  OVERVIEW_READERS,
  PEOPLE_ACCESS,
  REFERRAL_DECIDERS,
  RESOURCE_ACCESS,
  type ResourceName,
} from './access';

export type { ResourceName } from './access';

export const ROLES: readonly Role[] = Object.keys(PEOPLE_ACCESS) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

const among = (roles: readonly Role[], role: Role | undefined): boolean =>
  role !== undefined && roles.includes(role);

/** The reallocation screen: whoever decides reallocations. */
export function canReallocate(role: Role | undefined): boolean {
  return among(RESOURCE_ACCESS.Reallocation.write, role);
}

export function canManageUsers(role: Role | undefined): boolean {
  return among(RESOURCE_ACCESS.User.write, role);
}

/** Who registers and rectifies participants (PEOPLE_ACCESS, docs/personal-data.md). */
export function canWritePeople(role: Role | undefined): boolean {
  return role !== undefined && PEOPLE_ACCESS[role].writes;
}

/** Whether the role may run the resource's list (and so gets it registered). */
export function canListResource(role: Role | undefined, name: ResourceName): boolean {
  return among(RESOURCE_ACCESS[name].list, role);
}

/** Whether a resource gets create and edit screens (and its write buttons) for the role. */
export function canWriteResource(role: Role | undefined, name: ResourceName): boolean {
  return among(RESOURCE_ACCESS[name].write, role);
}

/** The coach works with their current people; the register's keepers see everyone. */
export function defaultParticipantStatus(role: Role | undefined): string[] | undefined {
  return role === 'COACH' || role === 'MUNICIPAL_CHIEF' ? ['ACTIVE', 'WAITING'] : undefined;
}

export function canSignAttestation(role: Role | undefined): boolean {
  return canWriteResource(role, 'Attestation');
}

export function canDecideReferrals(role: Role | undefined): boolean {
  return among(REFERRAL_DECIDERS, role);
}

/** The overview's figures (the `dashboard` query). */
export function readsOverview(role: Role | undefined): boolean {
  return among(OVERVIEW_READERS, role);
}

/** Resources that list or show named people: none of them for a role that reads aggregates. */
export const PEOPLE_RESOURCES: readonly ResourceName[] = [
  'Participant',
  'Referral',
  'Enrollment',
  'Placement',
  'FollowUp',
];

/** Readable but not the role's work: registered (links resolve) yet left out of the menu. */
const NOT_IN_MENU: Partial<Record<Role, readonly ResourceName[]>> = {
  COACH: ['Post'],
};

/** Every resource the role may list: the ones registered for it. */
export function registeredFor(role: Role | undefined): readonly ResourceName[] {
  return (Object.keys(RESOURCE_ACCESS) as ResourceName[]).filter((name) =>
    canListResource(role, name),
  );
}

/** Resources listed in the menu for a role. */
export function resourcesFor(role: Role | undefined): readonly ResourceName[] {
  const hidden = role === undefined ? [] : (NOT_IN_MENU[role] ?? []);
  return registeredFor(role).filter((name) => !hidden.includes(name));
}
