import { randomBytes } from 'node:crypto';
import { type Server, type Socket, createServer, connect } from 'node:net';
import { createTestPersistence, type TestPersistence } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, spawnGateway } from './support/gateway-process.js';

let db: TestPersistence;
const tokenSecret = randomBytes(48).toString('base64');

async function login(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(email: "${email}", password: "${password}") { token } }`,
    }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } } };
  const token = body.data?.login.token;
  if (!token) throw new Error('login failed');
  return token;
}

async function gql(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

beforeAll(async () => {
  db = await createTestPersistence({ demo: true });
});
afterAll(async () => db.close());

describe('crash safety', () => {
  it('kill -9 in the middle of a stream of writes: every acknowledged write is there, nothing half-written', async () => {
    const first = await spawnGateway({ databaseUrl: db.url, piiKey: db.piiKey, tokenSecret });
    const token = await login(first.url, 'coach.nassjo@demo.hoglandet.se', 'demo-coach');
    const [municipality] = await db.database.withOwner((tx) =>
      tx.query<{ id: string }>(`SELECT id FROM municipalities WHERE code = '0682'`),
    );
    const acknowledged: string[] = [];
    let stop = false;
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; !stop; i += 1) {
        try {
          const response = await gql(
            first.url,
            token,
            `mutation M($m: UUID!, $n: String!) { createSeGroupMeeting(municipalityId: $m, heldOn: "2026-10-10", notes: $n) { id } }`,
            { m: municipality?.id, n: `crash-test ${w}-${i}` },
          );
          const id = (response.body.data?.createSeGroupMeeting as { id: string } | undefined)?.id;
          if (id) acknowledged.push(id);
        } catch {
          return;
        }
      }
    });
    // Kill once writes are flowing, however busy the machine is (a fixed delay was too
    // short when the test ran beside the others on two cores).
    const deadline = Date.now() + 30_000;
    while (acknowledged.length < 10 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(5);

    const second = await spawnGateway({ databaseUrl: db.url, piiKey: db.piiKey, tokenSecret });
    try {
      const stored = await db.database.withOwner((tx) =>
        tx.query<{ id: string }>(`SELECT id FROM se_group_meetings WHERE notes LIKE 'crash-test%'`),
      );
      const ids = new Set(stored.map((r) => r.id));
      for (const id of acknowledged) expect(ids.has(id)).toBe(true);
      // Every decision has its lines and its posts: no half-written reallocation.
      const broken = await db.database.withOwner((tx) =>
        tx.query(
          `SELECT r.id FROM reallocations r WHERE NOT EXISTS (SELECT 1 FROM reallocation_lines l WHERE l.reallocation_id = r.id)`,
        ),
      );
      expect(broken).toEqual([]);
      const again = await login(second.url, 'coach.nassjo@demo.hoglandet.se', 'demo-coach');
      expect((await gql(second.url, again, '{ me { role } }')).body.data).toEqual({
        me: { role: 'COACH' },
      });
    } finally {
      second.child.kill('SIGTERM');
    }
  });
});

/** A TCP proxy in front of PostgreSQL that the test can cut and restore. */
async function startProxy(
  target: URL,
): Promise<{ port: number; cut(): void; restore(): Promise<void>; close(): Promise<void> }> {
  const port = await freePort();
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const drop = () => {
          client.destroy();
          upstream.destroy();
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
      });
      server.listen(port, '127.0.0.1', () => resolve());
    });
  await listen();
  return {
    port,
    cut() {
      server?.close();
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    restore: listen,
    close: async () => {
      server?.close();
      for (const socket of sockets) socket.destroy();
    },
  };
}

describe('database outage', () => {
  it('answers SERVICE_UNAVAILABLE and /readyz 503 while the database is gone, and recovers without a restart', async () => {
    const target = new URL(db.url);
    const proxy = await startProxy(target);
    const proxied = new URL(db.url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    // With the job queue running: its connections are cut too, and must not take the
    // process down with them.
    const gateway = await spawnGateway({
      databaseUrl: proxied.toString(),
      piiKey: db.piiKey,
      tokenSecret,
      worker: true,
    });
    try {
      const token = await login(gateway.url, 'beredning@demo.hoglandet.se', 'demo-beredning');
      expect((await fetch(`${gateway.url}/readyz`)).status).toBe(200);
      proxy.cut();
      const during = await gql(gateway.url, token, '{ allMunicipalities { id } }');
      expect(during.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(during.body)).not.toMatch(/ECONNREFUSED|stack|at [A-Za-z]+ \(/);
      expect((await fetch(`${gateway.url}/readyz`)).status).toBe(503);
      expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
      await proxy.restore();
      let recovered = false;
      for (let i = 0; i < 40 && !recovered; i += 1) {
        const after = await gql(gateway.url, token, '{ allMunicipalities { id } }');
        recovered = Array.isArray(after.body.data?.allMunicipalities);
        if (!recovered) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(recovered).toBe(true);
      expect((await fetch(`${gateway.url}/readyz`)).status).toBe(200);
    } finally {
      gateway.child.kill('SIGTERM');
      await proxy.close();
    }
  });
});
