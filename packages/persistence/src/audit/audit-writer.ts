import type { Database, StatementOptions } from '../db/database.js';
import { type AuditEntry, insertAudit } from './audit.repository.js';

type Pending = {
  readonly entry: AuditEntry;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
};

type Queue = { entries: Pending[]; flushing: boolean };

export type AuditWriter = {
  /**
   * Writes the audit row of a read and resolves once it is committed: the caller returns
   * what it read only after that, so no read reaches anyone unlogged. If the write fails,
   * the caller fails too.
   */
  record(associationId: string, entry: AuditEntry): Promise<void>;
  /** Statements written so far and the rows they carried (for tests and benchmarks). */
  readonly stats: () => { readonly statements: number; readonly rows: number };
};

/**
 * Group commit for the audit rows of reads. Reads run as pure reads (no write, nothing to
 * flush at their commit); their audit rows are queued per association and written by one
 * INSERT in one transaction for every read that arrived while the previous write was in
 * flight, so a hundred concurrent reads cost a handful of writes and WAL flushes, not a
 * hundred. Under no load a row is written at once (the next microtask).
 */
export function createAuditWriter(
  database: Database,
  options: StatementOptions & { readonly maxBatch?: number } = {},
): AuditWriter {
  const queues = new Map<string, Queue>();
  const maxBatch = options.maxBatch ?? 500;
  let statements = 0;
  let rows = 0;

  async function flush(associationId: string, queue: Queue): Promise<void> {
    while (queue.entries.length > 0) {
      const batch = queue.entries.splice(0, maxBatch);
      try {
        const written = await database.withTenantStatement(
          associationId,
          (tx) =>
            insertAudit(
              tx,
              associationId,
              batch.map((pending) => pending.entry),
            ),
          options,
        );
        statements += 1;
        rows += written;
        for (const pending of batch) pending.resolve();
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    queue.flushing = false;
    queues.delete(associationId);
  }

  return {
    record(associationId, entry) {
      return new Promise<void>((resolve, reject) => {
        let queue = queues.get(associationId);
        if (!queue) {
          queue = { entries: [], flushing: false };
          queues.set(associationId, queue);
        }
        queue.entries.push({ entry, resolve, reject });
        if (!queue.flushing) {
          queue.flushing = true;
          const started = queue;
          // Reads finishing in the same tick share the first write.
          queueMicrotask(() => void flush(associationId, started));
        }
      });
    },
    stats: () => ({ statements, rows }),
  };
}
