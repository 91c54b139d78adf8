import type { Server } from 'node:http';
import type { Persistence } from '@finsam-se/persistence';
import { createRateLimiter } from './auth/rate-limiter.js';
import { sessionTokens } from './auth/session-token.js';
import type { GatewayConfig } from './config/config.js';
import type { AppDeps } from './context.js';
import { createApollo } from './http/apollo.js';
import { createHttpServer } from './http/server.js';
import type { Logger } from './logging/logger.js';
import { buildGatewaySchema } from './schema/build-schema.js';
import { createReportCache } from './services/report-cache.js';

export type RunningGateway = {
  readonly server: Server;
  readonly url: string;
  readonly deps: AppDeps;
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
  >,
  log: Logger,
  now: () => Date = () => new Date(),
): Promise<RunningGateway> {
  const schema = await buildGatewaySchema();
  const apollo = createApollo(schema, { production: config.production, log });
  await apollo.start();
  const deps: AppDeps = {
    database: persistence.database,
    pii: persistence.pii,
    tokens: sessionTokens(config.tokenSecret, config.tokenTtlSeconds),
    log,
    now,
    loginLimiter: createRateLimiter(10, 60_000),
    reportCache: createReportCache({ ttlMs: 60_000, maxEntries: 2000 }),
  };
  const server = createHttpServer(apollo, deps, config);
  server.keepAliveTimeout = 5000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    server,
    url: `http://${config.host}:${port}`,
    deps,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
