import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, type Harness, startHarness } from './support/gateway-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const LOGIN =
  'mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt user { role name associationName } } }';

describe('authentication', () => {
  it('logs in every demo role and reports who I am', async () => {
    for (const role of [
      'board',
      'steering',
      'manager',
      'municipal_chief',
      'coach',
      'referrer',
      'external',
    ] as const) {
      const client = await h.as(role);
      const me = await client.gql<{ me: { role: string } }>(
        '{ me { role email associationName } }',
      );
      expect(me.body.data?.me.role).toBe(role.toUpperCase());
    }
  });

  it('refuses a wrong password with one message for unknown and known e-mails', async () => {
    const wrong = await h.anonymous.gql(LOGIN, {
      email: 'chef@demo.hoglandet.se',
      password: 'nope',
    });
    const unknown = await h.anonymous.gql(LOGIN, {
      email: 'ingen@demo.hoglandet.se',
      password: 'nope',
    });
    expect(codesOf(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.body.errors?.[0]?.message).toBe(unknown.body.errors?.[0]?.message);
  });

  it('asks for a login when there is no token or a forged one', async () => {
    expect(codesOf(await h.anonymous.gql('{ allMunicipalities { id } }'))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const forged = await fetch(`${h.gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
      },
      body: JSON.stringify({ query: '{ allMunicipalities { id } }' }),
    });
    expect(JSON.parse(await forged.text()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('logout ends the session at once; a new login works', async () => {
    const first = await h.anonymous.gql<{ login: { token: string } }>(LOGIN, {
      email: 'styrelse@demo.hoglandet.se',
      password: 'demo-styrelse',
    });
    const token = first.body.data?.login.token ?? '';
    const call = (query: string) =>
      fetch(`${h.gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      }).then(async (r) => JSON.parse(await r.text()));
    expect((await call('{ me { role } }')).data.me.role).toBe('BOARD');
    expect((await call('mutation { logout }')).data.logout).toBe(true);
    expect((await call('{ me { role } }')).data.me).toBeNull();
  });

  it('locks an account after repeated failures and rate-limits log-in', async () => {
    const results = [];
    for (let i = 0; i < 12; i += 1)
      results.push(
        codesOf(
          await h.anonymous.gql(LOGIN, {
            email: 'handlaggare@demo.hoglandet.se',
            password: `wrong-${i}`,
          }),
        )[0],
      );
    expect(results.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(results.slice(5)).toContain('RATE_LIMITED');
    // Even the right password is refused while locked.
    const locked = await h.anonymous.gql(LOGIN, {
      email: 'handlaggare@demo.hoglandet.se',
      password: 'demo-handlaggare',
    });
    expect(codesOf(locked)).toEqual(['RATE_LIMITED']);
  });
});
