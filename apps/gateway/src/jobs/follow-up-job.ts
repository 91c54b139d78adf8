import { createHash, randomBytes } from 'node:crypto';
import { LocalDate, followUpsRecordableDueBefore, reminderKeys } from '@finsam-se/domain';
import { surveyRepository, type TenantTx } from '@finsam-se/persistence';
import {
  type DueFollowUp,
  dueItemsRepository,
  jobEffectsRepository,
} from '@finsam-se/persistence/jobs';
import { stockholmDateOf } from '../clock/today.js';
import { followUpDueMail, surveyLinkMail } from '../mail/templates.js';
import type { JobDeps } from './job-deps.js';
import { type EffectMail, recordEffect, unlessNoRecipients } from './record-effect.js';

const SURVEY_VALID_DAYS = 30;
const TRIGGER = { 3: 'month_3', 6: 'month_6', 12: 'month_12' } as const;

/**
 * A follow-up whose window opened: a reminder to the coach's user(s) naming the person,
 * and, where the person consents to surveys and the association has a participant
 * questionnaire, a one-time survey link in a mail of its own holding only the link.
 * Nothing when the follow-up was recorded meanwhile or was already acted on.
 */
export async function followUpDueJob(
  deps: JobDeps,
  associationId: string,
  followUpId: string,
): Promise<string[]> {
  const today = stockholmDateOf(deps.now());
  return unlessNoRecipients(
    deps.database.withTenant(associationId, async (tx) => {
      const [item] = await dueItemsRepository.followUps(
        tx,
        followUpsRecordableDueBefore(today),
        { kind: 'association' },
        followUpId,
      );
      if (!item) return [];
      return recordEffect(
        deps,
        tx,
        reminderKeys.followUp(item.followUpId),
        'follow_up_due',
        async () => {
          const coaches = await jobEffectsRepository.recipients(tx, { coachId: item.coachId });
          const [first] = coaches;
          if (!first) return [];
          const mails: EffectMail[] = coaches.map((to) => ({
            to,
            mail: followUpDueMail({
              participantName: item.participantName,
              monthsAfter: item.monthsAfter,
              dueOn: item.dueOn,
              enrollmentUrl: `${deps.publicUrl}/#/Enrollment/${item.enrollmentId}/show`,
            }),
          }));
          const link = item.surveyConsent ? await surveyLink(deps, tx, item, first.userId) : null;
          if (link) mails.push({ to: first, mail: surveyLinkMail(link) });
          return mails;
        },
      );
    }),
  );
}

/** A one-time invitation to the newest participant questionnaire (only the token's hash is kept). */
async function surveyLink(
  deps: JobDeps,
  tx: TenantTx,
  item: DueFollowUp,
  createdBy: string,
): Promise<{ surveyUrl: string; expiresOn: string } | null> {
  const questionnaires = await surveyRepository.listQuestionnaires(tx);
  const questionnaire = questionnaires
    .filter((q) => q.respondent === 'participant')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!questionnaire) return null;
  const token = randomBytes(32).toString('base64url');
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + SURVEY_VALID_DAYS * 86_400_000);
  await surveyRepository.createInvitation(tx, {
    questionnaireId: questionnaire.id,
    respondentKind: 'participant',
    enrollmentId: item.enrollmentId,
    placementId: null,
    trigger: TRIGGER[item.monthsAfter],
    anonymous: true,
    tokenHash: createHash('sha256').update(Buffer.from(token, 'base64url')).digest(),
    expiresAt,
    createdBy,
    createdAt: now,
  });
  return {
    surveyUrl: `${deps.publicUrl}/survey/${token}`,
    expiresOn: LocalDate.addDays(stockholmDateOf(expiresAt), -1),
  };
}
