import type { TenantTx } from '../db/database.js';

export type JobEffectKind = 'follow_up_due' | 'attestation_due' | 'se_group_missed' | 'retention';

export type JobFailure = {
  readonly jobKey: string;
  readonly task: string;
  readonly attempts: number;
  readonly final: boolean;
  readonly lastError: string;
  readonly failedAt: string;
};

export type Recipient = { readonly userId: string; readonly email: string; readonly name: string };

/**
 * Idempotency of scheduled work: `claim` inserts the due item's key in the caller's
 * transaction and says whether this transaction is the first to act on it. The effect
 * (mail rows, an invitation) is written in the same transaction, so it exists exactly
 * when the key does: a second run, or a run after a crash that rolled back, is safe.
 */
export const jobEffectsRepository = {
  async claim(tx: TenantTx, key: string, kind: JobEffectKind): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO job_effects (association_id, key, kind) VALUES ($1, $2, $3)
       ON CONFLICT (association_id, key) DO NOTHING RETURNING key`,
      [tx.associationId, key, kind],
    );
    return rows.length === 1;
  },

  async done(tx: TenantTx, keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await tx.query<{ key: string }>(
      `SELECT key FROM job_effects WHERE association_id = $1 AND key = ANY($2::text[])`,
      [tx.associationId, keys],
    );
    return new Set(rows.map((r) => r.key));
  },

  /** Records (or updates) a failed attempt of a job, for the manager's panel. */
  async recordFailure(
    tx: TenantTx,
    failure: { jobKey: string; task: string; attempts: number; final: boolean; error: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO job_failures (association_id, job_key, task, attempts, final, last_error)
       VALUES ($1, $2, $3, $4, $5, left($6, 500))
       ON CONFLICT (association_id, job_key) DO UPDATE SET task = EXCLUDED.task, attempts = EXCLUDED.attempts,
         final = EXCLUDED.final, last_error = EXCLUDED.last_error, failed_at = now()`,
      [
        tx.associationId,
        failure.jobKey,
        failure.task,
        failure.attempts,
        failure.final,
        failure.error,
      ],
    );
  },

  /** A job that succeeded after failing no longer shows as failed. */
  async clearFailure(tx: TenantTx, jobKey: string): Promise<void> {
    await tx.query(`DELETE FROM job_failures WHERE association_id = $1 AND job_key = $2`, [
      tx.associationId,
      jobKey,
    ]);
  },

  async failures(tx: TenantTx, limit = 100): Promise<JobFailure[]> {
    const rows = await tx.query<{
      job_key: string;
      task: string;
      attempts: number;
      final: boolean;
      last_error: string;
      failed_at: Date;
    }>(
      `SELECT job_key, task, attempts, final, last_error, failed_at FROM job_failures
       WHERE association_id = $1 ORDER BY failed_at DESC, job_key LIMIT $2`,
      [tx.associationId, limit],
    );
    return rows.map((r) => ({
      jobKey: r.job_key,
      task: r.task,
      attempts: r.attempts,
      final: r.final,
      lastError: r.last_error,
      failedAt: r.failed_at.toISOString(),
    }));
  },

  /** Active users who receive a kind of reminder: a coach's users, a municipality's chiefs, the managers. */
  async recipients(
    tx: TenantTx,
    who: { readonly coachId: string } | { readonly chiefOf: string } | { readonly role: 'manager' },
  ): Promise<Recipient[]> {
    const [where, param] =
      'coachId' in who
        ? [`coach_id = $2`, who.coachId]
        : 'chiefOf' in who
          ? [`role = 'municipal_chief' AND municipality_id = $2`, who.chiefOf]
          : [`role = $2`, who.role];
    return tx.query<Recipient>(
      `SELECT id AS "userId", email, name FROM users WHERE association_id = $1 AND active AND ${where} ORDER BY email`,
      [tx.associationId, param],
    );
  },
};
