import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { Database, TenantTx } from '../db/database.js';
import { assertOwnerBypassesRls } from '../db/owner-bypass.js';
import { insertAudit } from './audit.repository.js';
import { anonymiseParticipants } from './personal-data.repository.js';

export const retentionKinds = ['identifying_data', 'audit_log'] as const;
export type RetentionKind = (typeof retentionKinds)[number];

/**
 * Defaults when an association has no rule of its own: identifying data 5 years after the
 * person's last enrollment (or referral, follow-up or after-support) ended; the audit
 * log 10 years.
 */
export const RETENTION_DEFAULTS: Readonly<Record<RetentionKind, number>> = {
  identifying_data: 5,
  audit_log: 10,
};

export type RetentionRule = {
  readonly kind: RetentionKind;
  readonly years: number;
  readonly isDefault: boolean;
};

export type RetentionCandidate = { readonly participantId: string; readonly lastEndedOn: string };

export type RetentionResult = {
  readonly associationId: string;
  readonly asOf: string;
  readonly dryRun: boolean;
  readonly identifyingYears: number;
  readonly auditYears: number;
  /** Participants due (dry run) or anonymised now. */
  readonly participants: readonly RetentionCandidate[];
  readonly participantsAnonymised: number;
  /** Audit rows (one per logged action) older than the audit retention (deleted unless dry run). */
  readonly auditRowsDeleted: number;
  readonly runId: string | null;
};

export type RetentionRunRecord = {
  readonly id: string;
  readonly runAt: string;
  readonly asOf: string;
  readonly runBy: string | null;
  readonly runByName: string | null;
  readonly identifyingYears: number;
  readonly auditYears: number;
  readonly participantsAnonymised: number;
  readonly auditRowsDeleted: number;
};

async function rulesOf(tx: TenantTx, associationId: string): Promise<RetentionRule[]> {
  const rows = await tx.query<{ kind: RetentionKind; years: number }>(
    `SELECT kind, years FROM retention_rules WHERE association_id = $1`,
    [associationId],
  );
  return retentionKinds.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    return row
      ? { kind, years: row.years, isDefault: false }
      : { kind, years: RETENTION_DEFAULTS[kind], isDefault: true };
  });
}

const yearsOf = (rules: readonly RetentionRule[], kind: RetentionKind) =>
  rules.find((r) => r.kind === kind)?.years ?? RETENTION_DEFAULTS[kind];

/**
 * Participants not yet anonymised with no open enrollment whose last activity (discharge,
 * referral, follow-up, after-support) ended more than `years` years before `asOf`.
 */
async function dueParticipants(
  tx: TenantTx,
  associationId: string,
  asOf: string,
  years: number,
): Promise<RetentionCandidate[]> {
  const rows = await tx.query<{ id: string; last_ended_on: string }>(
    `WITH last AS (
       SELECT p.id, coalesce(greatest(
         (SELECT max(e.discharged_on) FROM enrollments e WHERE e.association_id = p.association_id AND e.participant_id = p.id),
         (SELECT max(r.received_on) FROM referrals r WHERE r.association_id = p.association_id AND r.participant_id = p.id),
         (SELECT max(coalesce(f.done_on, f.due_on)) FROM follow_ups f JOIN enrollments e ON e.association_id = f.association_id AND e.id = f.enrollment_id
            WHERE e.association_id = p.association_id AND e.participant_id = p.id),
         (SELECT max(a.ended_on) FROM after_support_episodes a JOIN enrollments e ON e.association_id = a.association_id AND e.id = a.enrollment_id
            WHERE e.association_id = p.association_id AND e.participant_id = p.id)
       ), p.created_at::date) AS last_ended_on
       FROM participants p
       WHERE p.association_id = $1 AND p.anonymised_on IS NULL
         AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.association_id = p.association_id AND e.participant_id = p.id AND e.discharged_on IS NULL)
         AND NOT EXISTS (SELECT 1 FROM after_support_episodes a JOIN enrollments e ON e.association_id = a.association_id AND e.id = a.enrollment_id
            WHERE e.association_id = p.association_id AND e.participant_id = p.id AND a.ended_on IS NULL)
     )
     SELECT id, to_char(last_ended_on, 'YYYY-MM-DD') AS last_ended_on FROM last
     WHERE last_ended_on < ($2::date - make_interval(years => $3::int))::date
     ORDER BY last_ended_on, id`,
    [associationId, asOf, years],
  );
  return rows.map((r) => ({ participantId: r.id, lastEndedOn: r.last_ended_on }));
}

/** Effective rules of an association (its own or the defaults). */
export const retentionRepository = {
  rules(tx: TenantTx): Promise<RetentionRule[]> {
    return rulesOf(tx, tx.associationId);
  },

  async setRule(
    tx: TenantTx,
    kind: RetentionKind,
    years: number,
    changedBy: string | null,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO retention_rules (association_id, kind, years, changed_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (association_id, kind) DO UPDATE SET years = EXCLUDED.years, changed_by = EXCLUDED.changed_by, changed_at = now()`,
      [tx.associationId, kind, years, changedBy],
    );
  },

  async runs(tx: TenantTx, limit = 50): Promise<RetentionRunRecord[]> {
    const rows = await tx.query<{
      id: string;
      run_at: Date;
      as_of: string;
      run_by: string | null;
      run_by_name: string | null;
      identifying_years: number;
      audit_years: number;
      participants_anonymised: number;
      audit_rows_deleted: number;
    }>(
      `SELECT r.id, r.run_at, to_char(r.as_of, 'YYYY-MM-DD') AS as_of, r.run_by, u.name AS run_by_name,
              r.identifying_years, r.audit_years, r.participants_anonymised, r.audit_rows_deleted
       FROM retention_runs r LEFT JOIN users u ON u.association_id = r.association_id AND u.id = r.run_by
       WHERE r.association_id = $1 ORDER BY r.run_at DESC, r.id LIMIT $2`,
      [tx.associationId, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      runAt: r.run_at.toISOString(),
      asOf: r.as_of,
      runBy: r.run_by,
      runByName: r.run_by_name,
      identifyingYears: r.identifying_years,
      auditYears: r.audit_years,
      participantsAnonymised: r.participants_anonymised,
      auditRowsDeleted: r.audit_rows_deleted,
    }));
  },
};

/**
 * Audit rows due for deletion: older than the rule counted back from `as_of`, and never
 * from a day after today in Stockholm. `finsam_purge_audit_log` deletes by the same
 * rule, so a dry run counts exactly what a run deletes.
 */
const AUDIT_DUE = `association_id = $1
  AND at < (least($2::date, (now() AT TIME ZONE 'Europe/Stockholm')::date) - make_interval(years => $3::int))`;

/**
 * Gallring for one association, in ONE transaction as the application role with the
 * tenant set: anonymises the participants that are due (same anonymisation as erasure),
 * deletes audit rows older than the audit retention through `finsam_purge_audit_log`
 * (the application role itself may not delete audit rows), logs the run in
 * `retention_runs` and in the audit log. A dry run only reports what would be done and
 * writes nothing. Running again changes nothing (idempotent).
 */
export async function runRetention(
  database: Database,
  pii: PiiCipher,
  options: {
    readonly associationId: string;
    readonly asOf: string;
    readonly dryRun: boolean;
    readonly runBy?: string | null;
    readonly role?: string | null;
    readonly requestId?: string | null;
  },
): Promise<RetentionResult> {
  const { associationId, asOf, dryRun } = options;
  return database.withTenant(associationId, async (tx) => {
    const rules = await rulesOf(tx, associationId);
    const identifyingYears = yearsOf(rules, 'identifying_data');
    const auditYears = yearsOf(rules, 'audit_log');
    const due = await dueParticipants(tx, associationId, asOf, identifyingYears);
    if (dryRun) {
      const old = await tx.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM audit_log WHERE ${AUDIT_DUE}`,
        [associationId, asOf, auditYears],
      );
      return {
        associationId,
        asOf,
        dryRun,
        identifyingYears,
        auditYears,
        participants: due,
        participantsAnonymised: 0,
        auditRowsDeleted: Number(old[0]?.n ?? '0'),
        runId: null,
      };
    }
    const anonymised = await anonymiseParticipants(
      tx,
      pii,
      associationId,
      due.map((d) => d.participantId),
      asOf,
    );
    const purged = await tx.query<{ deleted: number }>(
      'SELECT finsam_purge_audit_log($1::date) AS deleted',
      [asOf],
    );
    const auditRowsDeleted = purged[0]?.deleted ?? 0;
    const run = await tx.query<{ id: string }>(
      `INSERT INTO retention_runs (association_id, as_of, run_by, identifying_years, audit_years, participants_anonymised, audit_rows_deleted)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        associationId,
        asOf,
        options.runBy ?? null,
        identifyingYears,
        auditYears,
        anonymised.length,
        auditRowsDeleted,
      ],
    );
    const runId = run[0]?.id ?? null;
    // One audit row for the run with every anonymised person (more rows only past
    // AUDIT_IDS_PER_ROW people), or one row with none: the run itself is logged.
    await insertAudit(tx, associationId, [
      {
        userId: options.runBy ?? null,
        role: options.role ?? 'system',
        action: 'delete',
        entity: 'participant',
        entityIds: anonymised,
        requestId: options.requestId ?? null,
        detail: { kind: 'retention', runId, asOf, auditRowsDeleted },
      },
    ]);
    return {
      associationId,
      asOf,
      dryRun,
      identifyingYears,
      auditYears,
      participants: due.filter((d) => anonymised.includes(d.participantId)),
      participantsAnonymised: anonymised.length,
      auditRowsDeleted,
      runId,
    };
  });
}

/**
 * Ids of every association, for the retention command, which runs for all of them: a
 * maintenance look-up as the owner (the gateway runs retention for its own tenant only).
 */
export async function associationIds(database: Database): Promise<string[]> {
  const rows = await database.withOwner(async (tx) => {
    await assertOwnerBypassesRls(tx);
    return tx.query<{ id: string }>(`SELECT id FROM associations ORDER BY name, id`);
  });
  return rows.map((r) => r.id);
}
