import type { IncomingMessage, ServerResponse } from 'node:http';
import { IMPORT_MAX_BYTES } from '@finsam-se/persistence';
import type { TrustedProxies } from '../auth/client-address.js';
import type { AppDeps } from '../context.js';
import { refuse } from '../errors/refuse.js';
import {
  contextOf,
  methodIs,
  notFound,
  refusingExpected,
  sendRefusal,
} from '../http/http-refusal.js';
import { sendJson } from '../http/send-json.js';
import { importService } from './import-service.js';

class TooLarge extends Error {}

function readBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  sendJson(res, status, body, { 'cache-control': 'no-store' });
}

/**
 * The import's HTTP paths, with the session's bearer header like the Excel exports:
 * - `POST /import/preview?fileName=…[&register=…][&mapping=<JSON>]`, the file as the body: the dry run;
 * - `POST /import/run?fileName=…[&register=…][&mapping=<JSON>]`: starts (or resumes) the import, 202;
 * - `GET /import/fields[?register=…]`: the register's fields and their labels;
 * - `GET /import/runs[?register=…]` and `GET /import/runs/<id>`: the latest runs (of one
 *   register when named, as the panel lists them) and a run's progress.
 * `register` is participants (the default), referrals or placements. Failures are JSON `{ error: { code, message, messageEn?, field?, reason? } }`.
 */
export async function handleImport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: AppDeps,
  requestId: string,
  proxies: TrustedProxies,
): Promise<void> {
  const path = url.pathname;
  const upload = path === '/import/preview' || path === '/import/run';
  const runMatch = /^\/import\/runs(?:\/([^/]+))?$/.exec(path);
  const fields = path === '/import/fields';
  if (!upload && !runMatch && !fields) return notFound(req, res);
  if (!methodIs(req, res, upload ? 'POST' : 'GET')) return;
  await refusingExpected(req, res, async () => {
    const ctx = await contextOf(req, deps, requestId, proxies);
    if (fields)
      return answer(res, 200, {
        fields: importService.fields(ctx, url.searchParams.get('register')),
      });
    if (runMatch) {
      const id = runMatch[1];
      return answer(
        res,
        200,
        id === undefined
          ? { runs: await importService.runs(ctx, url.searchParams.get('register')) }
          : { run: await importService.run(ctx, id) },
      );
    }
    let bytes: Buffer;
    try {
      bytes = await readBytes(req, IMPORT_MAX_BYTES);
    } catch (error) {
      if (!(error instanceof TooLarge)) throw error;
      return sendRefusal(req, res, refuse('HTTP.TOO_LARGE', { field: 'file' }), 413);
    }
    const file = {
      register: url.searchParams.get('register'),
      bytes,
      fileName: (url.searchParams.get('fileName') ?? 'import').slice(0, 255) || 'import',
      mapping: url.searchParams.get('mapping'),
    };
    if (path === '/import/preview') return answer(res, 200, await importService.preview(ctx, file));
    return answer(res, 202, { run: await importService.start(ctx, file) });
  });
}
