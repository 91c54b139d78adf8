import { createHash } from 'node:crypto';
import type { TenantTx } from '../db/database.js';
import { insertAudit } from '../audit/audit.repository.js';

export type BoardReportPeriod = 'T1' | 'T2' | 'ANNUAL';

/** A stored board report without its bytes (what the panel lists). */
export type BoardReportRecord = {
  readonly id: string;
  readonly sourceAssociationId: string;
  readonly projectId: string;
  readonly projectName: string;
  readonly year: number;
  readonly period: BoardReportPeriod;
  readonly producedBy: string;
  readonly producedByName: string;
  readonly producedAt: string;
  readonly sha256: string;
  readonly byteLength: number;
};

export type StoreBoardReport = {
  readonly sourceAssociationId: string;
  readonly projectId: string;
  readonly projectName: string;
  readonly year: number;
  readonly period: BoardReportPeriod;
  readonly producedBy: string;
  readonly producedByName: string;
  readonly role: string;
  readonly requestId: string | null;
  readonly pdf: Uint8Array;
};

type Row = {
  id: string;
  source_association_id: string;
  project_id: string;
  project_name: string;
  year: number;
  period: BoardReportPeriod;
  produced_by: string;
  produced_by_name: string;
  produced_at: Date;
  sha256: string;
  byte_length: number;
};

const COLUMNS = `id, source_association_id, project_id, project_name, year, period, produced_by,
  produced_by_name, produced_at, sha256, byte_length`;

const recordOf = (row: Row): BoardReportRecord => ({
  id: row.id,
  sourceAssociationId: row.source_association_id,
  projectId: row.project_id,
  projectName: row.project_name,
  year: row.year,
  period: row.period,
  producedBy: row.produced_by,
  producedByName: row.produced_by_name,
  producedAt: row.produced_at.toISOString(),
  sha256: row.sha256,
  byteLength: row.byte_length,
});

/** The hex SHA-256 of a document's bytes (stored beside them, shown in the panel). */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Produced board reports: insert and read only (the table has no UPDATE or DELETE grant
 * and a trigger refuses both), each insert with its audit row in the same transaction.
 */
export const boardReportRepository = {
  async store(tx: TenantTx, report: StoreBoardReport): Promise<BoardReportRecord> {
    const [row] = await tx.query<Row>(
      `INSERT INTO board_reports (association_id, source_association_id, project_id, project_name,
         year, period, produced_by, produced_by_name, sha256, byte_length, pdf)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       RETURNING ${COLUMNS}`,
      [
        tx.associationId,
        report.sourceAssociationId,
        report.projectId,
        report.projectName,
        report.year,
        report.period,
        report.producedBy,
        report.producedByName,
        sha256Of(report.pdf),
        report.pdf.byteLength,
        Buffer.from(report.pdf),
      ],
    );
    if (!row) throw new Error('board report insert returned no row');
    await insertAudit(tx, tx.associationId, [
      {
        userId: report.producedBy,
        role: report.role,
        action: 'create',
        entity: 'board_report',
        entityIds: [row.id],
        requestId: report.requestId,
        detail: {
          projectId: report.projectId,
          year: report.year,
          period: report.period,
          sourceAssociationId: report.sourceAssociationId,
        },
      },
    ]);
    return recordOf(row);
  },

  /** Newest first; a project's only when `projectId` is given. */
  async list(
    tx: TenantTx,
    query: { projectId?: string; limit: number },
  ): Promise<BoardReportRecord[]> {
    const rows = await tx.query<Row>(
      `SELECT ${COLUMNS} FROM board_reports
       WHERE association_id = $1 AND ($2::uuid IS NULL OR project_id = $2)
       ORDER BY produced_at DESC, id LIMIT $3`,
      [tx.associationId, query.projectId ?? null, query.limit],
    );
    return rows.map(recordOf);
  },

  /** The stored bytes exactly as produced, or undefined. */
  async pdf(
    tx: TenantTx,
    id: string,
  ): Promise<{ record: BoardReportRecord; pdf: Buffer } | undefined> {
    const [row] = await tx.query<Row & { pdf: Buffer }>(
      `SELECT ${COLUMNS}, pdf FROM board_reports WHERE association_id = $1 AND id = $2`,
      [tx.associationId, id],
    );
    return row ? { record: recordOf(row), pdf: row.pdf } : undefined;
  },
};
