// The paths of the panel's own screens. React Router matches paths case-insensitively, so a
// screen must never share its path with a resource: `/reallocation` once hid the resource
// `Reallocation` (the decision list) behind the reallocation screen (issue 15, item 7).
import { type Permissions, can } from '../auth/permissions';
import { canManageUsers, canReallocate } from '../auth/roles';

export const CUSTOM_ROUTES = {
  reallocation: '/omfordelning',
  reports: '/reports',
  todo: '/att-gora',
  outbox: '/outbox',
  retention: '/retention',
  audit: '/audit',
  questionnaires: '/questionnaires',
  boardReports: '/board-reports',
  import: '/import',
} as const;

export type CustomRouteName = keyof typeof CUSTOM_ROUTES;

/**
 * Who may open each signed-in screen, from the user's permissions. App.tsx registers a screen
 * only for them and the
 * accessibility suite visits it as each of them, so a new screen is checked without anyone
 * remembering to add it there.
 */
export const CUSTOM_ROUTE_OPENS: Record<CustomRouteName, (p: Permissions) => boolean> = {
  reallocation: canReallocate,
  // Every report query needs report.read: a referrer has none, and the page only refused.
  reports: (p) => can(p, 'report.read'),
  todo: (p) => can(p, 'todo.read'),
  outbox: (p) => can(p, 'outbox.read'),
  retention: canManageUsers,
  audit: canManageUsers,
  questionnaires: canManageUsers,
  boardReports: (p) => can(p, 'boardReport.read'),
  import: (p) => can(p, 'import.run'),
};

/** Pages anyone may open, signed in or not (outside the layout, before the log-in check). */
export const PUBLIC_ROUTES = {
  accessibility: '/tillganglighet',
} as const;

/** The paths that a resource's list route would also match, ignoring case. */
export function collidingPaths(
  paths: readonly string[],
  resourceNames: readonly string[],
): string[] {
  const taken = new Set(resourceNames.map((name) => `/${name}`.toLowerCase()));
  return paths.filter((path) => taken.has(path.toLowerCase()));
}
