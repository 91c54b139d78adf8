import { reminderKeys } from '@finsam-se/domain';
import { runRetention } from '@finsam-se/persistence';
import { jobEffectsRepository } from '@finsam-se/persistence/jobs';
import { stockholmDateOf } from '../clock/today.js';
import { announceReportCacheWarm } from '../shared/report-cache-notices.js';
import { retentionReportMail } from '../mail/templates.js';
import type { JobDeps } from './job-deps.js';
import { recordEffect, unlessNoRecipients } from './record-effect.js';

/**
 * Nightly gallring of one association with the retention rules already in the system:
 * the dry run's counts go to the managers (once per day), then the run itself, which is
 * idempotent (a second run that night finds nothing due), then the report caches are told
 * to warm (ADR 0008).
 */
export async function nightlyRetentionJob(
  deps: JobDeps,
  associationId: string,
): Promise<{ reported: string[]; anonymised: number }> {
  const asOf = stockholmDateOf(deps.now());
  const dry = await runRetention(deps.database, deps.pii, { associationId, asOf, dryRun: true });
  const reported = await unlessNoRecipients(
    deps.database.withTenant(associationId, (tx) =>
      recordEffect(deps, tx, reminderKeys.retention(asOf), 'retention', async () => {
        const managers = await jobEffectsRepository.recipients(tx, { role: 'manager' });
        return managers.map((to) => ({
          to,
          mail: retentionReportMail({
            asOf,
            participants: dry.participants.length,
            auditRows: dry.auditRowsDeleted,
            identifyingYears: dry.identifyingYears,
            auditYears: dry.auditYears,
          }),
        }));
      }),
    ),
  );
  const run = await runRetention(deps.database, deps.pii, {
    associationId,
    asOf,
    dryRun: false,
    role: 'system',
    requestId: `job:${reminderKeys.retention(asOf)}`,
  });
  // Every gateway (here or in another process) computes the association's default figures
  // now, so the morning's first reader is answered from its cache. Never fails the job.
  await announceReportCacheWarm(deps.database, associationId).catch((error: unknown) =>
    deps.log.warn(
      { associationId, err: error instanceof Error ? error.message : String(error) },
      'report cache warm-up not announced',
    ),
  );
  return { reported, anonymised: run.participantsAnonymised };
}
