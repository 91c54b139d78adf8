import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseTrustedProxies } from '../auth/client-address.js';

export type GatewayConfig = {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** HMAC key for session tokens. */
  readonly tokenSecret: Uint8Array;
  readonly tokenTtlSeconds: number;
  /** The built admin panel to serve at `/`, if present. */
  readonly adminDist: string | null;
  readonly maxBodyBytes: number;
  /** Whether the embedded demo prints its accounts at start. */
  readonly embedded: boolean;
  /** How long a session user may stay cached (invalidated by NOTIFY before that); 0 disables. */
  readonly sessionCacheMs: number;
  /**
   * The longest a report figure stays cached (REPORT_CACHE_MS, default 24 h; 0 disables):
   * a safety bound, since writes invalidate it and the Stockholm day's end expires it.
   */
  readonly reportCacheMs: number;
  /** How the audit rows of reads commit (see StatementOptions in persistence). */
  readonly readAuditCommit: 'synchronous' | 'asynchronous';
  /**
   * Reverse proxies (addresses, CIDR blocks) whose X-Forwarded-For names the client; empty:
   * the socket's peer is the client. Rate limits are keyed on the client address.
   */
  readonly trustProxy: readonly string[];
  /** Serve the admin panel's source maps (SERVE_SOURCE_MAPS=true); off by default. */
  readonly serveSourceMaps: boolean;
};

export class GatewayConfigError extends Error {
  override name = 'GatewayConfigError';
}

const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function tokenSecret(
  env: Readonly<Record<string, string | undefined>>,
  embedded: boolean,
  dataDir: string,
): Uint8Array {
  const configured = env.TOKEN_SECRET;
  if (configured) {
    if (configured.length < 32)
      throw new GatewayConfigError('TOKEN_SECRET must be at least 32 characters');
    return new TextEncoder().encode(configured);
  }
  if (!embedded) {
    throw new GatewayConfigError(
      'TOKEN_SECRET is required with DATABASE_URL (openssl rand -base64 48)',
    );
  }
  const file = path.join(dataDir, 'token.secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64'), { mode: 0o600 });
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

/** Parses the environment once, at start; a bad value fails fast with a clear message. */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): GatewayConfig {
  const port = Number(env.PORT ?? '4000');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new GatewayConfigError('PORT must be a port number');
  const logLevel = (env.LOG_LEVEL ?? 'info') as GatewayConfig['logLevel'];
  if (!levels.includes(logLevel))
    throw new GatewayConfigError(`LOG_LEVEL must be one of ${levels.join(', ')}`);
  const ttl = Number(env.TOKEN_TTL_SECONDS ?? '7200');
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > 86_400)
    throw new GatewayConfigError('TOKEN_TTL_SECONDS must be 60–86400');
  const sessionCacheMs = Number(env.SESSION_CACHE_MS ?? '60000');
  if (!Number.isInteger(sessionCacheMs) || sessionCacheMs < 0 || sessionCacheMs > 3_600_000)
    throw new GatewayConfigError('SESSION_CACHE_MS must be 0–3600000 (0 disables the cache)');
  const reportCacheMs = Number(env.REPORT_CACHE_MS ?? String(24 * 3_600_000));
  if (!Number.isInteger(reportCacheMs) || reportCacheMs < 0 || reportCacheMs > 7 * 24 * 3_600_000)
    throw new GatewayConfigError('REPORT_CACHE_MS must be 0–604800000 (0 disables the cache)');
  const readAuditCommit = env.AUDIT_READ_COMMIT ?? 'synchronous';
  if (readAuditCommit !== 'synchronous' && readAuditCommit !== 'asynchronous')
    throw new GatewayConfigError('AUDIT_READ_COMMIT must be synchronous or asynchronous');
  const trustProxy = trustProxyOf(env.TRUST_PROXY);
  const serveSourceMaps = env.SERVE_SOURCE_MAPS ?? 'false';
  if (serveSourceMaps !== 'true' && serveSourceMaps !== 'false')
    throw new GatewayConfigError('SERVE_SOURCE_MAPS must be true or false');
  const embedded = !env.DATABASE_URL;
  const dataDir = path.resolve(cwd, env.DATA_DIR ?? '.data');
  const adminDist = path.resolve(cwd, env.ADMIN_DIST ?? 'apps/admin/dist');
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    production: env.NODE_ENV === 'production',
    logLevel,
    tokenSecret: tokenSecret(env, embedded, dataDir),
    tokenTtlSeconds: ttl,
    adminDist: existsSync(path.join(adminDist, 'index.html')) ? adminDist : null,
    maxBodyBytes: 256 * 1024,
    embedded,
    sessionCacheMs,
    reportCacheMs,
    readAuditCommit,
    trustProxy,
    serveSourceMaps: serveSourceMaps === 'true',
  };
}

function trustProxyOf(value: string | undefined): readonly string[] {
  try {
    return parseTrustedProxies(value ?? '');
  } catch (error) {
    throw new GatewayConfigError(
      `TRUST_PROXY must list the proxies' addresses or CIDR blocks, comma-separated: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
