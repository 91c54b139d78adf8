import type {
  AuditWriter,
  Database,
  PiiCipher,
  SessionUser,
  StatementOptions,
  TenantTx,
} from '@finsam-se/persistence';
import type { Logger } from 'pino';
import { type Actor, requireActor } from './auth/actor.js';
import type { PasswordHasher } from './auth/password-hasher.js';
import type { SessionCache } from './auth/session-cache.js';
import type { SessionTokens } from './auth/session-token.js';
import type { ReportCache } from './report/report-cache.js';
import { type Loaders, createLoaders } from './loaders.js';

/** Shared by every request. */
export type AppDeps = {
  readonly database: Database;
  readonly pii: PiiCipher;
  readonly tokens: SessionTokens;
  readonly log: Logger;
  /** The clock, injectable for tests. */
  readonly now: () => Date;
  /** Aggregated figures, cleared on every write in the association. */
  readonly reportCache: ReportCache;
  /** Session users by id, invalidated by the database's `finsam_session` notifications. */
  readonly sessionCache: SessionCache<SessionUser>;
  /** The audit rows of reads, written by group commit before the read is answered. */
  readonly auditWriter: AuditWriter;
  readonly loginLimiter: { take(key: string, limit?: number): boolean; reset(key: string): void };
  readonly passwords: PasswordHasher;
};

/** One GraphQL request. */
export type RequestContext = AppDeps & {
  readonly requestId: string;
  readonly clientAddress: string;
  readonly actor: Actor | null;
  readonly loaders: Loaders;
  /** Runs work in one transaction scoped to the actor's association (RLS on). */
  inTenant<T>(work: (tx: TenantTx, actor: Actor) => Promise<T>): Promise<T>;
  /** Like `inTenant` for work of exactly one statement: one round trip to the database. */
  inTenantStatement<T>(
    work: (tx: TenantTx, actor: Actor) => Promise<T>,
    options?: StatementOptions,
  ): Promise<T>;
};

export function createRequestContext(
  deps: AppDeps,
  requestId: string,
  clientAddress: string,
  actor: Actor | null,
): RequestContext {
  const inTenant = <T>(work: (tx: TenantTx, actor: Actor) => Promise<T>): Promise<T> => {
    const signedIn = requireActor(actor);
    return deps.database.withTenant(signedIn.associationId, (tx) => work(tx, signedIn));
  };
  const inTenantStatement = <T>(
    work: (tx: TenantTx, actor: Actor) => Promise<T>,
    options?: StatementOptions,
  ): Promise<T> => {
    const signedIn = requireActor(actor);
    return deps.database.withTenantStatement(
      signedIn.associationId,
      (tx) => work(tx, signedIn),
      options,
    );
  };
  let loaders: Loaders | undefined;
  return {
    ...deps,
    requestId,
    clientAddress,
    actor,
    inTenant,
    inTenantStatement,
    // Made on first use: most requests (a page, a figure) never batch a relation.
    get loaders() {
      loaders ??= createLoaders(inTenantStatement);
      return loaders;
    },
  };
}
