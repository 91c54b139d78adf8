// The paths of the panel's own screens. React Router matches paths case-insensitively, so a
// screen must never share its path with a resource: `/reallocation` once hid the resource
// `Reallocation` (the decision list) behind the reallocation screen (issue 15, item 7).
export const CUSTOM_ROUTES = {
  reallocation: '/omfordelning',
  reports: '/reports',
  retention: '/retention',
  audit: '/audit',
  questionnaires: '/questionnaires',
} as const;

/** The paths that a resource's list route would also match, ignoring case. */
export function collidingPaths(
  paths: readonly string[],
  resourceNames: readonly string[],
): string[] {
  const taken = new Set(resourceNames.map((name) => `/${name}`.toLowerCase()));
  return paths.filter((path) => taken.has(path.toLowerCase()));
}
