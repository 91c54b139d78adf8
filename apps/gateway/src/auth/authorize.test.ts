import type { SessionUser } from '@finsam-se/persistence';
import { describe, expect, it } from 'vitest';
import { authorize, mayReadPersonnummer, permissionsOf, scopeFilter } from './authorize.js';

const user = (role: SessionUser['role'], extra: Partial<SessionUser> = {}): SessionUser =>
  ({
    id: 'u1',
    role,
    municipalityId: null,
    coachId: null,
    associationId: 'a1',
    ...extra,
  }) as SessionUser;

const codeOf = (work: () => unknown): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('authorize', () => {
  it('answers UNAUTHENTICATED without a user and FORBIDDEN where the table says none', () => {
    expect(codeOf(() => authorize(null, 'participant.read'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => authorize(user('board'), 'participant.read'))).toBe('FORBIDDEN');
    expect(codeOf(() => authorize(user('steering'), 'participant.write'))).toBe('FORBIDDEN');
  });
  it('returns the scope of an allowed action', () => {
    expect(authorize(user('steering'), 'reallocation.decide')).toBe('association');
    expect(authorize(user('external'), 'report.read')).toBe('aggregates');
  });
});

describe('scopeFilter', () => {
  it("turns the table's scope into the repositories' PersonScope", () => {
    expect(scopeFilter(user('manager'), 'participant')).toEqual({ kind: 'association' });
    expect(scopeFilter(user('municipal_chief', { municipalityId: 'm1' }), 'participant')).toEqual({
      kind: 'municipality',
      municipalityId: 'm1',
    });
    expect(scopeFilter(user('coach', { coachId: 'c1' }), 'enrollment.write')).toEqual({
      kind: 'coach',
      coachId: 'c1',
      userId: 'u1',
    });
  });
  it('refuses figures-only roles and users without the record their scope needs', () => {
    expect(codeOf(() => scopeFilter(user('external'), 'participant'))).toBe('FORBIDDEN');
    expect(codeOf(() => scopeFilter(user('coach'), 'participant'))).toBe('FORBIDDEN');
    expect(codeOf(() => scopeFilter(user('municipal_chief'), 'participant'))).toBe('FORBIDDEN');
  });
});

describe('personnummer in clear and permissions', () => {
  it('shows the number to the manager and to a coach for their own people only', () => {
    expect(mayReadPersonnummer(user('manager'), { kind: 'association' })).toBe(true);
    expect(mayReadPersonnummer(user('coach'), { kind: 'coach', coachId: 'c1', userId: 'u1' })).toBe(
      true,
    );
    expect(mayReadPersonnummer(user('steering'), { kind: 'association' })).toBe(false);
  });
  it("lists exactly the role's allowed actions", () => {
    const referrer = permissionsOf(user('referrer'));
    expect(referrer).toContainEqual({ action: 'referral.create', scope: 'own' });
    expect(referrer.some((p) => p.action === 'participant.read')).toBe(false);
  });
});
