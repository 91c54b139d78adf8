import { type HalfYear, attestationsDue, halfYearBounds, reminderKeys } from '@finsam-se/domain';
import { dueItemsRepository, jobEffectsRepository } from '@finsam-se/persistence/jobs';
import { stockholmDateOf } from '../clock/today.js';
import { attestationDueMail } from '../mail/templates.js';
import type { JobDeps } from './job-deps.js';
import { recordEffect, unlessNoRecipients } from './record-effect.js';

/**
 * A half-year ended without the chief's attestation for a municipality and project: a
 * reminder to the municipality's chiefs with counts only. Nothing once it is signed.
 */
export async function attestationDueJob(
  deps: JobDeps,
  associationId: string,
  item: {
    readonly municipalityId: string;
    readonly projectId: string;
    readonly halfYear: HalfYear;
  },
): Promise<string[]> {
  const today = stockholmDateOf(deps.now());
  return unlessNoRecipients(
    deps.database.withTenant(associationId, async (tx) => {
      const facts = (await dueItemsRepository.attestationFacts(tx, item.municipalityId)).find(
        (f) => f.projectId === item.projectId,
      );
      if (!facts) return [];
      const due = attestationsDue(
        { start: facts.projectStart, end: facts.projectEnd },
        today,
        facts.signed,
      );
      if (!due.includes(item.halfYear)) return [];
      const key = reminderKeys.attestation(item.municipalityId, item.projectId, item.halfYear);
      return recordEffect(deps, tx, key, 'attestation_due', async () => {
        const { start, end } = halfYearBounds(item.halfYear);
        const enrollments = await dueItemsRepository.enrollmentsDuring(
          tx,
          item.projectId,
          item.municipalityId,
          start,
          end,
        );
        const chiefs = await jobEffectsRepository.recipients(tx, { chiefOf: item.municipalityId });
        return chiefs.map((to) => ({
          to,
          mail: attestationDueMail({
            municipalityName: facts.municipalityName,
            projectName: facts.projectName,
            halfYear: item.halfYear,
            enrollments,
            panelUrl: `${deps.publicUrl}/#/attestations`,
          }),
        }));
      });
    }),
  );
}
