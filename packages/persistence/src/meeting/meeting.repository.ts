import type { LocalDate, Period } from '@finsam-se/domain';
import type { TenantTx } from '../db/database.js';

/** Dates of SE-group meetings, for the monthly-cadence rule (meetingCadence in the domain). */
export const meetingRowsRepository = {
  /** The days each municipality's group met within `period` (half-open), oldest first. */
  async heldOnByMunicipality(
    tx: TenantTx,
    period: Period,
    municipalityIds?: readonly string[],
  ): Promise<Map<string, LocalDate[]>> {
    const rows = await tx.query<{ municipality_id: string; held_on: LocalDate }>(
      `SELECT municipality_id, to_char(held_on, 'YYYY-MM-DD') AS held_on FROM se_group_meetings
       WHERE association_id = $1 AND held_on >= $2::date AND held_on < $3::date
         AND ($4::uuid[] IS NULL OR municipality_id = ANY($4::uuid[]))
       ORDER BY held_on`,
      [tx.associationId, period.start, period.end, municipalityIds ?? null],
    );
    const byMunicipality = new Map<string, LocalDate[]>();
    for (const row of rows) {
      const list = byMunicipality.get(row.municipality_id) ?? [];
      list.push(row.held_on);
      byMunicipality.set(row.municipality_id, list);
    }
    return byMunicipality;
  },
};
