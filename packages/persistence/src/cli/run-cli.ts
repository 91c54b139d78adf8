import { ConfigError } from '../config/database-config.js';
import { type Persistence, openPersistence } from '../db/open-persistence.js';

/** Runs a command with the configured database, prints a clear error and sets the exit code. */
export async function runCli(
  name: string,
  command: (persistence: Persistence, log: (message: string) => void) => Promise<void>,
): Promise<void> {
  const log = (message: string) => process.stdout.write(`[${name}] ${message}\n`);
  let persistence: Persistence | undefined;
  try {
    persistence = await openPersistence({ log });
    log(`Database: ${persistence.describe}`);
    await command(persistence, log);
  } catch (error) {
    const message =
      error instanceof ConfigError
        ? `Configuration error: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`[${name}] failed: ${message}\n`);
    process.exitCode = 1;
  } finally {
    await persistence?.close().catch(() => undefined);
  }
}
