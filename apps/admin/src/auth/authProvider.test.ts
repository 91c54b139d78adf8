import { describe, expect, it } from 'vitest';
import { createGraphQLCall } from '../api/graphqlFetch';
import { GraphQLRequestError } from '../api/errors';
import { fakeFetch, MemoryStorage } from '../testing/fakes';
import { buildAuthProvider } from './authProvider';
import { readPermissions, readSession, writeSession } from './session';

const user = {
  id: 'u1',
  email: 'beredning@demo.hoglandet.se',
  name: 'Berit Beredning',
  role: 'STEERING',
  municipalityId: null,
  coachId: null,
  associationName: 'Höglandet',
};

function setup(answer: Parameters<typeof fakeFetch>[0]) {
  const storage = new MemoryStorage();
  const { fetch, requests } = fakeFetch(answer);
  const call = createGraphQLCall({ fetch, token: () => readSession(storage)?.token ?? null });
  const now = () => new Date('2025-03-01T12:00:00Z');
  return { storage, requests, auth: buildAuthProvider({ call, storage, now }) };
}

const loginOk = () => ({
  json: { data: { login: { token: 'tok-1', expiresAt: '2025-03-02T00:00:00Z', user } } },
});

describe('authProvider', () => {
  it('logs in with the login mutation using the e-mail as username and stores the session', async () => {
    const { auth, storage, requests } = setup(loginOk);
    await auth.login({ username: ' beredning@demo.hoglandet.se ', password: 'demo-beredning' });
    expect(requests[0]?.body.query).toContain('login(email: $email, password: $password)');
    expect(requests[0]?.body.variables).toEqual({
      email: 'beredning@demo.hoglandet.se',
      password: 'demo-beredning',
    });
    expect(requests[0]?.headers['Content-Type']).toBe('application/json');
    expect(readSession(storage)?.token).toBe('tok-1');
    await expect(auth.getPermissions({})).resolves.toBe('STEERING');
    await expect(auth.getIdentity()).resolves.toMatchObject({
      id: 'u1',
      fullName: 'Berit Beredning',
    });
  });

  it('rejects a wrong password and stores nothing', async () => {
    const { auth, storage } = setup(() => ({
      json: {
        errors: [{ message: 'Fel e-post eller lösenord', extensions: { code: 'UNAUTHENTICATED' } }],
      },
    }));
    await expect(auth.login({ username: 'x@y.se', password: 'bad' })).rejects.toBeInstanceOf(
      GraphQLRequestError,
    );
    expect(readSession(storage)).toBeNull();
  });

  it('checkAuth passes with a live session and fails without or when expired', async () => {
    const { auth, storage } = setup(loginOk);
    await expect(auth.checkAuth({})).rejects.toThrow();
    writeSession(
      { token: 't', expiresAt: '2025-03-02T00:00:00Z', user: { ...user, role: 'STEERING' } },
      storage,
    );
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    writeSession(
      { token: 't', expiresAt: '2025-03-01T00:00:00Z', user: { ...user, role: 'STEERING' } },
      storage,
    );
    await expect(auth.checkAuth({})).rejects.toThrow();
    expect(readSession(storage)).toBeNull();
  });

  it('checkError logs out on UNAUTHENTICATED and on HTTP 401, not on FORBIDDEN', async () => {
    const { auth, storage } = setup(loginOk);
    await auth.login({ username: 'a', password: 'b' });
    await expect(
      auth.checkError(new GraphQLRequestError('no', 'FORBIDDEN', 403)),
    ).resolves.toBeUndefined();
    expect(readSession(storage)).not.toBeNull();
    await expect(auth.checkError({ status: 401 })).rejects.toThrow();
    expect(readSession(storage)).toBeNull();
    await auth.login({ username: 'a', password: 'b' });
    await expect(
      auth.checkError(new GraphQLRequestError('expired', 'UNAUTHENTICATED', 401)),
    ).rejects.toThrow();
  });

  it('logout calls the logout mutation with the bearer token and clears the session', async () => {
    const { auth, storage, requests } = setup((r) =>
      r.body.query.includes('logout') ? { json: { data: { logout: true } } } : loginOk(),
    );
    await auth.login({ username: 'a', password: 'b' });
    await auth.logout({});
    const logout = requests.find((r) => r.body.query.includes('logout'));
    expect(logout?.headers.Authorization).toBe('Bearer tok-1');
    expect(readSession(storage)).toBeNull();
  });

  it('logout still clears the session when the server says the token is gone', async () => {
    const { auth, storage } = setup((r) =>
      r.body.query.includes('logout') ? { status: 401, json: {} } : loginOk(),
    );
    await auth.login({ username: 'a', password: 'b' });
    await expect(auth.logout({})).resolves.toBe('/login');
    expect(readSession(storage)).toBeNull();
  });

  it('getPermissions is null when logged out', async () => {
    const { auth } = setup(loginOk);
    await expect(auth.getPermissions({})).resolves.toBeNull();
  });

  it("keeps the user's permissions from me { permissions } with the session, and drops them at log-out", async () => {
    const permissions = [{ action: 'participant.read', scope: 'ASSOCIATION' }];
    const { auth, storage, requests } = setup((r) =>
      r.body.query.includes('permissions')
        ? { json: { data: { me: { permissions } } } }
        : loginOk(),
    );
    await auth.login({ username: 'a', password: 'b' });
    expect(requests[1]?.body.query).toContain('me { permissions { action scope } }');
    expect(readPermissions(storage)).toEqual(permissions);
    await auth.logout({});
    expect(readPermissions(storage)).toEqual([]);
  });
});
