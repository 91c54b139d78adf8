import type { TenantTx } from '../db/database.js';

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
  readonly entityId: string | null;
  readonly requestId: string | null;
};

/** The audit log: append-only for the application (it has no UPDATE or DELETE grant). */
export const auditRepository = {
  /** One statement for any number of records read in a request. */
  async append(tx: TenantTx, entry: AuditEntry): Promise<void> {
    const ids = entry.entityIds.length > 0 ? entry.entityIds : [null];
    await tx.query(
      `INSERT INTO audit_log (association_id, user_id, role, action, entity, entity_id, request_id, detail)
       SELECT $1, $2, $3, $4, $5, x, $7, $8 FROM unnest($6::uuid[]) AS x`,
      [
        tx.associationId,
        entry.userId,
        entry.role,
        entry.action,
        entry.entity,
        ids,
        entry.requestId,
        JSON.stringify(entry.detail ?? {}),
      ],
    );
  },

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
    add(query.entityId, (p) => `l.entity_id = ${p}::uuid`);
    add(query.userId, (p) => `l.user_id = ${p}::uuid`);
    add(query.from, (p) => `l.at >= ${p}::date`);
    add(query.to, (p) => `l.at < ${p}::date`);
    const where = clauses.join(' AND ');
    const total = await tx.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM audit_log l WHERE ${where}`,
      params,
    );
    params.push(query.limit, query.offset);
    const rows = await tx.query<{
      id: string;
      at: Date;
      user_id: string | null;
      user_name: string | null;
      role: string | null;
      action: AuditAction;
      entity: string;
      entity_id: string | null;
      request_id: string | null;
    }>(
      `SELECT l.id::text AS id, l.at, l.user_id, u.name AS user_name, l.role, l.action, l.entity, l.entity_id, l.request_id
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
        entityId: r.entity_id,
        requestId: r.request_id,
      })),
      total: Number(total[0]?.n ?? '0'),
    };
  },
};
