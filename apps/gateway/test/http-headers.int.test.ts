import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestPersistence, type TestPersistence } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from '../src/app.js';
import { createLogger } from '../src/logging/logger.js';

// Response headers and the built panel's files (issue 16, Info): HSTS only over HTTPS,
// Permissions-Policy and COOP everywhere, no source maps unless configured.

let db: TestPersistence;
let dist: string;
const gateways: RunningGateway[] = [];

async function gateway(
  options: { trustProxy?: readonly string[]; serveSourceMaps?: boolean } = {},
): Promise<string> {
  const running = await startGateway(
    db,
    {
      port: 0,
      host: '127.0.0.1',
      production: true,
      tokenSecret: randomBytes(32),
      tokenTtlSeconds: 900,
      adminDist: dist,
      maxBodyBytes: 256 * 1024,
      ...options,
    },
    createLogger('silent'),
  );
  gateways.push(running);
  return running.url;
}

beforeAll(async () => {
  db = await createTestPersistence();
  dist = await mkdtemp(path.join(tmpdir(), 'finsam-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Finsam</title>');
  await writeFile(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1);\n');
  await writeFile(path.join(dist, 'assets', 'index-abc.js.map'), '{"version":3,"sources":[]}');
});
afterAll(async () => {
  for (const running of gateways) await running.close();
  await db.close();
  await rm(dist, { recursive: true, force: true });
});

describe('security headers', () => {
  it('sends Permissions-Policy and Cross-Origin-Opener-Policy on every response', async () => {
    const url = await gateway();
    for (const target of ['/', '/healthz', '/graphql?query=%7B__typename%7D', '/nope.map']) {
      const response = await fetch(`${url}${target}`);
      expect(response.headers.get('permissions-policy'), target).toMatch(/camera=\(\)/);
      expect(response.headers.get('cross-origin-opener-policy'), target).toBe('same-origin');
      expect(response.headers.get('x-content-type-options'), target).toBe('nosniff');
    }
  });

  it('sends Strict-Transport-Security only when a trusted proxy says the request was HTTPS', async () => {
    const trusting = await gateway({ trustProxy: ['127.0.0.1', '::1'] });
    const https = await fetch(`${trusting}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    const http = await fetch(`${trusting}/healthz`, { headers: { 'x-forwarded-proto': 'http' } });
    expect(http.headers.get('strict-transport-security')).toBeNull();

    const untrusting = await gateway();
    const spoofed = await fetch(`${untrusting}/healthz`, {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('source maps', () => {
  it('are not served unless configured', async () => {
    const url = await gateway();
    expect((await fetch(`${url}/assets/index-abc.js`)).status).toBe(200);
    const map = await fetch(`${url}/assets/index-abc.js.map`);
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('"version"');
  });

  it('are served when SERVE_SOURCE_MAPS asks for them', async () => {
    const url = await gateway({ serveSourceMaps: true });
    const map = await fetch(`${url}/assets/index-abc.js.map`);
    expect(map.status).toBe(200);
    expect(await map.text()).toContain('"version"');
  });
});
