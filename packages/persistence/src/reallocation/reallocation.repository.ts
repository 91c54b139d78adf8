import {
  Fte,
  LocalDate,
  type Post,
  type Reallocation,
  reallocationChangeSet,
} from '@finsam-se/domain';
import { PersistenceError } from '../db/database-error.js';
import type { TenantTx } from '../db/database.js';
import { filter, resourceQueries } from '../db/resource-query.js';

type PostRow = {
  association_id: string;
  id: string;
  project_id: string;
  municipality_id: string;
  fte: number;
  starts_on: string;
  ends_on: string;
  reallocation_id: string | null;
};

const POST_COLUMNS = `association_id, id, project_id, municipality_id, slot, fte,
  to_char(lower(period), 'YYYY-MM-DD') AS starts_on, to_char(upper(period), 'YYYY-MM-DD') AS ends_on, reallocation_id`;

export function toPost(row: PostRow): Post {
  return {
    associationId: row.association_id,
    id: row.id,
    projectId: row.project_id,
    municipalityId: row.municipality_id,
    fte: Fte.ofHundredths(row.fte),
    period: { start: LocalDate.from(row.starts_on), end: LocalDate.from(row.ends_on) },
    reallocationId: row.reallocation_id,
  };
}

type ReallocationRow = {
  association_id: string;
  id: string;
  project_id: string;
  effective_from: string;
  reason: string;
  method: string | null;
  decided_by: string;
  decided_at: Date;
  based_on_version: number;
  decision_mode: 'DELEGATED' | 'BOARD_APPROVAL' | null;
  delegation_reference: string | null;
  proposed_by: string | null;
  proposal_id: string | null;
  lines: { municipality_id: string; fte_before: number; fte_after: number }[];
};

export type ReallocationRecord = Reallocation & {
  readonly method: string | null;
  /** Null for decisions made before the setting existed. */
  readonly decisionMode: 'DELEGATED' | 'BOARD_APPROVAL' | null;
  /** The board's delegation the steering group decided under (DELEGATED). */
  readonly delegationReference: string | null;
  /** Who proposed, when the board decided on a proposal (BOARD_APPROVAL). */
  readonly proposedBy: string | null;
  readonly proposalId: string | null;
};

function toReallocation(row: ReallocationRow): ReallocationRecord {
  return {
    associationId: row.association_id,
    id: row.id,
    projectId: row.project_id,
    effectiveFrom: LocalDate.from(row.effective_from),
    reason: row.reason,
    method: row.method,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at.toISOString(),
    basedOnVersion: row.based_on_version,
    decisionMode: row.decision_mode,
    delegationReference: row.delegation_reference,
    proposedBy: row.proposed_by,
    proposalId: row.proposal_id,
    lines: row.lines.map((line) => ({
      municipalityId: line.municipality_id,
      fteBefore: Fte.ofHundredths(line.fte_before),
      fteAfter: Fte.ofHundredths(line.fte_after),
    })),
  };
}

const REALLOCATION_COLUMNS = `
  t.association_id, t.id, t.project_id, to_char(t.effective_from, 'YYYY-MM-DD') AS effective_from,
  t.reason, t.method, t.decided_by, t.decided_at, t.based_on_version,
  t.decision_mode, t.delegation_reference, t.proposed_by, t.proposal_id,
  coalesce((SELECT json_agg(json_build_object('municipality_id', l.municipality_id,
           'fte_before', l.fte_before, 'fte_after', l.fte_after) ORDER BY l.municipality_id)
           FROM reallocation_lines l
           WHERE l.association_id = t.association_id AND l.reallocation_id = t.id), '[]') AS lines`;
const REALLOCATION_SELECT = `SELECT ${REALLOCATION_COLUMNS} FROM reallocations t`;

/** The decision history as react-admin lists it (gateway: the `Reallocation` declaration). */
export const reallocations = resourceQueries({
  from: 'FROM reallocations t',
  select: REALLOCATION_COLUMNS,
  map: toReallocation,
  filters: { ids: filter.ids(), projectId: filter.equals('t.project_id') },
  sort: { decidedAt: 't.decided_at' },
  defaultSort: 'decidedAt',
});

export type DecideReallocationCommand = {
  readonly projectId: string;
  readonly effectiveFrom: LocalDate;
  readonly reason: string;
  readonly method: string | null;
  readonly decidedBy: string;
  readonly expectedVersion: number;
  readonly idempotencyKey: string;
  readonly lines: readonly { municipalityId: string; fte: Fte }[];
  readonly decisionMode?: 'DELEGATED' | 'BOARD_APPROVAL';
  readonly delegationReference?: string | null;
  readonly proposedBy?: string | null;
  readonly proposalId?: string | null;
};

/** Posts (the allocation over time) and the reallocation decisions that change them. */
export const allocationRepository = {
  /** Every post of a project; which are in force on a day is domain's `allocationOn`. */
  async postsOfProject(tx: TenantTx, projectId: string): Promise<Post[]> {
    const rows = await tx.query<PostRow>(
      `SELECT ${POST_COLUMNS} FROM posts WHERE association_id = $1 AND project_id = $2
       ORDER BY municipality_id, lower(period), slot`,
      [tx.associationId, projectId],
    );
    return rows.map(toPost);
  },

  async allocationVersion(tx: TenantTx, projectId: string): Promise<number | undefined> {
    const rows = await tx.query<{ allocation_version: number }>(
      `SELECT allocation_version FROM projects WHERE association_id = $1 AND id = $2`,
      [tx.associationId, projectId],
    );
    return rows[0]?.allocation_version;
  },

  async findReallocation(tx: TenantTx, id: string): Promise<ReallocationRecord | undefined> {
    const rows = await tx.query<ReallocationRow>(
      `${REALLOCATION_SELECT} WHERE t.association_id = $1 AND t.id = $2`,
      [tx.associationId, id],
    );
    return rows[0] ? toReallocation(rows[0]) : undefined;
  },

  async findByIdempotencyKey(tx: TenantTx, key: string): Promise<ReallocationRecord | undefined> {
    const rows = await tx.query<ReallocationRow>(
      `${REALLOCATION_SELECT} WHERE t.association_id = $1 AND t.idempotency_key = $2`,
      [tx.associationId, key],
    );
    return rows[0] ? toReallocation(rows[0]) : undefined;
  },

  /**
   * Writes the next allocation and the decision in the caller's transaction. The
   * project's allocation version is the lock: `UPDATE … WHERE allocation_version = $n`
   * lets exactly one of two concurrent deciders through; the other gets CONFLICT and
   * writes nothing (its transaction rolls back).
   */
  async decide(tx: TenantTx, command: DecideReallocationCommand): Promise<ReallocationRecord> {
    const bumped = await tx.query<{ ends_on: string }>(
      `UPDATE projects SET allocation_version = allocation_version + 1
       WHERE association_id = $1 AND id = $2 AND allocation_version = $3
       RETURNING to_char(ends_on, 'YYYY-MM-DD') AS ends_on`,
      [tx.associationId, command.projectId, command.expectedVersion],
    );
    const project = bumped[0];
    if (!project) {
      const version = await allocationRepository.allocationVersion(tx, command.projectId);
      throw version === undefined
        ? new PersistenceError('NOT_FOUND', 'No such project')
        : new PersistenceError('CONFLICT', `The allocation is at version ${version}`);
    }
    // The rule decides (domain `reallocationChangeSet`); this only writes what it decided.
    const changes = reallocationChangeSet({
      posts: await allocationRepository.postsOfProject(tx, command.projectId),
      lines: command.lines,
      effectiveFrom: command.effectiveFrom,
      projectEnd: LocalDate.from(project.ends_on),
    });
    if (!changes.ok) {
      throw new PersistenceError(
        'CONFLICT',
        'An allocation already starts on or after that date',
        'effective_from',
      );
    }
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO reallocations (association_id, project_id, effective_from, reason, method, decided_by, based_on_version, idempotency_key,
         decision_mode, delegation_reference, proposed_by, proposal_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        tx.associationId,
        command.projectId,
        command.effectiveFrom,
        command.reason,
        command.method,
        command.decidedBy,
        command.expectedVersion,
        command.idempotencyKey,
        command.decisionMode ?? null,
        command.delegationReference ?? null,
        command.proposedBy ?? null,
        command.proposalId ?? null,
      ],
    );
    const reallocationId = inserted[0]?.id;
    if (!reallocationId) throw new PersistenceError('CONSTRAINT', 'Insert returned nothing');

    for (const line of changes.value.lines) {
      await tx.query(
        `INSERT INTO reallocation_lines (association_id, reallocation_id, municipality_id, fte_before, fte_after)
         VALUES ($1, $2, $3, $4, $5)`,
        [tx.associationId, reallocationId, line.municipalityId, line.fteBefore, line.fteAfter],
      );
    }
    for (const close of changes.value.close) {
      await tx.query(
        `UPDATE posts SET period = daterange(lower(period), $3::date, '[)') WHERE association_id = $1 AND id = $2`,
        [tx.associationId, close.postId, close.end],
      );
    }
    for (const open of changes.value.open) {
      await tx.query(
        `INSERT INTO posts (association_id, project_id, municipality_id, slot, fte, period, reallocation_id)
         VALUES ($1, $2, $3, $4, $5, daterange($6::date, $7::date, '[)'), $8)`,
        [
          tx.associationId,
          command.projectId,
          open.municipalityId,
          open.slot,
          open.fte,
          open.period.start,
          open.period.end,
          reallocationId,
        ],
      );
    }
    const record = await allocationRepository.findReallocation(tx, reallocationId);
    if (!record) throw new PersistenceError('NOT_FOUND', 'The decision vanished');
    return record;
  },
};
