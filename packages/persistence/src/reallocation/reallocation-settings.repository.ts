import { Fte, LocalDate } from '@finsam-se/domain';
import type { TenantTx } from '../db/database.js';
import type {
  ReallocationBoundEntity,
  ReallocationProposalEntity,
  ReallocationProposalLineEntity,
  ReallocationSettingsEntity,
} from '../db/entities.js';
import type { Narrowed, RowOf } from '../db/row-of.js';

export type DecisionModeValue = 'DELEGATED' | 'BOARD_APPROVAL';

export type FteBoundRecord = {
  readonly municipalityId: string;
  /** Null: the default, one step of the plan. */
  readonly min: Fte | null;
  readonly max: Fte | null;
};

/** A project's reallocation rules; the defaults when nothing has been saved. */
export type ReallocationSettingsRecord = {
  readonly projectId: string;
  readonly decisionMode: DecisionModeValue;
  readonly delegationReference: string | null;
  readonly bounds: readonly FteBoundRecord[];
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
};

export type SaveReallocationSettings = {
  readonly projectId: string;
  readonly decisionMode: DecisionModeValue;
  readonly delegationReference: string | null;
  readonly bounds: readonly FteBoundRecord[];
  readonly updatedBy: string;
};

export type ProposalStatusValue = 'PENDING' | 'APPROVED' | 'REJECTED';

export type ReallocationProposalRecord = {
  readonly id: string;
  readonly projectId: string;
  readonly effectiveFrom: LocalDate;
  readonly reason: string;
  readonly method: string | null;
  readonly basedOnVersion: number;
  readonly proposedBy: string;
  readonly proposedAt: string;
  readonly status: ProposalStatusValue;
  readonly reviewedBy: string | null;
  readonly reviewedAt: string | null;
  readonly reviewNote: string | null;
  readonly reallocationId: string | null;
  readonly lines: readonly { municipalityId: string; fte: Fte }[];
};

export type CreateProposalCommand = {
  readonly projectId: string;
  readonly effectiveFrom: LocalDate;
  readonly reason: string;
  readonly method: string | null;
  readonly basedOnVersion: number;
  readonly proposedBy: string;
  readonly idempotencyKey: string;
  readonly lines: readonly { municipalityId: string; fte: Fte }[];
};

type ProposalRow = Narrowed<
  RowOf<
    ReallocationProposalEntity,
    | 'id'
    | 'projectId'
    | 'effectiveFrom'
    | 'reason'
    | 'method'
    | 'basedOnVersion'
    | 'proposedBy'
    | 'proposedAt'
    | 'status'
    | 'reviewedBy'
    | 'reviewedAt'
    | 'reviewNote'
    | 'reallocationId'
  >,
  { status: ProposalStatusValue }
> & { lines: RowOf<ReallocationProposalLineEntity, 'municipalityId' | 'fteAfter'>[] };

const PROPOSAL_SELECT = `
  SELECT p.id, p.project_id, to_char(p.effective_from, 'YYYY-MM-DD') AS effective_from, p.reason,
         p.method, p.based_on_version, p.proposed_by, p.proposed_at, p.status, p.reviewed_by,
         p.reviewed_at, p.review_note, p.reallocation_id,
         coalesce((SELECT json_agg(json_build_object('municipality_id', l.municipality_id,
                  'fte_after', l.fte_after) ORDER BY l.municipality_id)
                  FROM reallocation_proposal_lines l
                  WHERE l.association_id = p.association_id AND l.proposal_id = p.id), '[]') AS lines
  FROM reallocation_proposals p`;

function toProposal(row: ProposalRow): ReallocationProposalRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    effectiveFrom: LocalDate.from(row.effective_from),
    reason: row.reason,
    method: row.method,
    basedOnVersion: row.based_on_version,
    proposedBy: row.proposed_by,
    proposedAt: row.proposed_at.toISOString(),
    status: row.status,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at?.toISOString() ?? null,
    reviewNote: row.review_note,
    reallocationId: row.reallocation_id,
    lines: row.lines.map((l) => ({
      municipalityId: l.municipality_id,
      fte: Fte.ofHundredths(l.fte_after),
    })),
  };
}

/** A project's reallocation settings (who decides, min/max FTE) and the board's proposals. */
export const reallocationSettingsRepository = {
  async findByProjectId(tx: TenantTx, projectId: string): Promise<ReallocationSettingsRecord> {
    // Both reads issued together: one round trip.
    const [[settings], bounds] = await Promise.all([
      tx.query<
        Narrowed<
          RowOf<
            ReallocationSettingsEntity,
            'decisionMode' | 'delegationReference' | 'updatedBy' | 'updatedAt'
          >,
          { decision_mode: DecisionModeValue }
        >
      >(
        `SELECT decision_mode, delegation_reference, updated_by, updated_at FROM reallocation_settings
       WHERE association_id = $1 AND project_id = $2`,
        [tx.associationId, projectId],
      ),
      tx.query<RowOf<ReallocationBoundEntity, 'municipalityId' | 'minFte' | 'maxFte'>>(
        `SELECT municipality_id, min_fte, max_fte FROM reallocation_bounds
       WHERE association_id = $1 AND project_id = $2 ORDER BY municipality_id`,
        [tx.associationId, projectId],
      ),
    ]);
    return {
      projectId,
      decisionMode: settings?.decision_mode ?? 'DELEGATED',
      delegationReference: settings?.delegation_reference ?? null,
      bounds: bounds.map((b) => ({
        municipalityId: b.municipality_id,
        min: b.min_fte === null ? null : Fte.ofHundredths(b.min_fte),
        max: b.max_fte === null ? null : Fte.ofHundredths(b.max_fte),
      })),
      updatedBy: settings?.updated_by ?? null,
      updatedAt: settings?.updated_at.toISOString() ?? null,
    };
  },

  /** Replaces the settings and every bound of the project, in the caller's transaction. */
  async save(tx: TenantTx, command: SaveReallocationSettings): Promise<ReallocationSettingsRecord> {
    // The default (DELEGATED, no reference recorded yet) is no row: a row exists once
    // someone has recorded who decides, and then it is complete (the table's CHECK).
    const isDefault = command.decisionMode === 'DELEGATED' && command.delegationReference === null;
    if (!isDefault)
      await tx.query(
        `INSERT INTO reallocation_settings (association_id, project_id, decision_mode, delegation_reference, updated_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (association_id, project_id) DO UPDATE SET decision_mode = EXCLUDED.decision_mode,
         delegation_reference = EXCLUDED.delegation_reference, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [
          tx.associationId,
          command.projectId,
          command.decisionMode,
          command.delegationReference,
          command.updatedBy,
        ],
      );
    await tx.query(
      `DELETE FROM reallocation_bounds WHERE association_id = $1 AND project_id = $2`,
      [tx.associationId, command.projectId],
    );
    for (const bound of command.bounds) {
      if (bound.min === null && bound.max === null) continue;
      await tx.query(
        `INSERT INTO reallocation_bounds (association_id, project_id, municipality_id, min_fte, max_fte)
         VALUES ($1, $2, $3, $4, $5)`,
        [tx.associationId, command.projectId, bound.municipalityId, bound.min, bound.max],
      );
    }
    return reallocationSettingsRepository.findByProjectId(tx, command.projectId);
  },

  async createProposal(
    tx: TenantTx,
    command: CreateProposalCommand,
  ): Promise<ReallocationProposalRecord> {
    const [inserted] = await tx.query<{ id: string }>(
      `INSERT INTO reallocation_proposals (association_id, project_id, effective_from, reason, method, based_on_version, proposed_by, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        tx.associationId,
        command.projectId,
        command.effectiveFrom,
        command.reason,
        command.method,
        command.basedOnVersion,
        command.proposedBy,
        command.idempotencyKey,
      ],
    );
    const id = inserted?.id ?? '';
    for (const line of command.lines) {
      await tx.query(
        `INSERT INTO reallocation_proposal_lines (association_id, proposal_id, municipality_id, fte_after)
         VALUES ($1, $2, $3, $4)`,
        [tx.associationId, id, line.municipalityId, line.fte],
      );
    }
    const record = await reallocationSettingsRepository.findProposal(tx, id);
    if (!record) throw new Error('The proposal vanished');
    return record;
  },

  /** One proposal; `lock` takes a row lock so two reviews cannot both pass. */
  async findProposal(
    tx: TenantTx,
    id: string,
    options: { readonly lock?: boolean } = {},
  ): Promise<ReallocationProposalRecord | undefined> {
    if (options.lock) {
      await tx.query(
        `SELECT 1 FROM reallocation_proposals WHERE association_id = $1 AND id = $2 FOR UPDATE`,
        [tx.associationId, id],
      );
    }
    const rows = await tx.query<ProposalRow>(
      `${PROPOSAL_SELECT} WHERE p.association_id = $1 AND p.id = $2`,
      [tx.associationId, id],
    );
    return rows[0] ? toProposal(rows[0]) : undefined;
  },

  async findProposalByIdempotencyKey(
    tx: TenantTx,
    key: string,
  ): Promise<ReallocationProposalRecord | undefined> {
    const rows = await tx.query<ProposalRow>(
      `${PROPOSAL_SELECT} WHERE p.association_id = $1 AND p.idempotency_key = $2`,
      [tx.associationId, key],
    );
    return rows[0] ? toProposal(rows[0]) : undefined;
  },

  /** Newest first; at most `limit`. */
  async listProposals(
    tx: TenantTx,
    query: { readonly projectId: string; readonly status?: ProposalStatusValue; limit: number },
  ): Promise<ReallocationProposalRecord[]> {
    const params: unknown[] = [tx.associationId, query.projectId, query.limit];
    let status = '';
    if (query.status) {
      params.push(query.status);
      status = 'AND p.status = $4';
    }
    const rows = await tx.query<ProposalRow>(
      `${PROPOSAL_SELECT} WHERE p.association_id = $1 AND p.project_id = $2 ${status}
       ORDER BY p.proposed_at DESC, p.id LIMIT $3`,
      params,
    );
    return rows.map(toProposal);
  },

  async markReviewed(
    tx: TenantTx,
    review: {
      readonly id: string;
      readonly status: 'APPROVED' | 'REJECTED';
      readonly reviewedBy: string;
      readonly note: string | null;
      readonly reallocationId: string | null;
    },
  ): Promise<void> {
    await tx.query(
      `UPDATE reallocation_proposals SET status = $3, reviewed_by = $4, reviewed_at = now(), review_note = $5, reallocation_id = $6
       WHERE association_id = $1 AND id = $2 AND status = 'PENDING'`,
      [
        tx.associationId,
        review.id,
        review.status,
        review.reviewedBy,
        review.note,
        review.reallocationId,
      ],
    );
  },
};
