// react-admin authProvider over the gateway's login/logout mutations.
import type { AuthProvider } from 'react-admin';
import { createGraphQLCall, type GraphQLCall } from '../api/graphqlFetch';
import { isAuthError } from '../api/errors';
import { LOGIN, LOGOUT } from '../api/operations';
import type { Session } from '../api/types';
import { PERMISSIONS_QUERY, type Permissions } from './permissions';
import {
  clearSession,
  hasPermissions,
  isExpired,
  readSession,
  writePermissions,
  writeSession,
} from './session';

export interface AuthProviderDeps {
  call?: GraphQLCall;
  storage?: Storage;
  now?: () => Date;
}

export type PanelAuthProvider = AuthProvider &
  Required<Pick<AuthProvider, 'getPermissions' | 'getIdentity'>>;

export function buildAuthProvider(deps: AuthProviderDeps = {}): PanelAuthProvider {
  const storage = deps.storage ?? localStorage;
  const call = deps.call ?? createGraphQLCall({ token: () => readSession(storage)?.token ?? null });
  const now = deps.now ?? (() => new Date());

  const current = (): Session | null => {
    const session = readSession(storage);
    if (session && isExpired(session, now())) {
      clearSession(storage);
      return null;
    }
    return session;
  };
  // What the user may do, from the gateway's policy: menus and buttons read it (permissions.ts).
  const loadPermissions = async () => {
    const data = await call<{ me: { permissions: Permissions } | null }>(PERMISSIONS_QUERY);
    writePermissions(data.me?.permissions ?? [], storage);
  };

  return {
    async login(params: { username?: string; email?: string; password?: string }) {
      const email = (params.email ?? params.username ?? '').trim();
      const password = params.password ?? '';
      const data = await call<{ login: Session }>(LOGIN, { email, password });
      writeSession(data.login, storage);
      await loadPermissions();
      return undefined;
    },
    async logout() {
      const session = readSession(storage);
      if (session) {
        try {
          await call<{ logout: boolean }>(LOGOUT);
        } catch {
          // The token may already be invalid; the local session goes either way.
        }
      }
      clearSession(storage);
      return '/login';
    },
    async checkAuth() {
      if (!current()) throw new Error('ra.auth.auth_check_error');
      // A session stored before permissions were kept with it fetches them once.
      if (!hasPermissions(storage)) await loadPermissions();
    },
    async checkError(error: unknown) {
      if (isAuthError(error)) {
        clearSession(storage);
        throw new Error('ra.notification.logged_out');
      }
    },
    async getPermissions() {
      return current()?.user.role ?? null;
    },
    async getIdentity() {
      const session = current();
      if (!session) throw new Error('ra.auth.auth_check_error');
      return { id: session.user.id, fullName: session.user.name, email: session.user.email };
    },
  };
}
