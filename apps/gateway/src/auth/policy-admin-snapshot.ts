import { roles } from '@finsam-se/domain';
import { ACTIONS, scopeOf } from './policy-table.js';

/** Where the admin keeps its generated copy, relative to the repository root. */
export const ADMIN_SNAPSHOT = 'apps/admin/src/auth/policy.generated.ts';

/**
 * The policy as TypeScript for the admin: the action names (a type, so an admin check of
 * an action that does not exist fails its typecheck) and each role's permissions, which
 * only offline tools use (the accessibility statement lists each role's pages). At run
 * time the panel reads the signed-in user's own from `me { permissions }`.
 */
export function adminSnapshot(): string {
  const byRole = roles.map((role) => {
    const rows = ACTIONS.flatMap((action) => {
      const scope = scopeOf(role, action);
      return scope === 'none'
        ? []
        : [`    { action: '${action}', scope: '${scope.toUpperCase()}' },`];
    });
    return [`  ${role.toUpperCase()}: [`, ...rows, '  ],'].join('\n');
  });
  return [
    '// Generated from apps/gateway/src/auth/policy-table.ts by `npm run docs:policy -w @finsam-se/gateway`;',
    '// do not edit by hand (apps/gateway/src/auth/policy-docs.test.ts fails when it is stale).',
    '',
    "/** Every action of the gateway's access policy. */",
    'export const POLICY_ACTIONS = [',
    ...ACTIONS.map((action) => `  '${action}',`),
    '] as const;',
    'export type PolicyAction = (typeof POLICY_ACTIONS)[number];',
    '',
    "/** Each role's permissions, for offline tools only: the panel uses `me { permissions }`. */",
    'export const ROLE_PERMISSIONS = {',
    ...byRole,
    '} as const;',
    '',
  ].join('\n');
}
