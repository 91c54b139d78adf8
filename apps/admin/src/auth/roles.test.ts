import { describe, expect, it } from 'vitest';
import type { Role } from '../api/types';
import { rolePermissions } from './permissions';
import {
  PEOPLE_RESOURCES,
  canDecideReferrals,
  canListResource,
  canReallocate,
  canWritePeople,
  canWriteResource,
  readsOverview,
  registeredFor,
  resourcesFor,
} from './roles';

// What the panel offers each role, given the permissions the gateway hands that role
// (the generated copy of its table stands in for `me { permissions }` here).
const p = (role: Role) => rolePermissions(role);
const menu = (role: Role) => resourcesFor(p(role), role);

describe('what the menu and buttons offer, from the permissions', () => {
  it('shows the reallocation screen only to steering and manager', () => {
    expect(canReallocate(p('STEERING'))).toBe(true);
    expect(canReallocate(p('MANAGER'))).toBe(true);
    expect(canReallocate(p('COACH'))).toBe(false);
    expect(canReallocate(p('BOARD'))).toBe(false);
    expect(canReallocate([])).toBe(false);
  });
  it('lists users only for the manager and nothing but reports for external', () => {
    expect(menu('MANAGER')).toContain('User');
    expect(menu('STEERING')).not.toContain('User');
    expect(registeredFor(p('EXTERNAL'))).toEqual([]);
    expect(readsOverview(p('EXTERNAL'))).toBe(false);
    expect(menu('COACH')).not.toContain('Reallocation');
  });
  it('keeps the board read-only', () => {
    for (const name of registeredFor(p('BOARD')))
      expect(canWriteResource(p('BOARD'), name)).toBe(false);
    expect(canWriteResource(p('COACH'), 'Enrollment')).toBe(true);
  });
  it('gives the board no list of people: it reads aggregated figures', () => {
    for (const name of PEOPLE_RESOURCES) expect(registeredFor(p('BOARD'))).not.toContain(name);
    expect(menu('BOARD')).toContain('Municipality');
    expect(menu('STEERING')).toContain('Participant');
  });
  it('lets only the register keepers create and edit participants', () => {
    expect(canWritePeople(p('MANAGER'))).toBe(true);
    expect(canWritePeople(p('MUNICIPAL_CHIEF'))).toBe(true);
    expect(canWritePeople(p('COACH'))).toBe(true);
    for (const role of ['STEERING', 'BOARD', 'REFERRER', 'EXTERNAL'] as const)
      expect(canWritePeople(p(role))).toBe(false);
    expect(canWriteResource(p('STEERING'), 'Participant')).toBe(false);
  });
  it('offers the steering group no referral decisions and no enrollments to create', () => {
    expect(canDecideReferrals(p('STEERING'))).toBe(false);
    expect(canWriteResource(p('STEERING'), 'Enrollment')).toBe(false);
    expect(canWriteResource(p('STEERING'), 'Coach')).toBe(false);
    expect(canDecideReferrals(p('MUNICIPAL_CHIEF'))).toBe(true);
  });
  it('gives the referrer referrals but no people', () => {
    expect(canListResource(p('REFERRER'), 'Participant')).toBe(false);
    expect(menu('REFERRER')).toContain('Referral');
    expect(canWriteResource(p('REFERRER'), 'Referral')).toBe(true);
  });
  it('registers the coach’s posts for links but keeps them out of the menu', () => {
    expect(registeredFor(p('COACH'))).toContain('Post');
    expect(menu('COACH')).not.toContain('Post');
    expect(menu('COACH')).not.toContain('Attestation');
  });
});
