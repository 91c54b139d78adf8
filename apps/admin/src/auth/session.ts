// The login session kept in localStorage: the bearer token, the user it belongs to and
// what the user may do (`me { permissions }`, fetched right after log-in).
import type { Me, Session } from '../api/types';
import type { Permissions } from './permission';

const KEY = 'finsam.session';
const PERMISSIONS_KEY = 'finsam.permissions';

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
  storage.removeItem(PERMISSIONS_KEY);
}

export function writePermissions(permissions: Permissions, storage: Storage = localStorage): void {
  storage.setItem(PERMISSIONS_KEY, JSON.stringify(permissions));
}

export function hasPermissions(storage: Storage = localStorage): boolean {
  return storage.getItem(PERMISSIONS_KEY) !== null;
}

/** The signed-in user's permissions; none when unknown (nothing is offered). */
export function readPermissions(storage: Storage = localStorage): Permissions {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(PERMISSIONS_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Permissions) : [];
  } catch {
    return [];
  }
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
