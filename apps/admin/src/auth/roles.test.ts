import { describe, expect, it } from 'vitest';
import {
  PEOPLE_RESOURCES,
  canReallocate,
  canWrite,
  canWritePeople,
  canWriteResource,
  resourcesFor,
  seesDashboard,
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
    expect(resourcesFor('EXTERNAL')).toEqual([]);
    expect(seesDashboard('EXTERNAL')).toBe(false);
    expect(resourcesFor('COACH')).not.toContain('Reallocation');
  });
  it('keeps the board read-only', () => {
    expect(canWrite('BOARD')).toBe(false);
    expect(canWrite('COACH')).toBe(true);
  });
  it('gives the board no list of people: it reads aggregated figures', () => {
    for (const name of PEOPLE_RESOURCES) expect(resourcesFor('BOARD')).not.toContain(name);
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
    expect(canWriteResource('STEERING', 'Coach')).toBe(true);
  });
});
