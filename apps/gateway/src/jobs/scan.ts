import { attestationsDue, followUpsRecordableDueBefore, reminderKeys } from '@finsam-se/domain';
import { associationIds } from '@finsam-se/persistence';
import {
  dueItemsRepository,
  jobEffectsRepository,
  outboxRepository,
} from '@finsam-se/persistence/jobs';
import { stockholmDateOf } from '../clock/today.js';
import type { JobDeps } from './job-deps.js';
import { missedMonthOf } from './se-group-job.js';

/** One job to add: its task, payload and the key that makes adding it twice harmless. */
export type PlannedJob = {
  readonly task: 'follow-up-due' | 'attestation-due' | 'se-group-missed' | 'mail-send';
  readonly payload: Record<string, string>;
  readonly jobKey: string;
};

/**
 * The schedule's look at every association: each due item not yet acted on becomes a job
 * keyed by the item, and each message still pending a send job keyed by the message. A
 * job lost in a crash is found again here: the due data and the outbox are the truth,
 * the queue only a way to act on them.
 */
export async function planDueJobs(deps: JobDeps): Promise<PlannedJob[]> {
  const today = stockholmDateOf(deps.now());
  const planned: PlannedJob[] = [];
  for (const associationId of await associationIds(deps.database)) {
    const found = await deps.database.withTenant(associationId, async (tx) => {
      const jobs: PlannedJob[] = [];
      for (const item of await dueItemsRepository.followUps(
        tx,
        followUpsRecordableDueBefore(today),
      ))
        jobs.push({
          task: 'follow-up-due',
          payload: { associationId, followUpId: item.followUpId },
          jobKey: reminderKeys.followUp(item.followUpId),
        });
      for (const facts of await dueItemsRepository.attestationFacts(tx))
        for (const halfYear of attestationsDue(
          { start: facts.projectStart, end: facts.projectEnd },
          today,
          facts.signed,
        ))
          jobs.push({
            task: 'attestation-due',
            payload: {
              associationId,
              municipalityId: facts.municipalityId,
              projectId: facts.projectId,
              halfYear,
            },
            jobKey: reminderKeys.attestation(facts.municipalityId, facts.projectId, halfYear),
          });
      for (const municipality of await dueItemsRepository.municipalities(tx)) {
        const month = await missedMonthOf(tx, today, municipality.id);
        if (month)
          jobs.push({
            task: 'se-group-missed',
            payload: { associationId, municipalityId: municipality.id },
            jobKey: reminderKeys.seGroup(municipality.id, month),
          });
      }
      const done = await jobEffectsRepository.done(
        tx,
        jobs.map((j) => j.jobKey),
      );
      const pending = await outboxRepository.pendingIds(tx);
      return [
        ...jobs
          .filter((j) => !done.has(j.jobKey))
          .map((j) => ({ ...j, jobKey: `${associationId}:${j.jobKey}` })),
        ...pending.map((messageId) => ({
          task: 'mail-send' as const,
          payload: { associationId, messageId },
          jobKey: `mail:${messageId}`,
        })),
      ];
    });
    planned.push(...found);
  }
  return planned;
}
