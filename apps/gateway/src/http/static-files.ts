import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { PRECOMPRESSED, type Precompressed, chooseEncoding } from './content-encoding.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text the panel's build compresses (apps/admin/vite.config.ts writes `.br` and `.gz`). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/** Vite names what it builds `assets/<name>-<hash>.<ext>`: such a file never changes. */
const HASHED_ASSET = /^assets\/[^/]+-[\w-]{8,}\.[a-z0-9]+$/;

const IMMUTABLE = 'public, max-age=31536000, immutable';

export type StaticOptions = { readonly sourceMaps: boolean };

/**
 * Serves the built admin panel; unknown paths get index.html (client-side routes), source
 * maps a 404 unless configured. Paths are resolved inside the folder only. Text goes
 * brotli- or gzip-compressed when the client accepts it, from the files the build wrote
 * beside it, so no request is compressed here; hashed files may be cached for a year,
 * index.html is revalidated (its ETag answers 304) so a deploy is seen at once.
 */
export async function serveStatic(
  root: string,
  urlPath: string,
  res: ServerResponse,
  options: StaticOptions = { sourceMaps: false },
): Promise<void> {
  const requestHeaders = res.req.headers;
  const decoded = decodePath(urlPath);
  if (decoded === undefined) return notFound(res);
  // Source maps give the panel's source away: only when configured (SERVE_SOURCE_MAPS).
  if (!options.sourceMaps && decoded.endsWith('.map')) return notFound(res);
  const found = await resolveFile(root, decoded);
  if (!found) return notFound(res);
  const { file, info } = found;
  const extension = path.extname(file);
  const relative = path.relative(root, file).split(path.sep).join('/');
  const compressible = COMPRESSIBLE.has(extension);
  const variant = compressible
    ? await precompressedVariant(file, requestHeaders['accept-encoding'])
    : undefined;
  const etag = `"${info.size.toString(36)}-${Math.trunc(info.mtimeMs).toString(36)}${variant ? `-${variant.encoding}` : ''}"`;
  const headers: Record<string, string | number> = {
    'content-type': types[extension] ?? 'application/octet-stream',
    'cache-control': HASHED_ASSET.test(relative) ? IMMUTABLE : 'no-cache',
    etag,
    ...(compressible ? { vary: 'Accept-Encoding' } : {}),
  };
  if (ifNoneMatch(requestHeaders['if-none-match'], etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  if (variant) headers['content-encoding'] = variant.encoding;
  headers['content-length'] = variant?.size ?? info.size;
  res.writeHead(200, headers);
  if (res.req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(variant?.file ?? file).pipe(res);
}

/** The path without its query, percent-decoded; undefined when the encoding is broken. */
function decodePath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}

async function resolveFile(
  root: string,
  decoded: string,
): Promise<{ file: string; info: Stats } | undefined> {
  let file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (!file.startsWith(root)) file = path.join(root, 'index.html');
  let info = await stat(file).catch(() => undefined);
  if (!info || info.isDirectory()) {
    file = path.join(root, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  return info ? { file, info } : undefined;
}

/** The `.br` or `.gz` file beside `file` that the client accepts best, if the build wrote one. */
async function precompressedVariant(
  file: string,
  acceptEncoding: string | undefined,
): Promise<{ encoding: Precompressed; file: string; size: number } | undefined> {
  const present = await Promise.all(
    PRECOMPRESSED.map(async ({ encoding, suffix }) => {
      const info = await stat(`${file}${suffix}`).catch(() => undefined);
      return info?.isFile() ? { encoding, file: `${file}${suffix}`, size: info.size } : undefined;
    }),
  );
  const variants = present.filter((v) => v !== undefined);
  const chosen = chooseEncoding(
    acceptEncoding,
    variants.map((v) => v.encoding),
  );
  return variants.find((v) => v.encoding === chosen);
}

function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}
