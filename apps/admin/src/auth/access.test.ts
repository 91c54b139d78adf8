// @vitest-environment node
// The panel's access table against the gateway's own guards, read from its source: the
// panel may not import the gateway (it talks HTTP only), so the test reads the files and
// fails when a role list changes on one side only.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Role } from '../api/types';
import {
  OVERVIEW_READERS,
  PEOPLE_ACCESS,
  REFERRAL_DECIDERS,
  RESOURCE_ACCESS,
  STAFF,
  type ResourceName,
} from './access';

const GATEWAY = new URL('../../../gateway/src/', import.meta.url);

function source(file: string): string {
  return readFileSync(fileURLToPath(new URL(file, GATEWAY)), 'utf8');
}

const upper = (role: string) => role.toUpperCase() as Role;
const sorted = (roles: readonly Role[]) => [...new Set(roles)].sort();

/** The gateway's PEOPLE_ACCESS rows, in the panel's role names. */
function gatewayPeopleAccess(): Record<string, { reads: string; writes: boolean }> {
  const text = source('auth/actor.ts');
  const table = /export const PEOPLE_ACCESS = \{([^}]*(?:\}[^}]*)*?)\} as const/.exec(text)?.[1];
  if (!table) throw new Error('PEOPLE_ACCESS not found in the gateway’s auth/actor.ts');
  const rows: Record<string, { reads: string; writes: boolean }> = {};
  for (const m of table.matchAll(/(\w+): \{ reads: '(\w+)', writes: (true|false) \}/g))
    rows[upper(m[1] ?? '')] = { reads: m[2] ?? '', writes: m[3] === 'true' };
  return rows;
}

/** A `const NAME = [...]` role list of a gateway file (spreads of STAFF_ROLES resolved). */
function gatewayRoles(file: string, name: string): Role[] {
  const pattern = new RegExp(`const ${name}(?::[^=]+)? = \\[([^\\]]*)\\]`);
  const list = pattern.exec(source(file))?.[1];
  if (list === undefined) throw new Error(`${name} not found in the gateway’s ${file}`);
  return list.split(',').flatMap((item): Role[] => {
    const entry = item.trim();
    if (entry === '') return [];
    if (entry === '...STAFF_ROLES') return gatewayRoles('auth/actor.ts', 'STAFF_ROLES');
    const literal = /^'(\w+)'$/.exec(entry)?.[1];
    if (!literal) throw new Error(`Cannot read ${entry} in ${name} of ${file}`);
    return [upper(literal)];
  });
}

const peopleReaders = () =>
  Object.entries(gatewayPeopleAccess())
    .filter(([, access]) => access.reads !== 'none')
    .map(([role]) => role as Role);

/** What the gateway checks for each resource's list and writes. */
function gatewayResourceAccess(): Record<ResourceName, { list: Role[]; write: Role[] }> {
  const staff = gatewayRoles('auth/actor.ts', 'STAFF_ROLES');
  const cases = gatewayRoles('services/enrollment.service.ts', 'WRITERS');
  const organisation = gatewayRoles('resolvers/organisation.resolver.ts', 'READERS');
  return {
    Municipality: { list: organisation, write: [] },
    Project: { list: organisation, write: [] },
    Post: { list: staff, write: [] },
    Coach: { list: staff, write: gatewayRoles('services/coach.service.ts', 'WRITERS') },
    Participant: {
      list: peopleReaders(),
      write: Object.entries(gatewayPeopleAccess())
        .filter(([, access]) => access.writes)
        .map(([role]) => role as Role),
    },
    // The referrer reads their own referrals; everyone else through their person scope.
    Referral: {
      list: [...peopleReaders(), 'REFERRER'],
      write: gatewayRoles('services/referral-create.ts', 'REFERRAL_WRITERS'),
    },
    SeGroupMeeting: {
      list: staff,
      write: gatewayRoles('services/meeting.service.ts', 'MEETING_WRITERS'),
    },
    Enrollment: {
      list: peopleReaders(),
      write: gatewayRoles('services/enrollment-create.ts', 'ENROLLMENT_WRITERS'),
    },
    Employer: { list: staff, write: gatewayRoles('services/employer.service.ts', 'WRITERS') },
    Placement: { list: peopleReaders(), write: cases },
    FollowUp: { list: peopleReaders(), write: cases },
    Attestation: {
      list: gatewayRoles('services/attestation.service.ts', 'READERS'),
      write: ['MUNICIPAL_CHIEF'],
    },
    Reallocation: {
      list: gatewayRoles('services/reallocation.service.ts', 'READERS'),
      write: gatewayRoles('services/reallocation-decide.ts', 'DECIDERS'),
    },
    User: {
      list: gatewayRoles('services/user.service.ts', 'MANAGER'),
      write: gatewayRoles('services/user.service.ts', 'MANAGER'),
    },
  };
}

describe('the panel’s access table mirrors the gateway’s', () => {
  it('reads and writes people as the gateway’s PEOPLE_ACCESS says', () => {
    expect(gatewayPeopleAccess()).toEqual(PEOPLE_ACCESS);
  });

  it('has the gateway’s staff roles', () => {
    expect(sorted(STAFF)).toEqual(sorted(gatewayRoles('auth/actor.ts', 'STAFF_ROLES')));
  });

  it('lists and writes every resource as the gateway’s guards allow', () => {
    const gateway = gatewayResourceAccess();
    for (const name of Object.keys(RESOURCE_ACCESS) as ResourceName[]) {
      const panel = RESOURCE_ACCESS[name];
      expect({ name, list: sorted(panel.list) }).toEqual({
        name,
        list: sorted(gateway[name].list),
      });
      expect({ name, write: sorted(panel.write) }).toEqual({
        name,
        write: sorted(gateway[name].write),
      });
    }
  });

  it('offers referral decisions and the overview to the roles the gateway lets', () => {
    expect(sorted(REFERRAL_DECIDERS)).toEqual(
      sorted(gatewayRoles('services/referral.service.ts', 'DECIDERS')),
    );
    expect(sorted(OVERVIEW_READERS)).toEqual(
      sorted(gatewayRoles('services/dashboard.service.ts', 'DASHBOARD_READERS')),
    );
  });
});
