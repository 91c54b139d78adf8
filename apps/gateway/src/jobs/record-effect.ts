import { type TenantTx, auditRepository } from '@finsam-se/persistence';
import {
  type JobEffectKind,
  type Recipient,
  jobEffectsRepository,
  outboxRepository,
} from '@finsam-se/persistence/jobs';
import type { Rendered } from '../mail/templates.js';
import { type JobDeps, initialState } from './job-deps.js';

export type EffectMail = { readonly to: Recipient; readonly mail: Rendered };

/**
 * Acts on one due item once: claims its key and writes its mail in the same transaction,
 * so either both exist or neither does. Returns the new outbox ids (empty when the item
 * had already been acted on, by this run or an earlier one).
 */
export async function recordEffect(
  deps: JobDeps,
  tx: TenantTx,
  key: string,
  kind: JobEffectKind,
  mails: () => Promise<readonly EffectMail[]>,
): Promise<string[]> {
  if (!(await jobEffectsRepository.claim(tx, key, kind))) return [];
  const written = await mails();
  // Nobody to tell (no active user in the role yet): roll back the claim, so the item is
  // acted on once someone is there to receive it.
  if (written.length === 0) throw new NoRecipients();
  const state = initialState(deps);
  const ids = await outboxRepository.add(
    tx,
    key,
    written.map(({ to, mail }) => ({
      template: mail.template,
      recipientUserId: to.userId,
      recipient: to.email,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    })),
    state,
  );
  if (ids.length > 0)
    await auditRepository.append(tx, {
      userId: null,
      role: 'system',
      action: 'create',
      entity: 'mail',
      entityIds: ids,
      requestId: `job:${key}`.slice(0, 100),
      detail: { kind, state },
    });
  return ids;
}

/** Thrown inside the transaction to undo a claim that found nobody to write to. */
export class NoRecipients extends Error {}

/** Runs a job's transaction; an item with nobody to tell yet is nothing (and stays due). */
export async function unlessNoRecipients(work: Promise<string[]>): Promise<string[]> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NoRecipients) return [];
    throw error;
  }
}
