import type { Enrollment, LocalDate, Referral, ReferrerOrganisation } from '@finsam-se/domain';
import { PersistenceError } from '../db/database-error.js';
import type { TenantTx } from '../db/database.js';
import { conflictOrMissing } from '../db/conflict-or-missing.js';

async function insertOne(tx: TenantTx, sql: string, params: readonly unknown[]): Promise<string> {
  const rows = await tx.query<{ id: string }>(sql, params);
  const id = rows[0]?.id;
  if (!id) throw new PersistenceError('CONSTRAINT', 'Insert returned nothing');
  return id;
}

/**
 * The partial unique index (migration 1733240000000) that keeps one open enrollment per
 * participant and project; a `DUPLICATE` PersistenceError names it when a second is tried.
 */
export const ONE_OPEN_ENROLLMENT = 'enrollments_one_open_per_project';

/** Writes of the SE work: referrals, enrollments, placements, follow-ups, attestations. */
export const workRepository = {
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

  createEnrollment(
    tx: TenantTx,
    input: {
      participantId: string;
      coachId: string;
      municipalityId: string;
      projectId: string;
      referralId: string | null;
      enrolledOn: LocalDate;
      compensationAtStart: readonly string[];
    },
  ): Promise<string> {
    return insertOne(
      tx,
      `WITH e AS (
         INSERT INTO enrollments (association_id, participant_id, coach_id, municipality_id, project_id, referral_id, enrolled_on, compensation_at_start)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, association_id, enrolled_on)
       INSERT INTO phase_transitions (association_id, enrollment_id, seq, phase, on_date)
       SELECT association_id, id, 1, 'agreement', enrolled_on FROM e RETURNING enrollment_id AS id`,
      [
        tx.associationId,
        input.participantId,
        input.coachId,
        input.municipalityId,
        input.projectId,
        input.referralId,
        input.enrolledOn,
        input.compensationAtStart,
      ],
    );
  },

  /**
   * Saves an enrollment after a domain rule changed it (phase move, discharge, after-
   * support): the row, new phase transitions and new after-support episodes.
   */
  async saveEnrollment(tx: TenantTx, before: Enrollment, after: Enrollment): Promise<void> {
    const phase = after.phases.at(-1)?.phase ?? 'agreement';
    const employerContact = after.phases.find((p) => p.phase === 'employer_engagement')?.on ?? null;
    const updated = await tx.query(
      `UPDATE enrollments SET current_phase = $4, discharged_on = $5, discharge_reason = $6, compensation_at_end = $7, occupation_after = $8,
              first_employer_contact_on = coalesce(first_employer_contact_on, $9), compensation_during = $10, version = version + 1
       WHERE association_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [
        tx.associationId,
        after.id,
        before.version,
        phase,
        after.discharge?.on ?? null,
        after.discharge?.reason ?? null,
        after.discharge?.compensationAtEnd ?? null,
        after.discharge?.occupationAfter ?? null,
        employerContact,
        after.compensationDuring,
      ],
    );
    if (updated.length === 0) await conflictOrMissing(tx, 'enrollments', after.id);
    for (let index = before.phases.length; index < after.phases.length; index += 1) {
      const transition = after.phases[index];
      if (!transition) continue;
      await tx.query(
        `INSERT INTO phase_transitions (association_id, enrollment_id, seq, phase, on_date) VALUES ($1, $2, $3, $4, $5)`,
        [tx.associationId, after.id, index + 1, transition.phase, transition.on],
      );
    }
    await tx.query(
      `DELETE FROM after_support_episodes WHERE association_id = $1 AND enrollment_id = $2`,
      [tx.associationId, after.id],
    );
    for (const episode of after.afterSupport) {
      await tx.query(
        `INSERT INTO after_support_episodes (association_id, enrollment_id, started_on, ended_on, reason) VALUES ($1, $2, $3, $4, $5)`,
        [tx.associationId, after.id, episode.startedOn, episode.endedOn, episode.reason],
      );
    }
  },

  createFollowUps(
    tx: TenantTx,
    enrollmentId: string,
    schedule: readonly { monthsAfter: number; dueOn: LocalDate }[],
  ): Promise<unknown> {
    // One statement for the whole schedule (one round trip, one statement per connection
    // at a time as pg requires).
    return tx.query(
      `INSERT INTO follow_ups (association_id, enrollment_id, months_after, due_on)
       SELECT $1, $2, s.months_after, s.due_on FROM unnest($3::int[], $4::date[]) AS s(months_after, due_on)
       ON CONFLICT DO NOTHING`,
      [
        tx.associationId,
        enrollmentId,
        schedule.map((item) => item.monthsAfter),
        schedule.map((item) => item.dueOn),
      ],
    );
  },

  async recordFollowUp(
    tx: TenantTx,
    id: string,
    input: { doneOn: LocalDate; working: boolean; studying: boolean },
  ): Promise<void> {
    const rows = await tx.query(
      `UPDATE follow_ups SET done_on = $3, working = $4, studying = $5 WHERE association_id = $1 AND id = $2 RETURNING id`,
      [tx.associationId, id, input.doneOn, input.working, input.studying],
    );
    if (rows.length === 0) throw new PersistenceError('NOT_FOUND', 'No such follow-up');
  },

  createAttestation(
    tx: TenantTx,
    input: {
      municipalityId: string;
      projectId: string;
      halfYear: string;
      signedBy: string;
      signedOn: LocalDate;
      statement: string;
    },
  ): Promise<string> {
    return insertOne(
      tx,
      `INSERT INTO attestations (association_id, municipality_id, project_id, half_year, signed_by, signed_on, statement)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        tx.associationId,
        input.municipalityId,
        input.projectId,
        input.halfYear,
        input.signedBy,
        input.signedOn,
        input.statement,
      ],
    );
  },

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

  createEmployer(
    tx: TenantTx,
    input: { name: string; organisationNumber: string | null; municipalityId: string | null },
  ): Promise<string> {
    return insertOne(
      tx,
      `INSERT INTO employers (association_id, name, organisation_number, municipality_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [tx.associationId, input.name, input.organisationNumber, input.municipalityId],
    );
  },

  async updateEmployer(
    tx: TenantTx,
    id: string,
    input: { name?: string; organisationNumber?: string | null; municipalityId?: string | null },
  ): Promise<void> {
    const rows = await tx.query(
      `UPDATE employers SET name = coalesce($3, name),
         organisation_number = CASE WHEN $5 THEN $4 ELSE organisation_number END,
         municipality_id = CASE WHEN $7 THEN $6::uuid ELSE municipality_id END
       WHERE association_id = $1 AND id = $2 RETURNING id`,
      [
        tx.associationId,
        id,
        input.name ?? null,
        input.organisationNumber ?? null,
        input.organisationNumber !== undefined,
        input.municipalityId ?? null,
        input.municipalityId !== undefined,
      ],
    );
    if (rows.length === 0) throw new PersistenceError('NOT_FOUND', 'No such employer');
  },

  async deleteEmployer(tx: TenantTx, id: string): Promise<void> {
    const rows = await tx.query(
      `DELETE FROM employers WHERE association_id = $1 AND id = $2 RETURNING id`,
      [tx.associationId, id],
    );
    if (rows.length === 0) throw new PersistenceError('NOT_FOUND', 'No such employer');
  },

  createPlacement(
    tx: TenantTx,
    input: {
      enrollmentId: string;
      employerId: string | null;
      kind: string;
      startedOn: LocalDate;
      endedOn: LocalDate | null;
      hoursPerWeek: number | null;
    },
  ): Promise<string> {
    return insertOne(
      tx,
      `INSERT INTO placements (association_id, enrollment_id, employer_id, kind, started_on, ended_on, hours_per_week)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        tx.associationId,
        input.enrollmentId,
        input.employerId,
        input.kind,
        input.startedOn,
        input.endedOn,
        input.hoursPerWeek,
      ],
    );
  },

  async endPlacement(tx: TenantTx, id: string, endedOn: LocalDate): Promise<void> {
    const rows = await tx.query(
      `UPDATE placements SET ended_on = $3 WHERE association_id = $1 AND id = $2 RETURNING id`,
      [tx.associationId, id, endedOn],
    );
    if (rows.length === 0) throw new PersistenceError('NOT_FOUND', 'No such placement');
  },

  createCoach(
    tx: TenantTx,
    input: {
      name: string;
      municipalityId: string;
      fte: number;
      employedFrom: LocalDate;
      employedUntil: LocalDate | null;
      monthlySalary: number;
    },
  ): Promise<string> {
    return insertOne(
      tx,
      `INSERT INTO coaches (association_id, name, municipality_id, fte, employed_from, employed_until, monthly_salary_ore)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        tx.associationId,
        input.name,
        input.municipalityId,
        input.fte,
        input.employedFrom,
        input.employedUntil,
        input.monthlySalary,
      ],
    );
  },

  async updateCoach(
    tx: TenantTx,
    id: string,
    input: {
      name?: string;
      municipalityId?: string;
      fte?: number;
      employedUntil?: LocalDate | null;
    },
  ): Promise<void> {
    const rows = await tx.query(
      `UPDATE coaches SET name = coalesce($3, name), municipality_id = coalesce($4, municipality_id), fte = coalesce($5, fte),
         employed_until = CASE WHEN $7 THEN $6::date ELSE employed_until END, version = version + 1
       WHERE association_id = $1 AND id = $2 RETURNING id`,
      [
        tx.associationId,
        id,
        input.name ?? null,
        input.municipalityId ?? null,
        input.fte ?? null,
        input.employedUntil ?? null,
        input.employedUntil !== undefined,
      ],
    );
    if (rows.length === 0) throw new PersistenceError('NOT_FOUND', 'No such coach');
  },
};
