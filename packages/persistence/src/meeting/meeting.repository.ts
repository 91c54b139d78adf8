import { type LocalDate, type SeGroupMeeting, type Period } from '@finsam-se/domain';
import { type SeGroupMeetingEntity } from '../db/entities.js';
import { type RowOf } from '../db/row-of.js';
import { filter, resourceQueries } from '../db/resource-query.js';
import { PersistenceError } from '../db/database-error.js';
import { type TenantTx } from '../db/database.js';
import { day, requiredDate } from '../db/sql-dates.js';
import { insertOne } from '../db/insert-one.js';

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

export type MeetingView = SeGroupMeeting & { readonly decidedReferralIds: readonly string[] };

export const meetings = resourceQueries({
  from: 'FROM se_group_meetings t',
  select: `t.association_id, t.id, t.municipality_id, ${day('t.held_on', 'held_on')}, t.notes,
    coalesce((SELECT array_agg(DISTINCT d.referral_id::text) FROM referral_decisions d WHERE d.association_id = t.association_id AND d.meeting_id = t.id), '{}') AS referral_ids`,
  map: (
    r: RowOf<
      SeGroupMeetingEntity,
      'associationId' | 'id' | 'municipalityId' | 'heldOn' | 'notes'
    > & {
      referral_ids: string[];
    },
  ): MeetingView => ({
    associationId: r.association_id,
    id: r.id,
    municipalityId: r.municipality_id,
    heldOn: requiredDate(r.held_on),
    notes: r.notes,
    decidedReferralIds: r.referral_ids,
  }),
  filters: {
    ids: filter.ids(),
    municipalityId: filter.equals('t.municipality_id'),
    q: filter.search('t.notes'),
  },
  sort: { heldOn: 't.held_on', municipalityId: 't.municipality_id' },
  defaultSort: 'heldOn',
});

/** The meeting module's writes. */
export const meetingWrites = {
  createMeeting(
    tx: TenantTx,
    input: { municipalityId: string; heldOn: LocalDate; notes: string },
  ): Promise<string> {
    return insertOne(
      tx,
      `INSERT INTO se_group_meetings (association_id, municipality_id, held_on, notes) VALUES ($1, $2, $3, $4) RETURNING id`,
      [tx.associationId, input.municipalityId, input.heldOn, input.notes],
    );
  },
  async updateMeeting(
    tx: TenantTx,
    id: string,
    input: { heldOn?: LocalDate; notes?: string },
  ): Promise<void> {
    const rows = await tx.query(
      `UPDATE se_group_meetings SET held_on = coalesce($3, held_on), notes = coalesce($4, notes) WHERE association_id = $1 AND id = $2 RETURNING id`,
      [tx.associationId, id, input.heldOn ?? null, input.notes ?? null],
    );
    if (rows.length === 0) throw new PersistenceError('NOT_FOUND', 'No such meeting');
  },
};
