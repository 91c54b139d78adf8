import type { ImportMapping } from '@finsam-se/domain';
import type { TenantTx } from '../db/database.js';

export type ImportRunStatus = 'running' | 'done' | 'failed';

export type ImportRunRecord = {
  readonly id: string;
  readonly fileName: string;
  readonly fileSha256: string;
  readonly mapping: ImportMapping;
  readonly status: ImportRunStatus;
  readonly totalRows: number;
  readonly validRows: number;
  /** Valid rows written so far: where a resumed run goes on. */
  readonly nextIndex: number;
  readonly participantsCreated: number;
  readonly enrollmentsCreated: number;
  readonly rowsSkipped: number;
  readonly startedBy: string | null;
  readonly startedAt: string;
  readonly finishedAt: string | null;
};

type RunRow = {
  id: string;
  file_name: string;
  file_sha256: string;
  mapping: ImportMapping;
  status: ImportRunStatus;
  total_rows: number;
  valid_rows: number;
  next_index: number;
  participants_created: number;
  enrollments_created: number;
  rows_skipped: number;
  started_by: string | null;
  started_at: Date;
  finished_at: Date | null;
};

const COLUMNS = `id, file_name, file_sha256, mapping, status, total_rows, valid_rows, next_index,
  participants_created, enrollments_created, rows_skipped, started_by, started_at, finished_at`;

function toRun(row: RunRow): ImportRunRecord {
  return {
    id: row.id,
    fileName: row.file_name,
    fileSha256: row.file_sha256,
    mapping: row.mapping,
    status: row.status,
    totalRows: row.total_rows,
    validRows: row.valid_rows,
    nextIndex: row.next_index,
    participantsCreated: row.participants_created,
    enrollmentsCreated: row.enrollments_created,
    rowsSkipped: row.rows_skipped,
    startedBy: row.started_by,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

/** Saved column mappings and import runs, per association (row-level security). */
export const importStore = {
  async mapping(tx: TenantTx): Promise<Partial<ImportMapping> | undefined> {
    const rows = await tx.query<{ mapping: Partial<ImportMapping> }>(
      `SELECT mapping FROM import_mappings WHERE association_id = $1 AND kind = 'participants'`,
      [tx.associationId],
    );
    return rows[0]?.mapping;
  },

  async saveMapping(tx: TenantTx, mapping: ImportMapping, userId: string | null): Promise<void> {
    await tx.query(
      `INSERT INTO import_mappings (association_id, kind, mapping, updated_by) VALUES ($1, 'participants', $2, $3)
       ON CONFLICT (association_id, kind) DO UPDATE SET mapping = EXCLUDED.mapping, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [tx.associationId, JSON.stringify(mapping), userId],
    );
  },

  /** The unfinished run of this file (running, or failed part-way), to resume; else undefined. */
  async resumable(tx: TenantTx, fileSha256: string): Promise<ImportRunRecord | undefined> {
    const rows = await tx.query<RunRow>(
      `SELECT ${COLUMNS} FROM import_runs
       WHERE association_id = $1 AND file_sha256 = $2 AND status <> 'done'
       ORDER BY started_at DESC LIMIT 1 FOR UPDATE`,
      [tx.associationId, fileSha256],
    );
    return rows[0] ? toRun(rows[0]) : undefined;
  },

  async start(
    tx: TenantTx,
    run: {
      fileName: string;
      fileSha256: string;
      mapping: ImportMapping;
      totalRows: number;
      validRows: number;
      startedBy: string | null;
    },
  ): Promise<ImportRunRecord> {
    const rows = await tx.query<RunRow>(
      `INSERT INTO import_runs (association_id, kind, file_name, file_sha256, mapping, total_rows, valid_rows, started_by)
       VALUES ($1, 'participants', $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [
        tx.associationId,
        run.fileName,
        run.fileSha256,
        JSON.stringify(run.mapping),
        run.totalRows,
        run.validRows,
        run.startedBy,
      ],
    );
    return toRun(rows[0] as RunRow);
  },

  /** Takes a failed run up again; a run that is already running stays as it is. */
  async reopen(tx: TenantTx, id: string): Promise<void> {
    await tx.query(
      `UPDATE import_runs SET status = 'running', finished_at = NULL
       WHERE association_id = $1 AND id = $2 AND status = 'failed'`,
      [tx.associationId, id],
    );
  },

  /** The run, locked for this transaction: one batch of a run at a time. */
  async lock(tx: TenantTx, id: string): Promise<ImportRunRecord | undefined> {
    const rows = await tx.query<RunRow>(
      `SELECT ${COLUMNS} FROM import_runs WHERE association_id = $1 AND id = $2 FOR UPDATE`,
      [tx.associationId, id],
    );
    return rows[0] ? toRun(rows[0]) : undefined;
  },

  async advance(
    tx: TenantTx,
    id: string,
    done: { rows: number; participants: number; enrollments: number; skipped: number },
  ): Promise<void> {
    await tx.query(
      `UPDATE import_runs SET next_index = next_index + $3, participants_created = participants_created + $4,
         enrollments_created = enrollments_created + $5, rows_skipped = rows_skipped + $6,
         status = CASE WHEN next_index + $3 >= valid_rows THEN 'done' ELSE status END,
         finished_at = CASE WHEN next_index + $3 >= valid_rows THEN now() ELSE finished_at END
       WHERE association_id = $1 AND id = $2`,
      [tx.associationId, id, done.rows, done.participants, done.enrollments, done.skipped],
    );
  },

  async fail(tx: TenantTx, id: string): Promise<void> {
    await tx.query(
      `UPDATE import_runs SET status = 'failed', finished_at = now()
       WHERE association_id = $1 AND id = $2 AND status = 'running'`,
      [tx.associationId, id],
    );
  },

  async find(tx: TenantTx, id: string): Promise<ImportRunRecord | undefined> {
    const rows = await tx.query<RunRow>(
      `SELECT ${COLUMNS} FROM import_runs WHERE association_id = $1 AND id = $2`,
      [tx.associationId, id],
    );
    return rows[0] ? toRun(rows[0]) : undefined;
  },

  async recent(tx: TenantTx, limit = 20): Promise<ImportRunRecord[]> {
    const rows = await tx.query<RunRow>(
      `SELECT ${COLUMNS} FROM import_runs WHERE association_id = $1 ORDER BY started_at DESC, id LIMIT $2`,
      [tx.associationId, limit],
    );
    return rows.map(toRun);
  },
};
