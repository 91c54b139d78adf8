import type { Database, StatementOptions } from '../db/database.js';
import { AUDIT_IDS_PER_ROW, type AuditEntry } from './audit.repository.js';

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

const INSERT = `INSERT INTO audit_log (association_id, user_id, role, action, entity, entity_ids, request_id, detail)
  SELECT $1, r.user_id, r.role, r.action, r.entity, r.entity_ids, r.request_id, r.detail
  FROM jsonb_to_recordset($2::jsonb)
    AS r(user_id uuid, role text, action text, entity text, entity_ids uuid[], request_id text, detail jsonb)`;

/** One audit row per action, split where an action touched more ids than a row holds. */
function rowsOf(entry: AuditEntry) {
  const chunks: (readonly string[])[] = [];
  for (let i = 0; i < entry.entityIds.length; i += AUDIT_IDS_PER_ROW)
    chunks.push(entry.entityIds.slice(i, i + AUDIT_IDS_PER_ROW));
  if (chunks.length === 0) chunks.push([]);
  return chunks.map((ids) => ({
    user_id: entry.userId,
    role: entry.role,
    action: entry.action,
    entity: entry.entity,
    entity_ids: ids,
    request_id: entry.requestId,
    detail: entry.detail ?? {},
  }));
}

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
      const records = batch.flatMap((pending) => rowsOf(pending.entry));
      try {
        await database.withTenantStatement(
          associationId,
          (tx) => tx.query(INSERT, [associationId, JSON.stringify(records)]),
          options.commit ? { commit: options.commit } : {},
        );
        statements += 1;
        rows += records.length;
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
