import {
  type Attestation,
  type Coach,
  type Employer,
  type FollowUp,
  type FollowUpOffset,
  Fte,
  type HalfYear,
  LocalDate,
  type Municipality,
  type MunicipalityCode,
  type Phase,
  type Placement,
  type SeGroupMeeting,
  type User,
} from '@finsam-se/domain';
import type {
  AttestationEntity,
  CoachEntity,
  EmployerEntity,
  EnrollmentEntity,
  FollowUpEntity,
  MunicipalityEntity,
  PlacementEntity,
  SeGroupMeetingEntity,
  UserEntity,
} from '../db/entities.js';
import type { RowOf } from '../db/row-of.js';
import { filter, resourceQueries } from '../db/resource-query.js';

const day = (column: string, alias: string) => `to_char(${column}, 'YYYY-MM-DD') AS ${alias}`;
const date = (text: string | null): LocalDate | null =>
  text === null ? null : LocalDate.from(text);
const requiredDate = (text: string): LocalDate => LocalDate.from(text);

export const municipalities = resourceQueries({
  from: 'FROM municipalities t',
  select: 't.association_id, t.id, t.code, t.name',
  map: (r: RowOf<MunicipalityEntity, 'associationId' | 'id' | 'code' | 'name'>): Municipality => ({
    associationId: r.association_id,
    id: r.id,
    code: r.code as MunicipalityCode,
    name: r.name,
  }),
  filters: {
    ids: filter.ids(),
    q: filter.search('t.name', 't.code'),
    code: filter.equals('t.code'),
  },
  sort: { name: 't.name', code: 't.code', id: 't.id' },
  defaultSort: 'name',
});

export type CoachView = Coach & {
  readonly activeParticipants: number;
  readonly monthlySalary: number;
};
export const coaches = resourceQueries({
  from: `FROM coaches t`,
  select: `t.association_id, t.id, t.name, t.municipality_id, t.fte, ${day('t.employed_from', 'employed_from')},
    ${day('t.employed_until', 'employed_until')}, t.monthly_salary_ore, t.version,
    (SELECT count(*)::int FROM enrollments e WHERE e.association_id = t.association_id AND e.coach_id = t.id AND e.discharged_on IS NULL) AS active`,
  map: (
    r: RowOf<
      CoachEntity,
      | 'associationId'
      | 'id'
      | 'name'
      | 'municipalityId'
      | 'fte'
      | 'employedFrom'
      | 'employedUntil'
      | 'monthlySalaryOre'
      | 'version'
    > & { active: number },
  ): CoachView => ({
    associationId: r.association_id,
    id: r.id,
    name: r.name,
    municipalityId: r.municipality_id,
    fte: Fte.ofHundredths(r.fte),
    employedFrom: requiredDate(r.employed_from),
    employedUntil: date(r.employed_until),
    activeParticipants: r.active,
    monthlySalary: Number(r.monthly_salary_ore),
  }),
  filters: {
    ids: filter.ids(),
    q: filter.search('t.name'),
    municipalityId: filter.equals('t.municipality_id'),
  },
  sort: {
    name: 't.name',
    fte: 't.fte',
    employedFrom: 't.employed_from',
    municipalityId: 't.municipality_id',
    activeParticipants: 'active',
  },
  defaultSort: 'name',
});

export type UserView = User & { readonly lastLoginAt: string | null; readonly version: number };
export const users = resourceQueries({
  from: 'FROM users t',
  select:
    't.association_id, t.id, t.email, t.name, t.role, t.municipality_id, t.coach_id, t.organisation, t.active, t.last_login_at, t.version',
  map: (
    r: RowOf<
      UserEntity,
      | 'associationId'
      | 'id'
      | 'email'
      | 'name'
      | 'role'
      | 'municipalityId'
      | 'coachId'
      | 'organisation'
      | 'active'
      | 'lastLoginAt'
      | 'version'
    >,
  ): UserView => ({
    associationId: r.association_id,
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    municipalityId: r.municipality_id,
    coachId: r.coach_id,
    organisation: r.organisation,
    active: r.active,
    lastLoginAt: r.last_login_at?.toISOString() ?? null,
    version: r.version,
  }),
  filters: {
    ids: filter.ids(),
    q: filter.search('t.name', 't.email'),
    role: filter.equals('t.role'),
    active: filter.equals('t.active'),
  },
  sort: { name: 't.name', email: 't.email', role: 't.role', lastLoginAt: 't.last_login_at' },
  defaultSort: 'name',
});

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

export const employers = resourceQueries({
  from: 'FROM employers t',
  select: 't.association_id, t.id, t.name, t.organisation_number, t.municipality_id',
  map: (
    r: RowOf<
      EmployerEntity,
      'associationId' | 'id' | 'name' | 'organisationNumber' | 'municipalityId'
    >,
  ): Employer => ({
    associationId: r.association_id,
    id: r.id,
    name: r.name,
    organisationNumber: r.organisation_number,
    municipalityId: r.municipality_id,
  }),
  filters: {
    ids: filter.ids(),
    q: filter.search('t.name'),
    municipalityId: filter.equals('t.municipality_id'),
  },
  sort: { name: 't.name', municipalityId: 't.municipality_id' },
  defaultSort: 'name',
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

/** Follow-up contact allowed: no withdrawn follow_up_contact consent, or a newer active one. */
const CONTACT_ALLOWED = `(NOT EXISTS (SELECT 1 FROM consents c WHERE c.association_id = e.association_id AND c.participant_id = e.participant_id
      AND c.purpose = 'follow_up_contact' AND c.withdrawn_on IS NOT NULL AND c.withdrawn_on <= current_date)
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

export const attestations = resourceQueries({
  from: 'FROM attestations t',
  select: `t.association_id, t.id, t.municipality_id, t.project_id, t.half_year, t.signed_by, ${day('t.signed_on', 'signed_on')}, t.statement`,
  map: (
    r: RowOf<
      AttestationEntity,
      | 'associationId'
      | 'id'
      | 'municipalityId'
      | 'projectId'
      | 'halfYear'
      | 'signedBy'
      | 'signedOn'
      | 'statement'
    >,
  ): Attestation => ({
    associationId: r.association_id,
    id: r.id,
    municipalityId: r.municipality_id,
    projectId: r.project_id,
    halfYear: r.half_year as HalfYear,
    signedBy: r.signed_by,
    signedOn: requiredDate(r.signed_on),
    statement: r.statement,
  }),
  filters: {
    ids: filter.ids(),
    municipalityId: filter.equals('t.municipality_id'),
    projectId: filter.equals('t.project_id'),
    halfYear: filter.equals('t.half_year'),
  },
  sort: { halfYear: 't.half_year', signedOn: 't.signed_on', municipalityId: 't.municipality_id' },
  defaultSort: 'halfYear',
});

export type PhaseValue = Phase;
