import type { IncomingMessage, ServerResponse } from 'node:http';
import { type TrustedProxies, clientAddressOf } from '../auth/client-address.js';
import { authService } from '../auth/auth.service.js';
import { type AppDeps, type RequestContext, createRequestContext } from '../context.js';
import { AppError } from '../errors/error-codes.js';
import { refuse } from '../errors/refuse.js';
import { localeOf } from '../errors/request-locale.js';
import { sendJson } from './send-json.js';

/** The HTTP status of each class a plain-HTTP route refuses with; anything else is a 500. */
const STATUS: Partial<Record<AppError['code'], number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * The one answer a plain-HTTP route (Excel exports, the board's PDFs, the import) gives for
 * an expected failure, before any byte of a file: JSON `{ error: { code, message,
 * messageEn?, field?, reason? } }`, the message in the request's language as GraphQL's
 * (Accept-Language), the English one beside it.
 */
export function sendRefusal(
  req: IncomingMessage,
  res: ServerResponse,
  error: AppError,
  status = STATUS[error.code] ?? 500,
): void {
  const { field, reason, messageEn } = error.extra;
  const english = localeOf(req.headers['accept-language']) === 'en' && messageEn !== undefined;
  sendJson(
    res,
    status,
    {
      error: {
        code: error.code,
        message: english ? messageEn : error.message,
        ...(messageEn === undefined ? {} : { messageEn }),
        ...(field === undefined ? {} : { field }),
        ...(reason === undefined ? {} : { reason }),
      },
    },
    { 'cache-control': 'no-store' },
  );
}

/** True when the request uses the route's method; otherwise answers 405 with `Allow`. */
export function methodIs(
  req: IncomingMessage,
  res: ServerResponse,
  method: 'GET' | 'POST',
): boolean {
  if (req.method === method) return true;
  res.setHeader('allow', method);
  sendRefusal(req, res, refuse('HTTP.METHOD', { params: { method } }), 405);
  return false;
}

/** Answers 404 for a path under a route's prefix that names nothing. */
export function notFound(req: IncomingMessage, res: ServerResponse): void {
  sendRefusal(req, res, refuse('HTTP.NOT_FOUND'));
}

/**
 * Runs a route's work; an expected failure raised before the answer started becomes the
 * JSON refusal. One raised after (mid-file) and every unexpected error go to the server's
 * handler, which logs them and ends the response without details.
 */
export async function refusingExpected(
  req: IncomingMessage,
  res: ServerResponse,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof AppError) || res.headersSent) throw error;
    sendRefusal(req, res, error);
  }
}

/** The request's context from its bearer header, as GraphQL builds it (session, address). */
export async function contextOf(
  req: IncomingMessage,
  deps: AppDeps,
  requestId: string,
  proxies: TrustedProxies,
): Promise<RequestContext> {
  const authorization = req.headers.authorization;
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined;
  const address = clientAddressOf(
    req.socket.remoteAddress,
    req.headers['x-forwarded-for'],
    proxies,
  );
  return createRequestContext(deps, requestId, address, await authService.resolve(deps, token));
}
