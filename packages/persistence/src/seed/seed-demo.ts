import type { PoolClient } from 'pg';
import type { Persistence } from '../db/open-persistence.js';
import { hashPassword } from '../crypto/password.js';
import { generateAssociation } from '../generate/generate-association.js';
import { createCopySink } from '../generate/row-sink.js';
import { writeCodeLists } from './code-lists.js';
import {
  DEMO_ASSOCIATION_ID,
  DEMO_TEST_TODAY,
  demoAccounts,
  demoAssociationSpec,
} from './demo-association.js';
import { secondDemoAssociationSpec } from './demo-second-association.js';
import { seedDemoSurveys } from './demo-surveys.js';
import { moveDemoExternalUser } from './demo-external-user.js';

/** Whether the demo association is already there. */
export async function isDemoSeeded(persistence: Persistence): Promise<boolean> {
  const rows = await persistence.database.withOwner((tx) =>
    tx.query('SELECT 1 FROM associations WHERE id = $1', [DEMO_ASSOCIATION_ID]),
  );
  return rows.length > 0;
}

export type SeedDemoOptions = {
  /**
   * The day the demo's data runs up to, inclusive (YYYY-MM-DD): the CLI and the gateway
   * pass today's Stockholm date so that the dashboard is never stale; tests leave it out
   * and get {@link DEMO_TEST_TODAY}, so that their figures stay put.
   */
  readonly today?: string;
  readonly log?: (message: string) => void;
};

/**
 * Writes the demo association (Höglandets samordningsförbund) and a second förbund
 * (Södra Vätterbygden, see demo-second-association.ts) in one transaction:
 * all or nothing. Same seed and same day, same data (passwords are hashed with a random salt).
 */
export async function seedDemo(
  persistence: Persistence,
  options: SeedDemoOptions = {},
): Promise<{ participants: number; rows: number }> {
  const log = options.log ?? (() => undefined);
  const spec = (hashes: ReadonlyMap<string, string>) =>
    demoAssociationSpec(hashes, options.today ?? DEMO_TEST_TODAY);
  const hashes = new Map<string, string>();
  for (const account of demoAccounts)
    hashes.set(account.email, await hashPassword(account.password));
  const runner = persistence.database.dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const client = (await runner.connect()) as PoolClient;
    await writeCodeLists((sql, params) => client.query(sql, params as unknown[]));
    const sink = createCopySink(client);
    const demo = spec(hashes);
    const result = await generateAssociation(demo, sink, persistence.pii);
    // The second förbund, whose own projects and goals (Efterstöd: 75 %, 80 %) are not Höglandet's.
    await generateAssociation(
      secondDemoAssociationSpec(options.today ?? DEMO_TEST_TODAY),
      sink,
      persistence.pii,
    );
    await moveDemoExternalUser((sql, params) => client.query(sql, params as unknown[]));
    await seedDemoSurveys(
      (sql, params) => client.query(sql, params as unknown[]),
      DEMO_ASSOCIATION_ID,
      demo.dataUntil,
    );
    await runner.commitTransaction();
    log(`Seeded ${result.participants} participants (${sink.written()} rows).`);
    return { participants: result.participants, rows: sink.written() };
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
