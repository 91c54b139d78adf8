import type { ImportRegister, RegisterMapping } from '@finsam-se/domain';
import type { TenantTx } from '../db/database.js';

export type ImportRunStatus = 'running' | 'done' | 'failed';

/** What one batch created, per kind of record, and how many of its rows were already there. */
export type ImportCounts = {
  readonly participants?: number;
  readonly enrollments?: number;
  readonly referrals?: number;
  readonly placements?: number;
  readonly employers?: number;
  readonly skipped: number;
};

export type ImportRunRecord = {
  readonly id: string;
  readonly register: ImportRegister;
  readonly fileName: string;
  readonly fileSha256: string;
  readonly mapping: RegisterMapping;
  readonly status: ImportRunStatus;
  readonly totalRows: number;
  readonly validRows: number;
  /** Valid rows written so far: where a resumed run goes on. */
  readonly nextIndex: number;
  readonly participantsCreated: number;
  readonly enrollmentsCreated: number;
  readonly referralsCreated: number;
  readonly placementsCreated: number;
  readonly employersCreated: number;
  readonly rowsSkipped: number;
  readonly startedBy: string | null;
  readonly startedAt: string;
  readonly finishedAt: string | null;
};

type RunRow = {
  id: string;
  register: ImportRegister;
  file_name: string;
  file_sha256: string;
  mapping: RegisterMapping;
  status: ImportRunStatus;
  total_rows: number;
  valid_rows: number;
  next_index: number;
  participants_created: number;
  enrollments_created: number;
  referrals_created: number;
  placements_created: number;
  employers_created: number;
  rows_skipped: number;
  started_by: string | null;
  started_at: Date;
  finished_at: Date | null;
};

const COLUMNS = `id, register, file_name, file_sha256, mapping, status, total_rows, valid_rows, next_index,
  participants_created, enrollments_created, referrals_created, placements_created, employers_created, rows_skipped, started_by, started_at, finished_at`;

function toRun(row: RunRow): ImportRunRecord {
  return {
    id: row.id,
    register: row.register,
    fileName: row.file_name,
    fileSha256: row.file_sha256,
    mapping: row.mapping,
    status: row.status,
    totalRows: row.total_rows,
    validRows: row.valid_rows,
    nextIndex: row.next_index,
    participantsCreated: row.participants_created,
    enrollmentsCreated: row.enrollments_created,
    referralsCreated: row.referrals_created,
    placementsCreated: row.placements_created,
    employersCreated: row.employers_created,
    rowsSkipped: row.rows_skipped,
    startedBy: row.started_by,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

/** Saved column mappings and import runs, per association (row-level security). */
export const importStore = {
  async mapping(tx: TenantTx, register: ImportRegister): Promise<RegisterMapping | undefined> {
    const rows = await tx.query<{ mapping: RegisterMapping }>(
      `SELECT mapping FROM import_mappings WHERE association_id = $1 AND register = $2`,
      [tx.associationId, register],
    );
    return rows[0]?.mapping;
  },

  async saveMapping(
    tx: TenantTx,
    register: ImportRegister,
    mapping: RegisterMapping,
    userId: string | null,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO import_mappings (association_id, register, mapping, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (association_id, register) DO UPDATE SET mapping = EXCLUDED.mapping, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [tx.associationId, register, JSON.stringify(mapping), userId],
    );
  },

  /** The unfinished run of this file into this register (running, or failed part-way), to resume. */
  async resumable(
    tx: TenantTx,
    register: ImportRegister,
    fileSha256: string,
  ): Promise<ImportRunRecord | undefined> {
    const rows = await tx.query<RunRow>(
      `SELECT ${COLUMNS} FROM import_runs
       WHERE association_id = $1 AND register = $2 AND file_sha256 = $3 AND status <> 'done'
       ORDER BY started_at DESC LIMIT 1 FOR UPDATE`,
      [tx.associationId, register, fileSha256],
    );
    return rows[0] ? toRun(rows[0]) : undefined;
  },

  async start(
    tx: TenantTx,
    run: {
      register: ImportRegister;
      fileName: string;
      fileSha256: string;
      mapping: RegisterMapping;
      totalRows: number;
      validRows: number;
      startedBy: string | null;
    },
  ): Promise<ImportRunRecord> {
    const rows = await tx.query<RunRow>(
      `INSERT INTO import_runs (association_id, register, file_name, file_sha256, mapping, total_rows, valid_rows, started_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [
        tx.associationId,
        run.register,
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

  async advance(tx: TenantTx, id: string, done: { rows: number } & ImportCounts): Promise<void> {
    await tx.query(
      `UPDATE import_runs SET next_index = next_index + $3, participants_created = participants_created + $4,
         enrollments_created = enrollments_created + $5, referrals_created = referrals_created + $6,
         placements_created = placements_created + $7, employers_created = employers_created + $8,
         rows_skipped = rows_skipped + $9,
         status = CASE WHEN next_index + $3 >= valid_rows THEN 'done' ELSE status END,
         finished_at = CASE WHEN next_index + $3 >= valid_rows THEN now() ELSE finished_at END
       WHERE association_id = $1 AND id = $2`,
      [
        tx.associationId,
        id,
        done.rows,
        done.participants ?? 0,
        done.enrollments ?? 0,
        done.referrals ?? 0,
        done.placements ?? 0,
        done.employers ?? 0,
        done.skipped,
      ],
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

  /** The latest runs, newest first; of one register when it is given (the panel's choice). */
  async recent(
    tx: TenantTx,
    limit = 20,
    register: ImportRegister | null = null,
  ): Promise<ImportRunRecord[]> {
    const rows = await tx.query<RunRow>(
      `SELECT ${COLUMNS} FROM import_runs WHERE association_id = $1 AND ($3::text IS NULL OR register = $3)
       ORDER BY started_at DESC, id LIMIT $2`,
      [tx.associationId, limit, register],
    );
    return rows.map(toRun);
  },
};
