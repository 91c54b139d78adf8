import { DEMO_ASSOCIATION_ID, demoAccounts } from './demo-association.js';
import { SECOND_DEMO_ASSOCIATION_ID } from './demo-second-association.js';

type Query = (sql: string, params: readonly unknown[]) => Promise<{ rowCount: number | null }>;

/**
 * The demo's `external` account belongs to the second förbund, Södra Vätterbygden: another
 * förbund reading Höglandet's published (suppressed) figures and its own over GraphQL
 * (issue 17). It is generated with Höglandet's demo accounts, so that the generator's random
 * sequence (and with it every figure of the demo) stays as it was, and moved here, in the
 * seed's transaction, before anything can refer to it.
 */
export async function moveDemoExternalUser(query: Query): Promise<void> {
  const external = demoAccounts.find((account) => account.role === 'external');
  if (!external) return;
  const moved = await query(
    'UPDATE users SET association_id = $1 WHERE association_id = $2 AND email = $3',
    [SECOND_DEMO_ASSOCIATION_ID, DEMO_ASSOCIATION_ID, external.email],
  );
  if (moved.rowCount !== 1) throw new Error('The demo external user was not seeded.');
}
