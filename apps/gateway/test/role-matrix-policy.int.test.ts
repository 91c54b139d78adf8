import { roles } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_ACTIONS } from '../src/auth/operation-actions.js';
import { type Action, scopeOf } from '../src/auth/policy-table.js';
import { codesOf, type DemoRole, type Harness, startHarness } from './support/gateway-harness.js';
import { CALLS, type CallContext } from './role-matrix-operations.js';

/**
 * The role × operation matrix, generated from the policy table: every Query and Mutation
 * of the schema (OPERATION_ACTIONS) for every role, over HTTP on one demo database. A role
 * the table allows is never answered FORBIDDEN (it may get NOT_FOUND or BAD_USER_INPUT: the
 * calls name missing records or break a rule checked after the role); a role it refuses
 * gets FORBIDDEN and nothing else.
 */
let h: Harness;
let project = '';
const municipalityOf = new Map<DemoRole, string>();
const MISSING = '00000000-0000-4000-8000-0000000000aa';

beforeAll(async () => {
  h = await startHarness();
  const sql = <T>(text: string, params: unknown[] = []) =>
    h.db.database.withOwner((tx) => tx.query<T>(text, params));
  project = (await sql<{ id: string }>('SELECT id FROM projects LIMIT 1'))[0]?.id ?? '';
  const first = (
    await sql<{ id: string }>('SELECT id FROM municipalities ORDER BY code LIMIT 1')
  )[0]?.id;
  for (const role of roles) {
    const me = await (
      await h.as(role)
    ).gql<{ me: { municipalityId: string | null; coachId: string | null } }>(
      '{ me { municipalityId coachId } }',
    );
    const coachId = me.body.data?.me.coachId;
    const viaCoach = coachId
      ? (
          await sql<{ m: string }>('SELECT municipality_id AS m FROM coaches WHERE id = $1', [
            coachId,
          ])
        )[0]?.m
      : undefined;
    municipalityOf.set(role, me.body.data?.me.municipalityId ?? viaCoach ?? first ?? '');
  }
});
afterAll(async () => h.close());

const contextOf = (role: DemoRole): CallContext => ({
  project,
  municipality: municipalityOf.get(role) ?? '',
  missing: MISSING,
});

const operations = [
  ...Object.entries(OPERATION_ACTIONS.query),
  ...Object.entries(OPERATION_ACTIONS.mutation),
].filter(([name, action]) => action !== 'public' && name !== 'logout') as [
  keyof typeof CALLS,
  Action,
][];

describe('role × operation, from the policy table', () => {
  for (const [name, action] of operations) {
    const allowed = roles.filter((role) => scopeOf(role, action) !== 'none');
    it(`${name} (${action}): ${allowed.join(', ') || 'nobody'}`, async () => {
      for (const role of roles) {
        const call = CALLS[name](contextOf(role));
        const res = await (await h.as(role)).gql(call.query, call.variables);
        const codes = codesOf(res);
        if (allowed.includes(role)) {
          expect({ role, codes }).not.toEqual({
            role,
            codes: expect.arrayContaining(['FORBIDDEN']),
          });
          expect({ role, codes }).not.toEqual(
            expect.objectContaining({ codes: expect.arrayContaining(['UNAUTHENTICATED']) }),
          );
          expect({ role, codes }).not.toEqual(
            expect.objectContaining({
              codes: expect.arrayContaining(['GRAPHQL_VALIDATION_FAILED']),
            }),
          );
        } else {
          expect({ role, codes }).toEqual({ role, codes: ['FORBIDDEN'] });
        }
      }
    });
  }

  it('logout (session.use): every role may end its own sessions', async () => {
    for (const role of roles) {
      expect(scopeOf(role, 'session.use')).toBe('own');
      const res = await (await h.as(role)).gql('mutation { logout }');
      expect({ role, data: res.body.data }).toEqual({ role, data: { logout: true } });
    }
  });
});
