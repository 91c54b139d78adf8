import { describe, expect, it } from 'vitest';
import { ROLES } from '../auth/roles';
import { startFor } from './startFor';

describe('start page per role', () => {
  it('keeps the overview for the roles that may read the dashboard', () => {
    const overview = ROLES.filter((role) => startFor(role) === 'overview');
    expect(overview).toEqual(['BOARD', 'STEERING', 'MANAGER', 'MUNICIPAL_CHIEF']);
  });

  it('gives coach, referrer and external a page of their own', () => {
    expect(startFor('COACH')).toBe('coach');
    expect(startFor('REFERRER')).toBe('referrer');
    expect(startFor('EXTERNAL')).toBe('external');
  });
});
