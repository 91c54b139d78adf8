// The signed-in user's role, or undefined while unknown.
import { usePermissions } from 'react-admin';
import type { Role } from '../api/types';
import { isRole } from './roles';

export function useRole(): Role | undefined {
  const { permissions } = usePermissions();
  return isRole(permissions) ? permissions : undefined;
}
