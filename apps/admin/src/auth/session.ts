// The login session kept in localStorage: the bearer token and the user it belongs to.
import type { Me, Session } from '../api/types';

const KEY = 'finsam.session';

export function readSession(storage: Storage = localStorage): Session | null {
  const raw = storage.getItem(KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (typeof parsed.token !== 'string' || typeof parsed.user !== 'object' || !parsed.user) {
      return null;
    }
    return parsed as Session;
  } catch {
    return null;
  }
}

export function writeSession(session: Session, storage: Storage = localStorage): void {
  storage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(storage: Storage = localStorage): void {
  storage.removeItem(KEY);
}

export function readToken(storage: Storage = localStorage): string | null {
  return readSession(storage)?.token ?? null;
}

export function readUser(storage: Storage = localStorage): Me | null {
  return readSession(storage)?.user ?? null;
}

/** A session whose expiresAt lies in the past is no longer usable. */
export function isExpired(session: Session, now: Date): boolean {
  const expires = Date.parse(session.expiresAt);
  return Number.isFinite(expires) && expires <= now.getTime();
}
