import {
  type FollowUp,
  type FollowUpOffset,
  LocalDate,
  type Phase,
  type Placement,
  type Enrollment,
} from '@finsam-se/domain';
import {
  type EnrollmentEntity,
  type FollowUpEntity,
  type PlacementEntity,
} from '../db/entities.js';
import { type RowOf } from '../db/row-of.js';
import { filter, resourceQueries } from '../db/resource-query.js';
import { PersistenceError } from '../db/database-error.js';
import { type TenantTx } from '../db/database.js';
import { conflictOrMissing } from '../db/conflict-or-missing.js';
import { date, day, requiredDate } from '../db/sql-dates.js';
import { insertOne } from '../db/insert-one.js';

/**
 * The partial unique index (migration 1733240000000) that keeps one open enrollment per
 * participant and project; a `DUPLICATE` PersistenceError names it when a second is tried.
 */
export const ONE_OPEN_ENROLLMENT = 'enrollments_one_open_per_project';

export type EnrollmentView = Enrollment & {
  readonly participantName: string;
  readonly currentPhase: Phase;
  readonly firstEmployerContactOn: LocalDate | null;
  readonly firstJobOn: LocalDate | null;
};

export const enrollments = resourceQueries({
  from: 'FROM enrollments t JOIN participants p ON p.association_id = t.association_id AND p.id = t.participant_id',
  select: `t.association_id, t.id, t.participant_id, t.coach_id, t.municipality_id, t.project_id, t.referral_id, ${day('t.enrolled_on', 'enrolled_on')},
    t.compensation_at_start, t.compensation_during, t.current_phase, ${day('t.discharged_on', 'discharged_on')}, t.discharge_reason, t.compensation_at_end, t.occupation_after,
    ${day('t.first_employer_contact_on', 'first_contact')}, ${day('t.first_job_on', 'first_job')}, t.version,
    p.first_name || ' ' || p.last_name AS participant_name,
    coalesce((SELECT json_agg(json_build_object('phase', x.phase, 'on', x.on_date) ORDER BY x.seq) FROM phase_transitions x WHERE x.association_id = t.association_id AND x.enrollment_id = t.id), '[]') AS phases,
    coalesce((SELECT json_agg(json_build_object('startedOn', a.started_on, 'endedOn', a.ended_on, 'reason', a.reason) ORDER BY a.started_on) FROM after_support_episodes a WHERE a.association_id = t.association_id AND a.enrollment_id = t.id), '[]') AS after_support`,
  map: (
    r: RowOf<
      EnrollmentEntity,
      | 'associationId'
      | 'id'
      | 'participantId'
      | 'coachId'
      | 'municipalityId'
      | 'projectId'
      | 'referralId'
      | 'enrolledOn'
      | 'compensationAtStart'
      | 'compensationDuring'
      | 'currentPhase'
      | 'dischargedOn'
      | 'dischargeReason'
      | 'compensationAtEnd'
      | 'occupationAfter'
      | 'version'
    > & {
      first_contact: string | null;
      first_job: string | null;
      participant_name: string;
      phases: { phase: Phase; on: string }[];
      after_support: {
        startedOn: string;
        endedOn: string | null;
        reason: 'follow_up' | 're_contact';
      }[];
    },
  ): EnrollmentView => ({
    associationId: r.association_id,
    id: r.id,
    participantId: r.participant_id,
    coachId: r.coach_id,
    municipalityId: r.municipality_id,
    projectId: r.project_id,
    referralId: r.referral_id,
    enrolledOn: LocalDate.from(r.enrolled_on),
    compensationAtStart: r.compensation_at_start,
    compensationDuring: r.compensation_during,
    phases: r.phases.map((x) => ({ phase: x.phase, on: LocalDate.from(x.on) })),
    discharge:
      r.discharged_on === null
        ? null
        : {
            on: LocalDate.from(r.discharged_on),
            reason: r.discharge_reason ?? '',
            compensationAtEnd: r.compensation_at_end ?? [],
            occupationAfter: r.occupation_after ?? '',
          },
    afterSupport: r.after_support.map((a) => ({
      startedOn: LocalDate.from(a.startedOn),
      endedOn: a.endedOn === null ? null : LocalDate.from(a.endedOn),
      reason: a.reason,
    })),
    version: r.version,
    participantName: r.participant_name,
    currentPhase: r.current_phase,
    firstEmployerContactOn: r.first_contact === null ? null : LocalDate.from(r.first_contact),
    firstJobOn: r.first_job === null ? null : LocalDate.from(r.first_job),
  }),
  filters: {
    ids: filter.ids(),
    participantId: filter.equals('t.participant_id'),
    participantIds: filter.ids('t.participant_id'),
    coachId: filter.equals('t.coach_id'),
    municipalityId: filter.equals('t.municipality_id'),
    projectId: filter.equals('t.project_id'),
    active: (p) => `((t.discharged_on IS NULL) = ${p})`,
    currentPhase: filter.equals('t.current_phase'),
    q: filter.search('p.first_name', 'p.last_name'),
  },
  sort: {
    enrolledOn: 't.enrolled_on',
    dischargedOn: 't.discharged_on',
    currentPhase: 't.current_phase',
    participantName: 'p.last_name',
  },
  defaultSort: 'enrolledOn',
});

export type PlacementView = Placement & {
  readonly coachId: string;
  readonly municipalityId: string;
};

export const placements = resourceQueries({
  from: 'FROM placements t JOIN enrollments e ON e.association_id = t.association_id AND e.id = t.enrollment_id',
  select: `t.association_id, t.id, t.enrollment_id, t.employer_id, t.kind, ${day('t.started_on', 'started_on')}, ${day('t.ended_on', 'ended_on')}, t.hours_per_week::float AS hours, e.coach_id, e.municipality_id`,
  map: (
    r: RowOf<
      PlacementEntity,
      'associationId' | 'id' | 'enrollmentId' | 'employerId' | 'kind' | 'startedOn' | 'endedOn'
    > &
      RowOf<EnrollmentEntity, 'coachId' | 'municipalityId'> & { hours: number | null },
  ): PlacementView => ({
    associationId: r.association_id,
    id: r.id,
    enrollmentId: r.enrollment_id,
    employerId: r.employer_id,
    kind: r.kind,
    startedOn: requiredDate(r.started_on),
    endedOn: date(r.ended_on),
    hoursPerWeek: r.hours,
    coachId: r.coach_id,
    municipalityId: r.municipality_id,
  }),
  filters: {
    ids: filter.ids(),
    enrollmentId: filter.equals('t.enrollment_id'),
    employerId: filter.equals('t.employer_id'),
    kind: filter.equals('t.kind'),
    coachId: filter.equals('e.coach_id'),
    municipalityId: filter.equals('e.municipality_id'),
  },
  sort: { startedOn: 't.started_on', kind: 't.kind' },
  defaultSort: 'startedOn',
});

/**
 * Follow-up contact allowed: no withdrawn follow_up_contact consent, or a newer active one.
 * A withdrawal is never dated after today (the gateway refuses it), so no date is compared
 * here: `current_date` was the database server's day, not Stockholm's, and for an hour
 * each night a withdrawal made today did not count yet.
 */
const CONTACT_ALLOWED = `(NOT EXISTS (SELECT 1 FROM consents c WHERE c.association_id = e.association_id AND c.participant_id = e.participant_id
      AND c.purpose = 'follow_up_contact' AND c.withdrawn_on IS NOT NULL)
    OR EXISTS (SELECT 1 FROM consents c WHERE c.association_id = e.association_id AND c.participant_id = e.participant_id
      AND c.purpose = 'follow_up_contact' AND c.withdrawn_on IS NULL))`;

export type FollowUpView = FollowUp & {
  readonly coachId: string;
  readonly municipalityId: string;
  /** False when the participant withdrew consent to follow-up contact (and gave none since). */
  readonly contactAllowed: boolean;
};

export const followUps = resourceQueries({
  from: 'FROM follow_ups t JOIN enrollments e ON e.association_id = t.association_id AND e.id = t.enrollment_id',
  select: `t.association_id, t.id, t.enrollment_id, t.months_after, ${day('t.due_on', 'due_on')}, ${day('t.done_on', 'done_on')}, t.working, t.studying, e.coach_id, e.municipality_id,
    ${CONTACT_ALLOWED} AS contact_allowed`,
  map: (
    r: RowOf<
      FollowUpEntity,
      | 'associationId'
      | 'id'
      | 'enrollmentId'
      | 'monthsAfter'
      | 'dueOn'
      | 'doneOn'
      | 'working'
      | 'studying'
    > &
      RowOf<EnrollmentEntity, 'coachId' | 'municipalityId'> & { contact_allowed: boolean },
  ): FollowUpView => ({
    associationId: r.association_id,
    id: r.id,
    enrollmentId: r.enrollment_id,
    monthsAfter: r.months_after as FollowUpOffset,
    dueOn: requiredDate(r.due_on),
    doneOn: date(r.done_on),
    working: r.working,
    studying: r.studying,
    coachId: r.coach_id,
    municipalityId: r.municipality_id,
    contactAllowed: r.contact_allowed,
  }),
  filters: {
    ids: filter.ids(),
    enrollmentId: filter.equals('t.enrollment_id'),
    coachId: filter.equals('e.coach_id'),
    municipalityId: filter.equals('e.municipality_id'),
    done: (p) => `((t.done_on IS NOT NULL) = ${p})`,
    dueBefore: (p) => `(t.due_on < ${p}::date)`,
    dueFrom: (p) => `(t.due_on >= ${p}::date)`,
    contactAllowed: (p) => `(${CONTACT_ALLOWED} = ${p})`,
  },
  sort: { dueOn: 't.due_on', monthsAfter: 't.months_after' },
  defaultSort: 'dueOn',
});

/** The enrollment module's writes. */
export const enrollmentWrites = {
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
};
