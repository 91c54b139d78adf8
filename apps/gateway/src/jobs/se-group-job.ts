import { LocalDate, type YearMonth, reminderKeys, seGroupMissedMonth } from '@finsam-se/domain';
import { meetingRowsRepository } from '@finsam-se/persistence';
import { dueItemsRepository, jobEffectsRepository } from '@finsam-se/persistence/jobs';
import { stockholmDateOf } from '../clock/today.js';
import { seGroupMissedMail } from '../mail/templates.js';
import type { JobDeps } from './job-deps.js';
import { recordEffect, unlessNoRecipients } from './record-effect.js';

/** The month just ended, as the SE group's rule judges it for one municipality. */
export async function missedMonthOf(
  tx: Parameters<typeof meetingRowsRepository.heldOnByMunicipality>[0],
  today: LocalDate,
  municipalityId: string,
): Promise<YearMonth | null> {
  const end = LocalDate.startOfMonth(today);
  const held = await meetingRowsRepository.heldOnByMunicipality(
    tx,
    { start: LocalDate.addMonths(end, -1), end },
    [municipalityId],
  );
  return seGroupMissedMonth(today, held.get(municipalityId) ?? []);
}

/** A municipality whose SE group did not meet in the month just ended: a notice to the managers. */
export async function seGroupMissedJob(
  deps: JobDeps,
  associationId: string,
  municipalityId: string,
): Promise<string[]> {
  const today = stockholmDateOf(deps.now());
  return unlessNoRecipients(
    deps.database.withTenant(associationId, async (tx) => {
      const month = await missedMonthOf(tx, today, municipalityId);
      const municipality = (await dueItemsRepository.municipalities(tx)).find(
        (m) => m.id === municipalityId,
      );
      if (!month || !municipality) return [];
      return recordEffect(
        deps,
        tx,
        reminderKeys.seGroup(municipalityId, month),
        'se_group_missed',
        async () => {
          const managers = await jobEffectsRepository.recipients(tx, { role: 'manager' });
          return managers.map((to) => ({
            to,
            mail: seGroupMissedMail({
              municipalityName: municipality.name,
              month,
              panelUrl: `${deps.publicUrl}/#/SeGroupMeeting`,
            }),
          }));
        },
      );
    }),
  );
}
