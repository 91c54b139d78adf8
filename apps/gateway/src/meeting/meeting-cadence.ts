import { type LocalDate, type Period, meetingCadence } from '@finsam-se/domain';
import { type TenantTx, meetingRowsRepository } from '@finsam-se/persistence';
import type { MeetingCadenceType } from './meeting-cadence.type.js';

/** Each municipality's monthly meeting rhythm over one window, those behind first. */
export async function cadenceRows(
  tx: TenantTx,
  shown: readonly { id: string; name: string }[],
  window: Period,
): Promise<MeetingCadenceType[]> {
  if (shown.length === 0) return [];
  const held = await meetingRowsRepository.heldOnByMunicipality(
    tx,
    window,
    shown.map((m) => m.id),
  );
  return shown
    .map((m) => {
      const cadence = meetingCadence(held.get(m.id) ?? ([] as LocalDate[]), window);
      return {
        municipalityId: m.id,
        municipalityName: m.name,
        from: window.start,
        until: window.end,
        ...cadence,
        missedMonths: [...cadence.missedMonths],
      };
    })
    .sort(
      (a, b) =>
        shareMet(a) - shareMet(b) || a.municipalityName.localeCompare(b.municipalityName, 'sv'),
    );
}

/** Least regular first: the share of months met (a window without months counts as kept). */
function shareMet(row: { months: number; monthsMet: number }): number {
  return row.months === 0 ? 1 : row.monthsMet / row.months;
}
