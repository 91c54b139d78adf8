import { randomBytes } from 'node:crypto';
import { demoAccounts } from '@finsam-se/persistence';
import { createTestPersistence, type TestPersistence } from '@finsam-se/persistence/testing';
import { type RunningGateway, startGateway } from '../../src/app.js';
import type { PasswordHasher } from '../../src/auth/password-hasher.js';
import { type Logger, createLogger } from '../../src/logging/logger.js';

export type DemoRole = (typeof demoAccounts)[number]['role'];

export type GraphqlResponse<T = Record<string, unknown>> = {
  readonly status: number;
  readonly body: {
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[];
  };
  readonly text: string;
};

export type Client = {
  /** Sends one GraphQL document over HTTP as this user. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<T>>;
  readonly token: string | null;
};

export type Harness = {
  readonly gateway: RunningGateway;
  readonly db: TestPersistence;
  /** A client logged in as the demo account of the role (cached per role; demo data only). */
  as(role: DemoRole): Promise<Client>;
  /** A client logged in as a user the test built (`givenUser`), cached per e-mail. */
  login(user: { readonly email: string; readonly password: string }): Promise<Client>;
  readonly anonymous: Client;
  /** A raw POST, for malformed bodies and headers. */
  post(body: string, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
};

/**
 * A gateway on port 0 over a fresh database: real HTTP, real PostgreSQL. One per test
 * file. The database is a copy of the run's demo template unless `data: 'built'` asks for
 * an empty migrated one, where the test builds its own association with the builders of
 * `@finsam-se/persistence/testing` (see docs/testing.md).
 */
export async function startHarness(
  options: {
    /** `demo` (default): the demo association; `built`: nothing, the test builds its world. */
    data?: 'demo' | 'built';
    production?: boolean;
    /** TRUST_PROXY entries (the test client connects from 127.0.0.1). */
    trustProxy?: readonly string[];
    passwords?: PasswordHasher;
    log?: Logger;
    /** The gateway's clock (default: the real time). */
    now?: () => Date;
    /** The built panel to serve (default none); the board reports print it. */
    adminDist?: string;
  } = {},
): Promise<Harness> {
  const db = await createTestPersistence({ demo: (options.data ?? 'demo') === 'demo' });
  const gateway = await startGateway(
    db,
    {
      port: 0,
      host: '127.0.0.1',
      production: options.production ?? false,
      tokenSecret: randomBytes(32),
      tokenTtlSeconds: 900,
      adminDist: options.adminDist ?? null,
      maxBodyBytes: 256 * 1024,
      trustProxy: options.trustProxy ?? [],
    },
    options.log ?? createLogger('silent'),
    options.now,
    options.passwords ? { passwords: options.passwords } : {},
  );
  const url = `${gateway.url}/graphql`;

  const client = (token: string | null): Client => ({
    token,
    async gql(query, variables) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      return { status: response.status, body: JSON.parse(text), text };
    },
  });

  const anonymous = client(null);
  const signedIn = new Map<string, Client>();
  const login = async (email: string, password: string): Promise<Client> => {
    const cached = signedIn.get(email);
    if (cached) return cached;
    const response = await anonymous.gql<{ login: { token: string } }>(
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password },
    );
    const token = response.body.data?.login.token;
    if (!token) throw new Error(`Login failed for ${email}: ${response.text}`);
    const user = client(token);
    signedIn.set(email, user);
    return user;
  };
  return {
    gateway,
    db,
    anonymous,
    async as(role) {
      const account = demoAccounts.find((a) => a.role === role);
      if (!account) throw new Error(`No demo account for ${role}`);
      return login(account.email, account.password);
    },
    login: (user) => login(user.email, user.password),
    async post(body, headers = { 'content-type': 'application/json' }) {
      const response = await fetch(url, { method: 'POST', headers, body });
      return { status: response.status, text: await response.text() };
    },
    async close() {
      await gateway.close();
      await db.close();
    },
  };
}

/** The error codes of a response, in order. */
export const codesOf = (response: GraphqlResponse): unknown[] =>
  (response.body.errors ?? []).map((e) => e.extensions?.code);
