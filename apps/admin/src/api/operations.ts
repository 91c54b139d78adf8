// The session's documents under the names auth/authProvider.ts imports (generated from
// documents/session.graphql; the auth folder moves to the generated names itself).
export { LoginDocument as LOGIN, LogoutDocument as LOGOUT } from './generated/graphql';
