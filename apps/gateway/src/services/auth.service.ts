import { randomBytes } from 'node:crypto';
import {
  type SessionUser,
  auditRepository,
  hashPassword,
  userRepository,
  verifyPassword,
} from '@finsam-se/persistence';
import type { AppDeps } from '../context.js';
import { AppError } from '../errors/error-codes.js';

const WRONG = 'Fel e-post eller lösenord.';
let dummyHash: Promise<string> | undefined;

/** Log-in, refresh, log-out and resolving a bearer token to a user. */
export const authService = {
  async login(
    deps: AppDeps,
    email: string,
    password: string,
    clientAddress: string,
    requestId: string,
  ): Promise<{ token: string; expiresAt: Date; user: SessionUser }> {
    const key = `${clientAddress}|${email.trim().toLowerCase()}`;
    if (!deps.loginLimiter.take(key) || !deps.loginLimiter.take(`address|${clientAddress}`, 100)) {
      throw new AppError('RATE_LIMITED', 'För många inloggningsförsök. Vänta en minut.');
    }
    if (email.length > 254 || password.length > 200) throw new AppError('UNAUTHENTICATED', WRONG);
    const credentials = await userRepository.findCredentials(deps.database, email);
    if (!credentials) {
      // Same work as a real check, so timing does not reveal which e-mails exist.
      dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
      await verifyPassword(await dummyHash, password);
      throw new AppError('UNAUTHENTICATED', WRONG);
    }
    const now = deps.now();
    if (credentials.lockedUntil && credentials.lockedUntil > now) {
      throw new AppError(
        'RATE_LIMITED',
        'Kontot är tillfälligt låst efter flera felaktiga försök.',
      );
    }
    const valid = credentials.active && (await verifyPassword(credentials.passwordHash, password));
    return deps.database.withTenant(credentials.associationId, async (tx) => {
      if (!valid) {
        await userRepository.recordFailure(tx, credentials.id);
        await auditRepository.append(tx, {
          userId: credentials.id,
          role: null,
          action: 'login_failed',
          entity: 'user',
          entityIds: [credentials.id],
          requestId,
        });
        throw new AppError('UNAUTHENTICATED', WRONG);
      }
      await userRepository.recordLogin(tx, credentials.id);
      const user = await userRepository.sessionUser(tx, credentials.id);
      if (!user) throw new AppError('UNAUTHENTICATED', WRONG);
      await auditRepository.append(tx, {
        userId: user.id,
        role: user.role,
        action: 'login',
        entity: 'user',
        entityIds: [user.id],
        requestId,
      });
      deps.loginLimiter.reset(key);
      const { token, expiresAt } = await deps.tokens.issue(
        { userId: user.id, associationId: user.associationId, generation: user.sessionGeneration },
        now,
      );
      return { token, expiresAt, user };
    });
  },

  /** The user behind a bearer token, or null if it is invalid, expired, revoked or deactivated. */
  async resolve(deps: AppDeps, token: string | undefined): Promise<SessionUser | null> {
    if (!token) return null;
    const claims = await deps.tokens.verify(token);
    if (!claims) return null;
    const user = await sessionUser(deps, claims.associationId, claims.userId);
    if (!user || !user.active || user.sessionGeneration !== claims.generation) return null;
    return user;
  },

  async refresh(deps: AppDeps, user: SessionUser): Promise<{ token: string; expiresAt: Date }> {
    return deps.tokens.issue(
      { userId: user.id, associationId: user.associationId, generation: user.sessionGeneration },
      deps.now(),
    );
  },

  async logout(deps: AppDeps, user: SessionUser, requestId: string): Promise<void> {
    await deps.database.withTenant(user.associationId, async (tx) => {
      await userRepository.endSessions(tx, user.id);
      await auditRepository.append(tx, {
        userId: user.id,
        role: user.role,
        action: 'logout',
        entity: 'user',
        entityIds: [user.id],
        requestId,
      });
    });
    // The notification follows at once; this makes the log-out certain in this process.
    deps.sessionCache.forget(user.id);
  },
};

/**
 * The session's user from the cache, else from the database (remembered only if found,
 * and only if nothing was invalidated while it was read).
 */
async function sessionUser(
  deps: AppDeps,
  associationId: string,
  userId: string,
): Promise<SessionUser | undefined> {
  const cached = deps.sessionCache.get(userId);
  if (cached && cached.associationId === associationId) return cached;
  const startedAt = deps.sessionCache.generation();
  const user = await userRepository.sessionUserByToken(deps.database, associationId, userId);
  if (user) deps.sessionCache.remember(user.id, user, startedAt);
  return user;
}
