// What the signed-in user may do: the gateway's access policy as `me { permissions }` hands
// it out (fetched at log-in, kept with the session). The panel asks `can(permissions, action)`
// to decide which resources, menu entries, screens and buttons to offer; the gateway
// enforces the same table. Action names are the generated PolicyAction type, so a check of
// an action the gateway does not have fails the typecheck.
import { usePermissions } from 'react-admin';
import type { Role } from '../api/types';
import { type PolicyAction, ROLE_PERMISSIONS } from './policy.generated';
import type { PermissionScope, Permissions } from './permission';
import { readPermissions } from './session';

export type { PolicyAction } from './policy.generated';

export type { Permission, PermissionScope, Permissions } from './permission';

/** The query the session runs after log-in. */
export const PERMISSIONS_QUERY = 'query Permissions { me { permissions { action scope } } }';

export function can(permissions: Permissions, action: PolicyAction): boolean {
  return permissions.some((permission) => permission.action === action);
}

/** How far an allowed action reaches, or undefined when it is not allowed. */
export function scopeOf(
  permissions: Permissions,
  action: PolicyAction,
): PermissionScope | undefined {
  return permissions.find((permission) => permission.action === action)?.scope;
}

/** The signed-in user's permissions (re-read whenever react-admin re-checks the log-in). */
export function usePolicy(): Permissions {
  usePermissions();
  return readPermissions();
}

/**
 * A role's permissions from the generated copy of the gateway's table: only for offline
 * tools that list what every role can open (the accessibility statement and its tests).
 */
export function rolePermissions(role: Role): Permissions {
  return ROLE_PERMISSIONS[role];
}
