import {
  type Credentials,
  type SessionUser,
  auditRepository,
  userRepository,
} from '@finsam-se/persistence';
import { type PasswordHasher, dummyHash } from './password-hasher.js';
import type { AppDeps } from '../context.js';
import { refuse } from '../errors/refuse.js';

/** Attempts a minute from one client address (behind a trusted proxy: the real client). */
const PER_ADDRESS = 100;
/** Attempts a minute at one e-mail address, from anywhere (known or not: they look the same). */
const PER_ACCOUNT = 10;

const dummies = new WeakMap<PasswordHasher, () => Promise<string>>();

/**
 * Checks the password against the account's hash, or against a dummy hash when there is no
 * usable one, so unknown, deactivated and password-less accounts cost what a wrong password costs.
 */
async function passwordMatches(
  passwords: PasswordHasher,
  credentials: Credentials | undefined,
  password: string,
): Promise<boolean> {
  const usable =
    credentials !== undefined &&
    credentials.active &&
    credentials.passwordHash.startsWith('$argon2');
  let dummy = dummies.get(passwords);
  if (!dummy) dummies.set(passwords, (dummy = dummyHash(passwords)));
  const hash = usable ? credentials.passwordHash : await dummy();
  const matches = await passwords.verify(hash, password);
  return usable && matches;
}

/**
 * A refused log-in of a known account, in its own committed transaction: the error that
 * follows must not roll back the lockout counter or the audit row.
 */
async function recordRefusal(
  deps: AppDeps,
  credentials: Credentials,
  requestId: string,
  reason: 'password' | 'locked',
): Promise<void> {
  await deps.database.withTenant(credentials.associationId, async (tx) => {
    // While locked the counter stands still: hammering must not stretch the lock to a day.
    if (reason === 'password') await userRepository.recordFailure(tx, credentials.id);
    await auditRepository.append(tx, {
      userId: credentials.id,
      role: null,
      action: 'login_failed',
      entity: 'user',
      entityIds: [credentials.id],
      requestId,
      detail: { reason },
    });
  });
}

/** Log-in, refresh, log-out and resolving a bearer token to a user. */
export const authService = {
  async login(
    deps: AppDeps,
    email: string,
    password: string,
    clientAddress: string,
    requestId: string,
  ): Promise<{ token: string; expiresAt: Date; user: SessionUser }> {
    if (!deps.loginLimiter.take(`address|${clientAddress}`, PER_ADDRESS))
      throw refuse('AUTH.TOO_MANY_ATTEMPTS');
    if (email.length > 254 || password.length > 200) throw refuse('AUTH.WRONG_CREDENTIALS');
    const account = `account|${email.trim().toLowerCase()}`;
    if (!deps.loginLimiter.take(account, PER_ACCOUNT)) throw refuse('AUTH.TOO_MANY_ATTEMPTS');
    const credentials = await userRepository.findCredentials(deps.database, email);
    const valid = await passwordMatches(deps.passwords, credentials, password);
    if (!credentials) throw refuse('AUTH.WRONG_CREDENTIALS');
    const now = deps.now();
    if (credentials.lockedUntil && credentials.lockedUntil > now) {
      await recordRefusal(deps, credentials, requestId, 'locked');
      throw refuse('AUTH.LOCKED');
    }
    if (!valid) {
      await recordRefusal(deps, credentials, requestId, 'password');
      throw refuse('AUTH.WRONG_CREDENTIALS');
    }
    const user = await deps.database.withTenant(credentials.associationId, async (tx) => {
      await userRepository.recordLogin(tx, credentials.id);
      const signedIn = await userRepository.sessionUser(tx, credentials.id);
      if (!signedIn) throw refuse('AUTH.WRONG_CREDENTIALS');
      await auditRepository.append(tx, {
        userId: signedIn.id,
        role: signedIn.role,
        action: 'login',
        entity: 'user',
        entityIds: [signedIn.id],
        requestId,
      });
      return signedIn;
    });
    deps.loginLimiter.reset(account);
    const { token, expiresAt } = await deps.tokens.issue(
      { userId: user.id, associationId: user.associationId, generation: user.sessionGeneration },
      now,
    );
    return { token, expiresAt, user };
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
