// Which resources, screens and buttons the panel offers, read from the signed-in user's
// permissions (`me { permissions }`, permissions.ts) — the gateway's one access policy, not a
// copy of it. The gateway enforces the same table. Roles remain only for what is a matter of
// taste rather than access: each role's start page, menu order and default list filters.
import type { Role } from '../api/types';
import { type Permissions, type PolicyAction, can } from './permissions';
import { ROLE_PERMISSIONS } from './policy.generated';

export const ROLES: readonly Role[] = Object.keys(ROLE_PERMISSIONS) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
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

/** The policy action behind each resource's list and show views, and behind its writes. */
export const RESOURCE_ACTIONS: Readonly<
  Record<ResourceName, { readonly list: PolicyAction; readonly write?: PolicyAction }>
> = {
  Municipality: { list: 'municipality.read' },
  Project: { list: 'project.read' },
  Post: { list: 'post.read' },
  Coach: { list: 'coach.read', write: 'coach.write' },
  Participant: { list: 'participant.read', write: 'participant.write' },
  Referral: { list: 'referral.read', write: 'referral.create' },
  SeGroupMeeting: { list: 'seGroupMeeting.read', write: 'seGroupMeeting.write' },
  Enrollment: { list: 'enrollment.read', write: 'enrollment.write' },
  Employer: { list: 'employer.read', write: 'employer.write' },
  Placement: { list: 'placement.read', write: 'placement.write' },
  FollowUp: { list: 'followUp.read', write: 'followUp.write' },
  Attestation: { list: 'attestation.read', write: 'attestation.sign' },
  Reallocation: { list: 'reallocation.read', write: 'reallocation.decide' },
  User: { list: 'user.read', write: 'user.write' },
};

/** The reallocation screen: whoever decides reallocations. */
export const canReallocate = (p: Permissions): boolean => can(p, 'reallocation.decide');
export const canManageUsers = (p: Permissions): boolean => can(p, 'user.write');
/** Who registers and rectifies participants. */
export const canWritePeople = (p: Permissions): boolean => can(p, 'participant.write');
export const canSignAttestation = (p: Permissions): boolean => can(p, 'attestation.sign');
export const canDecideReferrals = (p: Permissions): boolean => can(p, 'referral.decide');
/** The overview's figures (the `dashboard` query). */
export const readsOverview = (p: Permissions): boolean => can(p, 'dashboard.read');

/** Whether the user may run the resource's list (and so gets it registered). */
export function canListResource(p: Permissions, name: ResourceName): boolean {
  return can(p, RESOURCE_ACTIONS[name].list);
}

/** Whether a resource gets create and edit screens (and its write buttons). */
export function canWriteResource(p: Permissions, name: ResourceName): boolean {
  const write = RESOURCE_ACTIONS[name].write;
  return write !== undefined && can(p, write);
}

/** The coach works with their current people; the register's keepers see everyone. */
export function defaultParticipantStatus(role: Role | undefined): string[] | undefined {
  return role === 'COACH' || role === 'MUNICIPAL_CHIEF' ? ['ACTIVE', 'WAITING'] : undefined;
}

/** Resources that list or show named people. */
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

/** Every resource the user may list: the ones registered for them. */
export function registeredFor(p: Permissions): readonly ResourceName[] {
  return (Object.keys(RESOURCE_ACTIONS) as ResourceName[]).filter((name) =>
    canListResource(p, name),
  );
}

/** Resources listed in the menu. */
export function resourcesFor(p: Permissions, role: Role | undefined): readonly ResourceName[] {
  const hidden = role === undefined ? [] : (NOT_IN_MENU[role] ?? []);
  return registeredFor(p).filter((name) => !hidden.includes(name));
}
