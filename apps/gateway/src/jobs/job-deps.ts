import type { Database, PiiCipher } from '@finsam-se/persistence';
import type { Logger } from '../logging/logger.js';
import type { Mailer } from '../mail/mailer.js';

/** What every job needs; the clock is injectable so tests can say what "today" is. */
export type JobDeps = {
  readonly database: Database;
  readonly pii: PiiCipher;
  readonly mailer: Mailer;
  readonly log: Logger;
  readonly now: () => Date;
  /** The panel's address, for links in mail (`PUBLIC_URL`). */
  readonly publicUrl: string;
  /** Attempts before a message shows as failed (each retry waits longer: the queue's backoff). */
  readonly mailAttempts: number;
};

/** The state a new message starts in: sent by the mail job, or only kept in the outbox. */
export const initialState = (deps: JobDeps): 'pending' | 'held' =>
  deps.mailer.mode === 'smtp' ? 'pending' : 'held';

/** Payload fields are checked: a job added by hand with a bad payload fails with a clear error. */
export function payloadString(payload: unknown, field: string): string {
  const value =
    typeof payload === 'object' && payload !== null
      ? (payload as Record<string, unknown>)[field]
      : undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > 200)
    throw new Error(`job payload: ${field} missing`);
  return value;
}
