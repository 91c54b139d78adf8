import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

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

/**
 * Serves the built admin panel; unknown paths get index.html (client-side routes), source
 * maps a 404 unless configured. Paths are resolved inside the folder only.
 */
export async function serveStatic(
  root: string,
  urlPath: string,
  res: ServerResponse,
  options: { readonly sourceMaps: boolean } = { sourceMaps: false },
): Promise<void> {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  // Source maps give the panel's source away: only when configured (SERVE_SOURCE_MAPS).
  if (!options.sourceMaps && decoded.endsWith('.map')) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  let file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (!file.startsWith(root)) file = path.join(root, 'index.html');
  let info = await stat(file).catch(() => undefined);
  if (!info || info.isDirectory()) {
    file = path.join(root, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}
