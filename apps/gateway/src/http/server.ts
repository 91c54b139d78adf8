import { randomUUID } from 'node:crypto';
import type { RequestsInFlight } from './requests-in-flight.js';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { HeaderMap } from '@apollo/server';
import type { ApolloServer } from '@apollo/server';
import { migrationsCurrent } from '@finsam-se/persistence';
import { type AppDeps, type RequestContext, createRequestContext } from '../context.js';
import { type TrustedProxies, clientAddressOf } from '../auth/client-address.js';
import { handleXlsxExport } from '../export/xlsx-http.js';
import { handleListExport } from '../export/xlsx-list-http.js';
import { handleBoardReportDownload } from '../board-report/board-report-http.js';
import { handleSusExport } from '../export/xlsx-sus-http.js';
import { handleImport } from '../import/import-http.js';
import { authService } from '../auth/auth.service.js';
import { securityHeadersFor } from './security-headers.js';
import { sendJson } from './send-json.js';
import { serveStatic } from './static-files.js';

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Answer 413 now and drain the rest without keeping it (destroying the socket
        // would cut the answer off).
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function graphqlError(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

const clientCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
]);

/**
 * graphql-armor re-throws parse errors from its own parser, which Apollo answers with 500;
 * a response whose every error is the client's own gets 400.
 */
function clientStatus(status: number, body: { kind: string; string?: string }): number {
  if (status !== 500 || body.kind !== 'complete' || !body.string) return status;
  try {
    const parsed = JSON.parse(body.string) as {
      data?: unknown;
      errors?: { extensions?: { code?: unknown } }[];
    };
    const errors = parsed.errors ?? [];
    return parsed.data == null &&
      errors.length > 0 &&
      errors.every((e) => clientCodes.has(String(e.extensions?.code)))
      ? 400
      : status;
  } catch {
    return status;
  }
}

export type HttpOptions = {
  readonly maxBodyBytes: number;
  readonly adminDist: string | null;
  /** Whose X-Forwarded-For names the client (TRUST_PROXY). */
  readonly trustedProxies: TrustedProxies;
  /** Serve the panel's *.map files (SERVE_SOURCE_MAPS); off: they are 404. */
  readonly serveSourceMaps?: boolean;
  /** Counts the requests being answered, for shutdown to wait on. */
  readonly inFlight?: RequestsInFlight;
};

/**
 * Node's HTTP server: `/graphql` through Apollo, `/healthz`, `/readyz`, and the built
 * admin panel at `/`. Tracks open connections so SIGTERM can drain them.
 */
export function createHttpServer(
  apollo: ApolloServer<RequestContext>,
  deps: AppDeps,
  options: HttpOptions,
): Server {
  return createServer(async (req, res) => {
    const requestIdHeader = req.headers['x-request-id'];
    const requestId =
      typeof requestIdHeader === 'string' && /^[\w-]{8,64}$/.test(requestIdHeader)
        ? requestIdHeader
        : randomUUID();
    res.setHeader('x-request-id', requestId);
    for (const [name, value] of Object.entries(securityHeadersFor(req, options.trustedProxies)))
      res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const ended = options.inFlight?.begin();
    try {
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/readyz') {
        const ready =
          (await deps.database.ping()) &&
          (await migrationsCurrent(deps.database.dataSource).catch(() => false));
        return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable' });
      }
      if (url.pathname === '/graphql') return await handleGraphql(req, res, url, requestId);
      if (url.pathname === '/export/sus.xlsx')
        return await handleSusExport(req, res, url, deps, requestId, options.trustedProxies);
      if (url.pathname.startsWith('/export/list/'))
        return await handleListExport(
          req,
          res,
          url,
          deps,
          requestId,
          options.trustedProxies,
          apollo,
        );
      if (url.pathname.startsWith('/import/'))
        return await handleImport(req, res, url, deps, requestId, options.trustedProxies);
      if (url.pathname.startsWith('/board-report/'))
        return await handleBoardReportDownload(
          req,
          res,
          url,
          deps,
          requestId,
          options.trustedProxies,
        );
      if (url.pathname.startsWith('/export/'))
        return await handleXlsxExport(req, res, url, deps, requestId, options.trustedProxies);
      if ((req.method === 'GET' || req.method === 'HEAD') && options.adminDist) {
        return await serveStatic(options.adminDist, url.pathname, res, {
          sourceMaps: options.serveSourceMaps ?? false,
        });
      }
      return sendJson(res, 404, { error: 'Not found' });
    } catch (error) {
      deps.log.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, graphqlError('INTERNAL_SERVER_ERROR', 'Ett oväntat fel inträffade.'));
      else res.end();
    } finally {
      ended?.();
    }
  });

  async function handleGraphql(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    requestId: string,
  ): Promise<void> {
    if (req.method !== 'POST' && req.method !== 'GET') {
      return sendJson(res, 405, graphqlError('BAD_REQUEST', 'Use POST.'), { allow: 'GET, POST' });
    }
    let body: unknown;
    if (req.method === 'POST') {
      let text: string;
      try {
        text = await readBody(req, options.maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLarge)
          return sendJson(res, 413, graphqlError('BAD_REQUEST', 'The request body is too large.'));
        throw error;
      }
      const type = req.headers['content-type'] ?? '';
      if (type.startsWith('application/json')) {
        try {
          body = JSON.parse(text);
        } catch {
          return sendJson(res, 400, graphqlError('BAD_REQUEST', 'The body is not valid JSON.'));
        }
        if (Array.isArray(body))
          return sendJson(
            res,
            400,
            graphqlError('BAD_REQUEST', 'Batched requests are not supported.'),
          );
      } else {
        body = text;
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const authorization = req.headers.authorization;
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined;
    const clientAddress = clientAddressOf(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      options.trustedProxies,
    );
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: url.search, body },
      context: async () => {
        const actor = await authService.resolve(deps, token);
        return createRequestContext(deps, requestId, clientAddress, actor);
      },
    });
    const responseHeaders: Record<string, string> = {};
    for (const [name, value] of result.headers) responseHeaders[name] = value;
    res.writeHead(clientStatus(result.status ?? 200, result.body), responseHeaders);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }
}
