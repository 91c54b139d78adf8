import {
  type Enrollment,
  Fte,
  type Goal,
  type GoalMetric,
  LocalDate,
  Money,
  type Phase,
  type Post,
  type Project,
  type Referral,
  type ReferralAction,
  type ReferralState,
} from '@finsam-se/domain';
import type {
  EnrollmentEntity,
  PostEntity,
  ProjectEntity,
  ReferralEntity,
} from '../db/entities.js';
import type { RowOf } from '../db/row-of.js';
import { filter, resourceQueries } from '../db/resource-query.js';

const day = (column: string, alias: string) => `to_char(${column}, 'YYYY-MM-DD') AS ${alias}`;

export const projects = resourceQueries({
  from: 'FROM projects t',
  select: `t.association_id, t.id, t.name, ${day('t.starts_on', 'starts_on')}, ${day('t.ends_on', 'ends_on')}, t.target_group, t.allocation_version, t.version,
    coalesce((SELECT json_agg(json_build_object('year', b.year, 'amount', b.amount_ore::text) ORDER BY b.year) FROM project_budgets b WHERE b.association_id = t.association_id AND b.project_id = t.id), '[]') AS budgets,
    coalesce((SELECT json_agg(json_build_object('metric', g.metric, 'target', g.target, 'start', g.starts_on, 'end', g.ends_on, 'description', g.description) ORDER BY g.metric) FROM goals g WHERE g.association_id = t.association_id AND g.project_id = t.id), '[]') AS goals`,
  map: (
    r: RowOf<
      ProjectEntity,
      | 'associationId'
      | 'id'
      | 'name'
      | 'startsOn'
      | 'endsOn'
      | 'targetGroup'
      | 'allocationVersion'
      | 'version'
    > & {
      budgets: { year: number; amount: string }[];
      goals: {
        metric: GoalMetric;
        target: number;
        start: string;
        end: string;
        description: string;
      }[];
    },
  ): Project & { readonly allocationVersion: number } => ({
    associationId: r.association_id,
    id: r.id,
    name: r.name,
    period: { start: LocalDate.from(r.starts_on), end: LocalDate.from(r.ends_on) },
    targetGroup: r.target_group,
    yearlyBudgets: r.budgets.map((b) => ({
      year: b.year,
      amount: Money.fromBigInt(BigInt(b.amount)),
    })),
    goals: r.goals.map((g): Goal => ({
      metric: g.metric,
      target: g.target,
      period: { start: LocalDate.from(g.start), end: LocalDate.from(g.end) },
      description: g.description,
    })),
    version: r.version,
    allocationVersion: r.allocation_version,
  }),
  filters: {
    ids: filter.ids(),
    q: filter.search('t.name'),
    activeOn: (p) => `t.starts_on <= ${p}::date AND ${p}::date < t.ends_on`,
  },
  sort: { name: 't.name', startsOn: 't.starts_on' },
  defaultSort: 'startsOn',
});

export const posts = resourceQueries({
  from: 'FROM posts t',
  select: `t.association_id, t.id, t.project_id, t.municipality_id, t.fte, ${day('lower(t.period)', 'starts_on')}, ${day('upper(t.period)', 'ends_on')}, t.reallocation_id`,
  map: (
    r: RowOf<
      PostEntity,
      'associationId' | 'id' | 'projectId' | 'municipalityId' | 'fte' | 'reallocationId'
    > & {
      /** The period's bounds (lower inclusive, upper exclusive) as dates. */
      starts_on: string;
      ends_on: string;
    },
  ): Post => ({
    associationId: r.association_id,
    id: r.id,
    projectId: r.project_id,
    municipalityId: r.municipality_id,
    fte: Fte.ofHundredths(r.fte),
    period: { start: LocalDate.from(r.starts_on), end: LocalDate.from(r.ends_on) },
    reallocationId: r.reallocation_id,
  }),
  filters: {
    ids: filter.ids(),
    projectId: filter.equals('t.project_id'),
    municipalityId: filter.equals('t.municipality_id'),
    activeOn: (p) => `t.period @> ${p}::date`,
  },
  sort: { startsOn: 'lower(t.period)', municipalityId: 't.municipality_id', fte: 't.fte' },
  defaultSort: 'startsOn',
});

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
