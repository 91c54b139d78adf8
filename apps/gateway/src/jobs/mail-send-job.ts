import { auditRepository } from '@finsam-se/persistence';
import { jobEffectsRepository, outboxRepository } from '@finsam-se/persistence/jobs';
import type { JobDeps } from './job-deps.js';

export type SendOutcome = 'sent' | 'already' | 'held' | 'retry' | 'failed';

/**
 * Sends one outbox message. The row is locked while the SMTP server takes it, so two
 * workers never send it at once; it is marked sent (and audited) in the same transaction.
 * A failure counts an attempt: before the last the job fails so the queue retries it with
 * backoff; at the last the message shows as failed (and the failure to the manager).
 */
export async function mailSendJob(
  deps: JobDeps,
  associationId: string,
  messageId: string,
  attempt: { readonly number: number; readonly max: number },
): Promise<SendOutcome> {
  const mailer = deps.mailer;
  const outcome = await deps.database.withTenant(associationId, async (tx) => {
    const message = await outboxRepository.lockForSending(tx, messageId);
    if (!message || message.state === 'sent' || message.state === 'failed') return 'already';
    if (message.state === 'held' || mailer.mode === 'outbox') return 'held';
    try {
      await mailer.send({
        id: message.id,
        to: message.recipient,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
    } catch (error) {
      const final = attempt.number >= attempt.max;
      const reason = error instanceof Error ? error.message : String(error);
      await outboxRepository.markAttemptFailed(tx, messageId, attempt.number, reason, final);
      await jobEffectsRepository.recordFailure(tx, {
        jobKey: `mail:${messageId}`,
        task: 'mail-send',
        attempts: attempt.number,
        final,
        error: reason,
      });
      return final ? 'failed' : 'retry';
    }
    await outboxRepository.markSent(tx, messageId, attempt.number);
    await jobEffectsRepository.clearFailure(tx, `mail:${messageId}`);
    await auditRepository.append(tx, {
      userId: null,
      role: 'system',
      action: 'create',
      entity: 'mail_sent',
      entityIds: [messageId],
      requestId: `job:mail:${messageId}`,
      detail: { template: message.template, attempts: attempt.number },
    });
    return 'sent';
  });
  // Thrown after the commit, so the attempt and its error are kept while the queue retries.
  if (outcome === 'retry')
    throw new Error(`mail ${messageId}: SMTP attempt ${attempt.number} failed`);
  return outcome;
}
