import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createTestPersistence, type TestPersistence } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from '../src/app.js';
import { createLogger } from '../src/logging/logger.js';

// The built panel over real HTTP (issue 21, item 6): text compressed (brotli, gzip fallback)
// from the files the build wrote beside it, hashed files cached for a year, index.html
// revalidated.

let db: TestPersistence;
let dist: string;
let gateway: RunningGateway;

const script = `${'export const words = ["deltagare", "jobbcoach", "uppföljning"];\n'.repeat(200)}`;
const page = `<!doctype html><html lang="sv"><title>Höglandet SE</title>${'<!-- - -->'.repeat(200)}`;

/** What the panel's build writes: each text file with its .br and .gz beside it. */
async function writeWithCompressed(file: string, text: string): Promise<void> {
  await writeFile(file, text);
  await writeFile(`${file}.br`, brotliCompressSync(text));
  await writeFile(`${file}.gz`, gzipSync(text));
}

type RawResponse = { status: number; headers: Record<string, unknown>; body: Buffer };

/** A request whose body is read as it crossed the wire (fetch would decompress it). */
function raw(target: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = request(`${gateway.url}${target}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  db = await createTestPersistence();
  dist = await mkdtemp(path.join(tmpdir(), 'finsam-static-'));
  await mkdir(path.join(dist, 'assets'));
  await writeWithCompressed(path.join(dist, 'index.html'), page);
  await writeWithCompressed(path.join(dist, 'assets', 'index-Bt6BIecB.js'), script);
  await writeFile(path.join(dist, 'assets', 'only-gzip-C1a2b3c4.css'), 'body{margin:0}');
  await writeFile(
    path.join(dist, 'assets', 'only-gzip-C1a2b3c4.css.gz'),
    gzipSync('body{margin:0}'),
  );
  await writeFile(path.join(dist, 'assets', 'logo-D5e6f7g8.png'), randomBytes(64));
  gateway = await startGateway(
    db,
    {
      port: 0,
      host: '127.0.0.1',
      production: true,
      tokenSecret: randomBytes(32),
      tokenTtlSeconds: 900,
      adminDist: dist,
      maxBodyBytes: 256 * 1024,
    },
    createLogger('silent'),
  );
});
afterAll(async () => {
  await gateway.close();
  await db.close();
  await rm(dist, { recursive: true, force: true });
});

describe('compression', () => {
  it('sends brotli to a client that accepts it', async () => {
    const res = await raw('/assets/index-Bt6BIecB.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('falls back to gzip for a client without brotli', async () => {
    const res = await raw('/assets/index-Bt6BIecB.js', { 'accept-encoding': 'gzip, deflate' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(gunzipSync(res.body).toString()).toBe(script);
  });

  it('falls back to gzip when the build wrote no brotli file', async () => {
    const res = await raw('/assets/only-gzip-C1a2b3c4.css', { 'accept-encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe('body{margin:0}');
  });

  it('sends the file as it is to a client that accepts neither', async () => {
    const asIs: Record<string, string>[] = [{}, { 'accept-encoding': 'identity' }];
    for (const headers of asIs) {
      const res = await raw('/assets/index-Bt6BIecB.js', headers);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['vary']).toBe('Accept-Encoding');
      expect(res.body.toString()).toBe(script);
    }
  });

  it('compresses index.html too, also where it answers a client-side route', async () => {
    for (const target of ['/', '/index.html', '/participants/42']) {
      const res = await raw(target, { 'accept-encoding': 'br' });
      expect(res.headers['content-encoding'], target).toBe('br');
      expect(brotliDecompressSync(res.body).toString(), target).toBe(page);
    }
  });

  it('leaves images alone (no encoding, no Vary)', async () => {
    const res = await raw('/assets/logo-D5e6f7g8.png', { 'accept-encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['vary']).toBeUndefined();
    expect(res.body.length).toBe(64);
  });

  it('answers HEAD with the headers of the compressed file and no body', async () => {
    const res = await raw('/assets/index-Bt6BIecB.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(res.headers['content-encoding']).toBe('br');
    expect(Number(res.headers['content-length'])).toBe(brotliCompressSync(script).length);
    expect(res.body.length).toBe(0);
  });
});

describe('caching', () => {
  it('lets browsers keep hashed files for a year', async () => {
    for (const target of ['/assets/index-Bt6BIecB.js', '/assets/logo-D5e6f7g8.png']) {
      const res = await raw(target, { 'accept-encoding': 'br' });
      expect(res.headers['cache-control'], target).toBe('public, max-age=31536000, immutable');
    }
  });

  it('makes browsers revalidate index.html, and answers 304 while it is unchanged', async () => {
    const first = await raw('/', { 'accept-encoding': 'br' });
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers['etag']);
    expect(etag).toMatch(/^".+"$/);

    const again = await raw('/', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['etag']).toBe(etag);
    expect(again.headers['cache-control']).toBe('no-cache');
  });

  it('gives each encoding its own ETag, so a cache never swaps one for another', async () => {
    const br = await raw('/', { 'accept-encoding': 'br' });
    const gzip = await raw('/', { 'accept-encoding': 'gzip' });
    const plain = await raw('/');
    const tags = new Set([br, gzip, plain].map((r) => r.headers['etag']));
    expect(tags.size).toBe(3);
    const stale = await raw('/', {
      'accept-encoding': 'gzip',
      'if-none-match': String(br.headers['etag']),
    });
    expect(stale.status).toBe(200);
    expect(stale.headers['content-encoding']).toBe('gzip');
  });

  it('answers a broken percent-encoding with 404 instead of an error', async () => {
    const res = await raw('/assets/%E0%A4%A');
    expect(res.status).toBe(404);
  });
});
