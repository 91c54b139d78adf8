import { demoAccounts } from '@finsam-se/persistence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoRole, type Harness, startHarness } from './support/gateway-harness.js';

let h: Harness;

/** SQL as the owner, outside the gateway: as an operator or another replica would write. */
async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []) {
  return h.db.database.withOwner((tx) => tx.query<T>(text, params));
}

async function until(check: () => boolean | Promise<boolean>, ms = 2000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

beforeAll(async () => {
  h = await startHarness();
  await until(() => h.gateway.deps.sessionCache.active(), 10_000);
});
afterAll(async () => {
  await h?.close();
});

const cache = () => h.gateway.deps.sessionCache;

/** A fresh session (not the harness's shared one) and the user's id. */
async function signIn(role: DemoRole): Promise<{ token: string; id: string }> {
  const account = demoAccounts.find((a) => a.role === role);
  if (!account) throw new Error(role);
  const login = await h.anonymous.gql<{ login: { token: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: account.email, p: account.password },
  );
  const token = login.body.data?.login.token;
  if (!token) throw new Error(login.text);
  const rows = await sql<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [account.email]);
  return { token, id: rows[0]?.id ?? '' };
}

/** The code of the first error of a request that needs a session, or 'OK'. */
async function ask(token: string, query = '{ allMunicipalities { id } }'): Promise<unknown> {
  const response = await fetch(`${h.gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code ?? 'OK';
}

/**
 * Asks until the session is cached. (Log-in itself updates the user's row, and the
 * notification of that may still be on its way to forget the first look-up.)
 */
async function cached(token: string, id: string): Promise<void> {
  await until(async () => (await ask(token)) === 'OK' && cache().get(id) !== undefined);
}

describe('session cache', () => {
  it('answers a signed-in request without looking the session up again', async () => {
    const { token, id } = await signIn('coach');
    await cached(token, id);
    expect(cache().get(id)?.id).toBe(id);
    const before = h.db.database.statementTotal();
    expect(await ask(token, '{ me { role } }')).toBe('OK');
    expect(h.db.database.statementTotal() - before).toBe(0);
  });

  it('ends a session deactivated directly in the database', async () => {
    const { token, id } = await signIn('board');
    await cached(token, id);
    await sql(`UPDATE users SET active = false WHERE id = $1`, [id]);
    await until(async () => (await ask(token)) === 'UNAUTHENTICATED');
    await sql(`UPDATE users SET active = true WHERE id = $1`, [id]);
  });

  it('ends a session whose generation is bumped directly in the database', async () => {
    const { token, id } = await signIn('steering');
    await cached(token, id);
    await sql(`UPDATE users SET session_generation = session_generation + 1 WHERE id = $1`, [id]);
    await until(async () => (await ask(token)) === 'UNAUTHENTICATED');
    const fresh = await signIn('steering');
    expect(await ask(fresh.token)).toBe('OK');
  });

  it('log-out still ends the session at once', async () => {
    const { token, id } = await signIn('municipal_chief');
    await cached(token, id);
    expect(await ask(token, 'mutation { logout }')).toBe('OK');
    expect(await ask(token)).toBe('UNAUTHENTICATED');
  });

  it('forgets every session when an association changes', async () => {
    const { token, id } = await signIn('manager');
    await cached(token, id);
    await sql(`UPDATE associations SET name = name || ' (nytt namn)'`);
    await until(() => cache().size() === 0);
    const me = await fetch(`${h.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { associationName } }' }),
    }).then((r) => r.json() as Promise<{ data: { me: { associationName: string } } }>);
    expect(me.data.me.associationName).toMatch(/\(nytt namn\)$/);
  });

  it('is bypassed while its listener is down, and revocation works after it reconnects', async () => {
    const { token, id } = await signIn('coach');
    await cached(token, id);
    await sql(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = 'finsam-se session listener'`,
    );
    await until(() => !cache().active() || cache().size() === 0);
    // Still served (from the database) meanwhile.
    expect(await ask(token)).toBe('OK');
    await until(() => cache().active(), 10_000);
    await cached(token, id);
    await sql(`UPDATE users SET active = false WHERE id = $1`, [id]);
    await until(async () => (await ask(token)) === 'UNAUTHENTICATED');
  });
});
