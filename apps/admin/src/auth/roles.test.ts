import { describe, expect, it } from 'vitest';
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

describe('role rules of the menu', () => {
  it('shows the reallocation screen only to steering and manager', () => {
    expect(canReallocate('STEERING')).toBe(true);
    expect(canReallocate('MANAGER')).toBe(true);
    expect(canReallocate('COACH')).toBe(false);
    expect(canReallocate('BOARD')).toBe(false);
    expect(canReallocate(undefined)).toBe(false);
  });
  it('lists users only for the manager and nothing but reports for external', () => {
    expect(resourcesFor('MANAGER')).toContain('User');
    expect(resourcesFor('STEERING')).not.toContain('User');
    expect(registeredFor('EXTERNAL')).toEqual([]);
    expect(readsOverview('EXTERNAL')).toBe(false);
    expect(resourcesFor('COACH')).not.toContain('Reallocation');
  });
  it('keeps the board read-only', () => {
    for (const name of registeredFor('BOARD')) expect(canWriteResource('BOARD', name)).toBe(false);
    expect(canWriteResource('COACH', 'Enrollment')).toBe(true);
  });
  it('gives the board no list of people: it reads aggregated figures', () => {
    for (const name of PEOPLE_RESOURCES) expect(registeredFor('BOARD')).not.toContain(name);
    expect(resourcesFor('BOARD')).toContain('Municipality');
    expect(resourcesFor('STEERING')).toContain('Participant');
  });
  it('lets only the register keepers create and edit participants', () => {
    expect(canWritePeople('MANAGER')).toBe(true);
    expect(canWritePeople('MUNICIPAL_CHIEF')).toBe(true);
    expect(canWritePeople('COACH')).toBe(true);
    for (const role of ['STEERING', 'BOARD', 'REFERRER', 'EXTERNAL'] as const)
      expect(canWritePeople(role)).toBe(false);
    expect(canWriteResource('STEERING', 'Participant')).toBe(false);
  });
  it('offers the steering group no referral decisions and no enrollments to create', () => {
    expect(canDecideReferrals('STEERING')).toBe(false);
    expect(canWriteResource('STEERING', 'Enrollment')).toBe(false);
    expect(canWriteResource('STEERING', 'Coach')).toBe(false);
    expect(canDecideReferrals('MUNICIPAL_CHIEF')).toBe(true);
  });
  it('gives the referrer referrals but no people', () => {
    expect(canListResource('REFERRER', 'Participant')).toBe(false);
    expect(resourcesFor('REFERRER')).toContain('Referral');
    expect(canWriteResource('REFERRER', 'Referral')).toBe(true);
  });
  it('registers the coach’s posts for links but keeps them out of the menu', () => {
    expect(registeredFor('COACH')).toContain('Post');
    expect(resourcesFor('COACH')).not.toContain('Post');
    expect(resourcesFor('COACH')).not.toContain('Attestation');
  });
});
