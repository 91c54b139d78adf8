import type { Server } from 'node:http';
import { createRequestsInFlight } from './http/requests-in-flight.js';
import {
  type Persistence,
  type NotificationListener,
  type SessionChangeWatch,
  createAuditWriter,
  type SessionUser,
  watchSessionChanges,
} from '@finsam-se/persistence';
import { trustedProxies } from './auth/client-address.js';
import { type PasswordHasher, argon2Passwords } from './auth/password-hasher.js';
import { createRateLimiter } from './auth/rate-limiter.js';
import { createSessionCache } from './auth/session-cache.js';
import { sessionTokens } from './auth/session-token.js';
import type { GatewayConfig } from './config/config.js';
import type { AppDeps } from './context.js';
import { createApollo } from './http/apollo.js';
import { createHttpServer } from './http/server.js';
import type { Logger } from './logging/logger.js';
import { buildGatewaySchema } from './schema/build-schema.js';
import { configureBoardReportPrinting } from './board-report/printing.js';
import { createReportCache } from './report/report-cache.js';
import { listenForReportCache } from './report/report-cache-listener.js';
import { type ReportWarmer, createReportWarmer } from './report/report-warm.js';

export type RunningGateway = {
  readonly server: Server;
  readonly url: string;
  readonly deps: AppDeps;
  /** Computes the default figures after the nightly jobs (queued by `report_cache_warm`). */
  readonly reportWarmer: ReportWarmer;
  /** Whether writes from every process reach the report cache now. */
  readonly reportCacheListening: () => boolean;
  /** Stops accepting, finishes in-flight requests, then stops Apollo. */
  close(): Promise<void>;
};

/** Builds and starts the gateway on an open persistence (tests start it on port 0). */
export async function startGateway(
  persistence: Persistence,
  config: Pick<
    GatewayConfig,
    | 'port'
    | 'host'
    | 'production'
    | 'tokenSecret'
    | 'tokenTtlSeconds'
    | 'adminDist'
    | 'maxBodyBytes'
  > &
    Partial<
      Pick<
        GatewayConfig,
        'sessionCacheMs' | 'reportCacheMs' | 'readAuditCommit' | 'trustProxy' | 'serveSourceMaps'
      >
    >,
  log: Logger,
  now: () => Date = () => new Date(),
  overrides: { readonly passwords?: PasswordHasher } = {},
): Promise<RunningGateway> {
  const schema = await buildGatewaySchema();
  const apollo = createApollo(schema, { production: config.production, log });
  await apollo.start();
  const sessionCacheMs = config.sessionCacheMs ?? 60_000;
  let sessionWatch: SessionChangeWatch | undefined;
  const sessionCache = createSessionCache<SessionUser>({
    maxAgeMs: sessionCacheMs,
    maxEntries: 10_000,
    healthy: () => sessionWatch?.healthy() ?? false,
  });
  if (sessionCacheMs > 0) {
    sessionWatch = watchSessionChanges(persistence.url, {
      onChange: (userId) => sessionCache.forget(userId),
      onReset: () => sessionCache.clear(),
      log: (message, level) => log[level](message),
    });
  }
  let reportCacheWatch: NotificationListener | undefined;
  const reportCacheMs = config.reportCacheMs ?? 24 * 3_600_000;
  const deps: AppDeps = {
    database: persistence.database,
    pii: persistence.pii,
    tokens: sessionTokens(config.tokenSecret, config.tokenTtlSeconds),
    log,
    now,
    loginLimiter: createRateLimiter(10, 60_000),
    passwords: overrides.passwords ?? argon2Passwords,
    reportCache: createReportCache({
      safetyTtlMs: reportCacheMs,
      unheardTtlMs: Math.min(60_000, reportCacheMs),
      maxEntries: 2000,
      listening: () => reportCacheWatch?.healthy() ?? false,
      now: () => now().getTime(),
    }),
    sessionCache,
    auditWriter: createAuditWriter(persistence.database, {
      commit: config.readAuditCommit ?? 'synchronous',
    }),
  };
  const reportWarmer = createReportWarmer(deps);
  if (reportCacheMs > 0)
    reportCacheWatch = listenForReportCache(persistence.url, deps.reportCache, reportWarmer, log);
  const inFlight = createRequestsInFlight();
  const server = createHttpServer(apollo, deps, {
    ...config,
    inFlight,
    trustedProxies: trustedProxies(config.trustProxy ?? []),
  });
  server.keepAliveTimeout = 5000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  }).catch(async (error: unknown) => {
    await sessionWatch?.close();
    await reportCacheWatch?.close();
    throw error;
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  configureBoardReportPrinting(config.host, port, config.adminDist !== null);
  return {
    server,
    url: `http://${config.host}:${port}`,
    deps,
    reportWarmer,
    reportCacheListening: () => reportCacheWatch?.healthy() ?? false,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      // Requests whose client went away are still reading or auditing: let them finish
      // before anything they use closes (main.ts bounds the whole shutdown).
      await inFlight.idle();
      await apollo.stop();
      await sessionWatch?.close();
      await reportCacheWatch?.close();
      await reportWarmer.idle();
    },
  };
}
