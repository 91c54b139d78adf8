import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PasswordHasher, argon2Passwords } from '../src/auth/password-hasher.js';
import { createLogger } from '../src/logging/logger.js';
import { type Client, codesOf, type Harness, startHarness } from './support/gateway-harness.js';

const LOGIN =
  'mutation L($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const CREATE_USER = `mutation($email: String!, $name: String!, $password: String!) {
  createUser(email: $email, name: $name, password: $password, role: BOARD) { id version } }`;
const AUDIT = `query($id: UUID!, $entity: String!) {
  auditLog(entity: $entity, entityId: $id, perPage: 100) { action entity requestId } }`;
/** A passphrase the policy accepts. */
const GOOD = 'blåbärssylt i novembermörkret';

/** Counts every password check, to show each log-in path does the same work. */
let verified = 0;
const countingPasswords: PasswordHasher = {
  hash: (password) => argon2Passwords.hash(password),
  verify: (hash, password) => {
    verified += 1;
    return argon2Passwords.verify(hash, password);
  },
};

/** The gateway's log lines, as written. */
const logged: Record<string, unknown>[] = [];
const logSink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n'))
      if (line.trim() !== '') logged.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

let h: Harness;
let manager: Client;
beforeAll(async () => {
  h = await startHarness({
    trustProxy: ['127.0.0.1'],
    passwords: countingPasswords,
    log: createLogger('info', logSink),
  });
  manager = await h.as('manager');
});
afterAll(async () => h.close());

/** A log-in over HTTP, optionally through the (trusted) proxy for a client address. */
async function login(email: string, password: string, forwardedFor?: string, requestId?: string) {
  const response = await fetch(`${h.gateway.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      ...(requestId ? { 'x-request-id': requestId } : {}),
    },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

async function createUser(email: string, name = 'Test Testsson'): Promise<string> {
  const created = await manager.gql<{ createUser: { id: string } }>(CREATE_USER, {
    email,
    name,
    password: GOOD,
  });
  const id = created.body.data?.createUser.id;
  if (!id) throw new Error(`createUser failed: ${created.text}`);
  return id;
}

async function auditOf(entity: string, id: string) {
  const entries = await manager.gql<{
    auditLog: { action: string; entity: string; requestId: string | null }[];
  }>(AUDIT, { entity, id });
  return entries.body.data?.auditLog ?? [];
}

describe('lockout and the audit of failed log-ins survive the refusal', () => {
  it('locks the account after five wrong passwords and audits every refused attempt', async () => {
    const email = 'lockout@demo.hoglandet.se';
    const id = await createUser(email);
    const codes: unknown[] = [];
    const before = verified;
    for (let i = 0; i < 7; i += 1)
      codes.push(codesOf(await login(email, `fel-lösenord-${i}`, undefined, `lockout-${i}`))[0]);
    // A locked account costs the same password check as any other attempt.
    expect(verified - before).toBe(7);
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED', 'RATE_LIMITED']);
    // The right password no longer works: the counter was committed.
    expect(codesOf(await login(email, GOOD, undefined, 'lockout-right'))).toEqual(['RATE_LIMITED']);
    const failed = (await auditOf('user', id)).filter((e) => e.action === 'login_failed');
    expect(failed.map((e) => e.requestId).sort()).toEqual(
      [...Array.from({ length: 7 }, (_, i) => `lockout-${i}`), 'lockout-right'].sort(),
    );
  });
});

describe('every failed log-in does the same password work', () => {
  it('checks exactly one hash for an unknown, deactivated, wrong and right log-in', async () => {
    const email = 'inaktiv@demo.hoglandet.se';
    const id = await createUser(email);
    const user = await manager.gql<{ User: { version: number } }>(
      'query($id: UUID!) { User(id: $id) { version } }',
      { id },
    );
    const deactivated = await manager.gql(
      'mutation($id: UUID!, $v: Int!) { updateUser(id: $id, version: $v, active: false) { id } }',
      { id, v: user.body.data?.User.version },
    );
    expect(codesOf(deactivated)).toEqual([]);
    const checksFor = async (address: string, password: string, code: string | undefined) => {
      const before = verified;
      const response = await login(address, password);
      expect(codesOf(response)[0], address).toBe(code);
      return verified - before;
    };
    expect(await checksFor('ingen-alls@demo.hoglandet.se', GOOD, 'UNAUTHENTICATED')).toBe(1);
    expect(await checksFor(email, GOOD, 'UNAUTHENTICATED')).toBe(1);
    expect(await checksFor('styrelse@demo.hoglandet.se', 'fel-lösenord', 'UNAUTHENTICATED')).toBe(
      1,
    );
    expect(await checksFor('styrelse@demo.hoglandet.se', 'demo-styrelse', undefined)).toBe(1);
  });
});

describe('rate limits behind a trusted reverse proxy', () => {
  it('keys the address limit on the forwarded client, so one client cannot lock out others', async () => {
    const attacker = '198.51.100.1';
    const codes: unknown[] = [];
    for (let i = 0; i < 101; i += 1)
      codes.push(codesOf(await login(`okand-${i}@example.se`, 'gissning-123', attacker))[0]);
    expect(codes.slice(0, 100)).toEqual(Array(100).fill('UNAUTHENTICATED'));
    expect(codes[100]).toBe('RATE_LIMITED');
    // What the attacker writes in the header itself is not believed.
    expect(
      codesOf(await login('x@example.se', 'gissning-123', `203.0.113.5, ${attacker}`)),
    ).toEqual(['RATE_LIMITED']);
    // Another client behind the same proxy still logs in.
    const other = await login('beredning@demo.hoglandet.se', 'demo-beredning', '198.51.100.2');
    expect(codesOf(other)).toEqual([]);
  });

  it('limits attempts at one account from many addresses', async () => {
    const codes: unknown[] = [];
    for (let i = 0; i < 11; i += 1)
      codes.push(codesOf(await login('malet@example.se', 'gissning-123', `198.51.101.${i}`))[0]);
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(codes[10]).toBe('RATE_LIMITED');
    expect(codesOf(await login('annat@example.se', 'gissning-123', '198.51.101.99'))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});

describe('password policy on new accounts', () => {
  const attempt = (password: string, name = 'Kerstin Holmgren') =>
    manager.gql(CREATE_USER, {
      email: `policy-${Math.random()}@demo.hoglandet.se`,
      name,
      password,
    });

  it('refuses weak, common and personal passwords with a stable reason and a Swedish message', async () => {
    for (const [password, reason] of [
      ['aaaaaaaaaaaa', 'PASSWORD.COMMON'],
      ['password1234', 'PASSWORD.COMMON'],
      ['Holmgren-2024!', 'PASSWORD.PERSONAL'],
      ['kort', 'PASSWORD.LENGTH'],
    ] as const) {
      const refused = await attempt(password);
      expect(codesOf(refused), password).toEqual(['BAD_USER_INPUT']);
      const error = refused.body.errors?.[0];
      expect(error?.extensions).toMatchObject({ field: 'password', reason });
      expect(error?.message).toMatch(/Lösenordet/);
    }
    expect(codesOf(await attempt(GOOD))).toEqual([]);
  });
});

describe('monitoring', () => {
  it('logs the code the client was sent, not UNKNOWN', async () => {
    const coach = await h.as('coach');
    const requests: [Client, string, string][] = [
      [
        coach,
        'mutation Forbidden { logout createUser(email: "a@b.se", name: "A", password: "x", role: BOARD) { id } }',
        'FORBIDDEN',
      ],
      [h.anonymous, 'query Anonymous { allMunicipalities { id } }', 'UNAUTHENTICATED'],
    ];
    for (const [client, query] of requests) await client.gql(query);
    const entries = logged.filter((l) => l.msg === 'graphql');
    expect(entries.find((l) => l.operation === 'Forbidden')?.errors).toEqual(['FORBIDDEN']);
    expect(entries.find((l) => l.operation === 'Anonymous')?.errors).toEqual(['UNAUTHENTICATED']);
    expect(entries.flatMap((l) => (l.errors as unknown[] | undefined) ?? [])).not.toContain(
      'UNKNOWN',
    );
  });

  it('audits every change to a coach (FTE and salary drive the cost reports)', async () => {
    const municipalities = await manager.gql<{ allMunicipalities: { id: string }[] }>(
      '{ allMunicipalities(perPage: 1) { id } }',
    );
    const municipalityId = municipalities.body.data?.allMunicipalities[0]?.id;
    const created = await manager.gql<{ createCoach: { id: string } }>(
      'mutation($m: UUID!) { createCoach(name: "Ny Coach", municipalityId: $m, fte: 0.5, employedFrom: "2026-01-01", monthlySalary: 3500000) { id } }',
      { m: municipalityId },
    );
    const id = created.body.data?.createCoach.id ?? '';
    expect(id).not.toBe('');
    expect(
      codesOf(
        await manager.gql('mutation($id: UUID!) { updateCoach(id: $id, fte: 0.75) { id } }', {
          id,
        }),
      ),
    ).toEqual([]);
    const entries = await auditOf('coach', id);
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'update']);
  });
});
