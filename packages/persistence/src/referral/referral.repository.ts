import {
  LocalDate,
  type Referral,
  type ReferralAction,
  type ReferralState,
  type ReferrerOrganisation,
} from '@finsam-se/domain';
import { type ReferralEntity } from '../db/entities.js';
import { type RowOf } from '../db/row-of.js';
import { filter, resourceQueries } from '../db/resource-query.js';
import { type TenantTx } from '../db/database.js';
import { conflictOrMissing } from '../db/conflict-or-missing.js';
import { day } from '../db/sql-dates.js';
import { insertOne } from '../db/insert-one.js';

export type ReferralView = Referral & {
  readonly participantName: string;
  /** The enrollment that came of the referral, once accepted. */
  readonly enrollmentId: string | null;
};

export const referrals = resourceQueries({
  from: 'FROM referrals t JOIN participants p ON p.association_id = t.association_id AND p.id = t.participant_id',
  select: `t.association_id, t.id, t.participant_id, t.municipality_id, t.project_id, t.referred_by, t.referrer_organisation, ${day('t.received_on', 'received_on')}, t.state, t.version,
    p.first_name || ' ' || p.last_name AS participant_name,
    (SELECT e.id FROM enrollments e WHERE e.association_id = t.association_id AND e.referral_id = t.id ORDER BY e.enrolled_on LIMIT 1) AS enrollment_id,
    coalesce((SELECT json_agg(json_build_object('action', d.action, 'state', d.state, 'decidedOn', d.decided_on, 'decidedBy', d.decided_by, 'meetingId', d.meeting_id, 'note', d.note) ORDER BY d.decided_on, d.id)
      FROM referral_decisions d WHERE d.association_id = t.association_id AND d.referral_id = t.id), '[]') AS decisions`,
  map: (
    r: RowOf<
      ReferralEntity,
      | 'associationId'
      | 'id'
      | 'participantId'
      | 'municipalityId'
      | 'projectId'
      | 'referredBy'
      | 'referrerOrganisation'
      | 'receivedOn'
      | 'state'
      | 'version'
    > & {
      participant_name: string;
      enrollment_id: string | null;
      decisions: {
        action: ReferralAction;
        state: ReferralState;
        decidedOn: string;
        decidedBy: string;
        meetingId: string | null;
        note: string;
      }[];
    },
  ): ReferralView => ({
    associationId: r.association_id,
    id: r.id,
    participantId: r.participant_id,
    municipalityId: r.municipality_id,
    projectId: r.project_id,
    referredBy: r.referred_by ?? '',
    referrerOrganisation: r.referrer_organisation,
    receivedOn: LocalDate.from(r.received_on),
    state: r.state,
    version: r.version,
    participantName: r.participant_name,
    enrollmentId: r.enrollment_id,
    decisions: r.decisions.map((d) => ({ ...d, decidedOn: LocalDate.from(d.decidedOn) })),
  }),
  filters: {
    ids: filter.ids(),
    municipalityId: filter.equals('t.municipality_id'),
    projectId: filter.equals('t.project_id'),
    state: filter.equals('t.state'),
    referredBy: filter.equals('t.referred_by'),
    participantId: filter.equals('t.participant_id'),
    q: filter.search('p.first_name', 'p.last_name'),
    coachId: (p) =>
      `EXISTS (SELECT 1 FROM enrollments e WHERE e.association_id = t.association_id AND e.referral_id = t.id AND e.coach_id = ${p})`,
    /**
     * What a coach sees: `[coachId, municipalityId, userId]`: referrals they coach the
     * enrollment of, those awaiting their municipality's SE-group decision, their own.
     */
    coachVisible: (p) =>
      `(EXISTS (SELECT 1 FROM enrollments e WHERE e.association_id = t.association_id AND e.referral_id = t.id AND e.coach_id = (${p}::uuid[])[1])
        OR (t.state = 'received' AND t.municipality_id = (${p}::uuid[])[2])
        OR t.referred_by = (${p}::uuid[])[3])`,
  },
  sort: { receivedOn: 't.received_on', state: 't.state', municipalityId: 't.municipality_id' },
  defaultSort: 'receivedOn',
});

/** The referral module's writes. */
export const referralWrites = {
  createReferral(
    tx: TenantTx,
    input: {
      participantId: string;
      municipalityId: string;
      projectId: string;
      referredBy: string | null;
      referrerOrganisation: ReferrerOrganisation;
      receivedOn: LocalDate;
    },
  ): Promise<string> {
    return insertOne(
      tx,
      `INSERT INTO referrals (association_id, participant_id, municipality_id, project_id, referred_by, referrer_organisation, received_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        tx.associationId,
        input.participantId,
        input.municipalityId,
        input.projectId,
        input.referredBy,
        input.referrerOrganisation,
        input.receivedOn,
      ],
    );
  },
  /** Saves the referral's new state and its newest decision, if the version still matches. */
  async saveReferralDecision(
    tx: TenantTx,
    referral: Referral,
    expectedVersion: number,
  ): Promise<void> {
    const updated = await tx.query(
      `UPDATE referrals SET state = $4, version = version + 1 WHERE association_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [tx.associationId, referral.id, expectedVersion, referral.state],
    );
    if (updated.length === 0) await conflictOrMissing(tx, 'referrals', referral.id);
    const decision = referral.decisions.at(-1);
    if (!decision) return;
    await tx.query(
      `INSERT INTO referral_decisions (association_id, referral_id, action, state, decided_on, decided_by, meeting_id, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        tx.associationId,
        referral.id,
        decision.action,
        decision.state,
        decision.decidedOn,
        decision.decidedBy,
        decision.meetingId,
        decision.note,
      ],
    );
  },
};
