import {
  LocalDate,
  type RetentionCandidate,
  type RetentionFacts,
  type RetentionKind,
  type RetentionRule,
  dueForAnonymisation,
  retentionRules,
  retentionYears,
} from '@finsam-se/domain';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { Database, TenantTx } from '../db/database.js';
import { maintenanceAssociations } from '../db/maintenance-associations.js';
import { insertAudit } from '../audit/audit.repository.js';
import { anonymiseParticipants } from '../personal-data/personal-data.repository.js';

// The policy (kinds, defaults, who is due) is domain's `rules/retention.ts`; this file reads
// the facts and carries out what the policy decided.
export {
  type RetentionCandidate,
  type RetentionKind,
  type RetentionRule,
  RETENTION_DEFAULTS,
  retentionKinds,
} from '@finsam-se/domain';

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
  return retentionRules(rows);
}

/**
 * Every participant not yet anonymised, with the last day anything about them ended
 * (discharge, referral, follow-up, after-support; else the day they were registered) and
 * whether an enrollment or after-support is still running: the facts `dueForAnonymisation`
 * decides on.
 */
async function retentionFacts(tx: TenantTx, associationId: string): Promise<RetentionFacts[]> {
  const rows = await tx.query<{ id: string; last_ended_on: string; ongoing: boolean }>(
    `SELECT p.id, to_char(coalesce(greatest(
         (SELECT max(e.discharged_on) FROM enrollments e WHERE e.association_id = p.association_id AND e.participant_id = p.id),
         (SELECT max(r.received_on) FROM referrals r WHERE r.association_id = p.association_id AND r.participant_id = p.id),
         (SELECT max(coalesce(f.done_on, f.due_on)) FROM follow_ups f JOIN enrollments e ON e.association_id = f.association_id AND e.id = f.enrollment_id
            WHERE e.association_id = p.association_id AND e.participant_id = p.id),
         (SELECT max(a.ended_on) FROM after_support_episodes a JOIN enrollments e ON e.association_id = a.association_id AND e.id = a.enrollment_id
            WHERE e.association_id = p.association_id AND e.participant_id = p.id)
       ), p.created_at::date), 'YYYY-MM-DD') AS last_ended_on,
       (EXISTS (SELECT 1 FROM enrollments e WHERE e.association_id = p.association_id AND e.participant_id = p.id AND e.discharged_on IS NULL)
        OR EXISTS (SELECT 1 FROM after_support_episodes a JOIN enrollments e ON e.association_id = a.association_id AND e.id = a.enrollment_id
            WHERE e.association_id = p.association_id AND e.participant_id = p.id AND a.ended_on IS NULL)) AS ongoing
     FROM participants p
     WHERE p.association_id = $1 AND p.anonymised_on IS NULL`,
    [associationId],
  );
  return rows.map((r) => ({
    participantId: r.id,
    lastEndedOn: LocalDate.from(r.last_ended_on),
    ongoing: r.ongoing,
  }));
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
    const identifyingYears = retentionYears(rules, 'identifying_data');
    const auditYears = retentionYears(rules, 'audit_log');
    const due = dueForAnonymisation(
      await retentionFacts(tx, associationId),
      LocalDate.from(asOf),
      identifyingYears,
    );
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
  return (await maintenanceAssociations(database)).map((a) => a.id);
}
