import { ASSOCIATION_TIME_ZONE } from '@finsam-se/domain';
import type { TenantTx } from '../db/database.js';
import type { AuditLogEntryEntity } from './audit-log-entry.entity.js';
import type { Narrowed, RowOf } from '../db/row-of.js';

export type AuditAction =
  | 'read'
  | 'create'
  | 'update'
  | 'delete'
  | 'decide'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'export';

export type AuditEntry = {
  readonly userId: string | null;
  readonly role: string | null;
  readonly action: AuditAction;
  readonly entity: string;
  readonly entityIds: readonly string[];
  readonly requestId: string | null;
  readonly detail?: Readonly<Record<string, unknown>>;
};

export type AuditRecord = {
  readonly id: string;
  readonly at: string;
  readonly userId: string | null;
  readonly userName: string | null;
  readonly role: string | null;
  readonly action: AuditAction;
  readonly entity: string;
  /** Every record the action touched (empty for an action on no record). */
  readonly entityIds: readonly string[];
  readonly requestId: string | null;
};

/** Most ids in one audit row (the table's CHECK); larger actions take several rows. */
export const AUDIT_IDS_PER_ROW = 1000;

/** One action's rows: every id in one row, split past `AUDIT_IDS_PER_ROW`; none: `{}`. */
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
 * Inserts the audit rows of any number of actions in ONE statement: per action one row
 * with every id, or rows of at most `AUDIT_IDS_PER_ROW` ids when there are more (a SUS
 * export, a retention run), or one row with no ids. `associationId` is explicit for work
 * outside a tenant (retention). Returns the number of rows written.
 */
export async function insertAudit(
  tx: Pick<TenantTx, 'query'>,
  associationId: string,
  entries: readonly AuditEntry[],
): Promise<number> {
  const rows = entries.flatMap(rowsOf);
  await tx.query(
    `INSERT INTO audit_log (association_id, user_id, role, action, entity, entity_ids, request_id, detail)
     SELECT $1, r.user_id, r.role, r.action, r.entity, r.entity_ids, r.request_id, r.detail
     FROM jsonb_to_recordset($2::jsonb)
       AS r(user_id uuid, role text, action text, entity text, entity_ids uuid[], request_id text, detail jsonb)`,
    [associationId, JSON.stringify(rows)],
  );
  return rows.length;
}

/** The audit log: append-only for the application (it has no UPDATE or DELETE grant). */
export const auditRepository = {
  /** One row for the action, with every record read or changed, in one statement. */
  async append(tx: TenantTx, entry: AuditEntry): Promise<void> {
    await insertAudit(tx, tx.associationId, [entry]);
  },

  /**
   * How many refused attempts (`detail.refused = reason`) one user made on a kind of record
   * within the last `withinSeconds`: a per-user limit that holds across gateway processes
   * and restarts, read from the rows that audit the attempts themselves.
   */
  async countRefusals(
    tx: TenantTx,
    query: { userId: string; entity: string; reason: string; withinSeconds: number },
  ): Promise<number> {
    const rows = await tx.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM audit_log
       WHERE association_id = $1 AND at > now() - make_interval(secs => $2)
         AND user_id = $3 AND entity = $4 AND detail->>'refused' = $5`,
      [tx.associationId, query.withinSeconds, query.userId, query.entity, query.reason],
    );
    return Number(rows[0]?.n ?? '0');
  },

  /** Newest first; `entityId` finds the actions that touched that record. */
  async list(
    tx: TenantTx,
    query: {
      entity?: string;
      entityId?: string;
      userId?: string;
      from?: string;
      to?: string;
      limit: number;
      offset: number;
    },
  ): Promise<{ rows: AuditRecord[]; total: number }> {
    const params: unknown[] = [tx.associationId];
    const clauses = ['l.association_id = $1'];
    const add = (value: unknown, sql: (p: string) => string) => {
      if (value === undefined) return;
      params.push(value);
      clauses.push(sql(`$${params.length}`));
    };
    add(query.entity, (p) => `l.entity = ${p}`);
    add(query.entityId, (p) => `l.entity_ids @> ARRAY[${p}]::uuid[]`);
    add(query.userId, (p) => `l.user_id = ${p}::uuid`);
    // Days are Stockholm days: a search from today finds what happened since local midnight.
    add(
      query.from,
      (p) => `l.at >= (${p}::date::timestamp AT TIME ZONE '${ASSOCIATION_TIME_ZONE}')`,
    );
    add(query.to, (p) => `l.at < (${p}::date::timestamp AT TIME ZONE '${ASSOCIATION_TIME_ZONE}')`);
    const where = clauses.join(' AND ');
    const total = await tx.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM audit_log l WHERE ${where}`,
      params,
    );
    params.push(query.limit, query.offset);
    const rows = await tx.query<
      Narrowed<
        RowOf<
          AuditLogEntryEntity,
          'id' | 'at' | 'userId' | 'role' | 'action' | 'entity' | 'entityIds' | 'requestId'
        >,
        { action: AuditAction }
      > & { user_name: string | null }
    >(
      `SELECT l.id::text AS id, l.at, l.user_id, u.name AS user_name, l.role, l.action, l.entity,
              l.entity_ids::text[] AS entity_ids, l.request_id
       FROM audit_log l LEFT JOIN users u ON u.association_id = l.association_id AND u.id = l.user_id
       WHERE ${where} ORDER BY l.at DESC, l.id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return {
      rows: rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        userId: r.user_id,
        userName: r.user_name,
        role: r.role,
        action: r.action,
        entity: r.entity,
        entityIds: r.entity_ids,
        requestId: r.request_id,
      })),
      total: Number(total[0]?.n ?? '0'),
    };
  },
};
