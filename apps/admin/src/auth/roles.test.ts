import { describe, expect, it } from 'vitest';
import { canReallocate, canWrite, resourcesFor, seesDashboard } from './roles';

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
});
