import { LocalDate, Period } from '@finsam-se/domain';
import { type Rng, uuidFrom } from './prng.js';
import type { RowSink } from './row-sink.js';
import type { StaffContext } from './staff-context.js';

const STATEMENT =
  'Arbetet har bedrivits enligt projektbeskrivningen och är ett komplement till ordinarie verksamhet.';

/**
 * Step `attestations`: each municipal chief signs every ended half-year of every project a few
 * weeks after it, now and then not (yet).
 */
export function writeAttestations(rng: Rng, staff: StaffContext, sink: RowSink): void {
  for (const project of staff.projects) {
    for (let h = project.period.start; h < project.period.end; h = LocalDate.addMonths(h, 6)) {
      const end = LocalDate.addMonths(h, 6);
      if (end > staff.dataUntil) break;
      for (const m of staff.municipalities) {
        const signedOn = LocalDate.addDays(end, rng.int(3, 25));
        if (rng.chance(0.1) || signedOn >= staff.dataUntil) continue;
        sink.add('attestations', {
          association_id: staff.associationId,
          id: uuidFrom(rng),
          municipality_id: m.id,
          project_id: project.id,
          half_year: Period.halfYearOf(h),
          signed_by: staff.chiefs.get(m.id) ?? staff.manager,
          signed_on: signedOn,
          statement: STATEMENT,
        });
      }
    }
  }
}
