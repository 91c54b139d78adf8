import {
  Fte,
  type Gender,
  type HalfYear,
  LocalDate,
  Money,
  type Period,
  type Phase,
} from '@finsam-se/domain';
import type {
  EnrollmentRow,
  FollowUpRow,
  PlacementRow,
  PostRow,
  ReContactRow,
  ReferralRow,
} from '@finsam-se/reporting';
import type { TenantTx } from '../db/database.js';
import type {
  AfterSupportEpisodeEntity,
  EnrollmentEntity,
  ParticipantEntity,
  PlacementEntity,
  PostEntity,
  ReferralEntity,
} from '../db/entities.js';
import type { RowOf } from '../db/row-of.js';

/** Salary settings of one year: PO-pålägg (percent text, exact) and the standard monthly salary. */
export type SalarySettingRow = {
  readonly year: number;
  readonly onCostPercent: string;
  readonly standardMonthlySalary: Money;
};

/** A coach's salary and employment, for what a municipality's posts cost. */
export type CoachSalaryRow = {
  readonly coachId: string;
  readonly municipalityId: string;
  readonly fte: Fte;
  readonly monthlySalary: Money;
  readonly employedFrom: LocalDate;
  /** First day no longer employed; null while employed. */
  readonly employedUntil: LocalDate | null;
};

/** Which rows a report reads: always one association (the transaction's tenant). */
export type ReportScope = {
  readonly projectId?: string;
  readonly municipalityId?: string;
  readonly coachId?: string;
  /** Only rows that touch this half-open period (enrolled before its end, not discharged before its start). */
  readonly period?: Period;
  /** Enrollment rows carry their phase history unless this is false (it is the costly part). */
  readonly withPhases?: boolean;
};

function scopeSql(scope: ReportScope, tx: TenantTx, alias = 'e') {
  const params: unknown[] = [tx.associationId];
  const clauses = [`${alias}.association_id = $1`];
  if (scope.projectId) {
    params.push(scope.projectId);
    clauses.push(`${alias}.project_id = $${params.length}`);
  }
  if (scope.municipalityId) {
    params.push(scope.municipalityId);
    clauses.push(`${alias}.municipality_id = $${params.length}`);
  }
  if (scope.coachId) {
    params.push(scope.coachId);
    clauses.push(`${alias}.coach_id = $${params.length}`);
  }
  if (scope.period) {
    params.push(scope.period.start, scope.period.end);
    clauses.push(
      `${alias}.enrolled_on < $${params.length}::date AND (${alias}.discharged_on IS NULL OR ${alias}.discharged_on >= $${params.length - 1}::date)`,
    );
  }
  return { where: clauses.join(' AND '), params };
}

const d = (text: string) => LocalDate.from(text);
const dn = (text: string | null) => (text === null ? null : LocalDate.from(text));

/**
 * The flat rows of @finsam-se/reporting, one set-based query each (no N+1): phases come
 * aggregated as JSON per enrollment.
 */
export const reportRowsRepository = {
  async enrollments(tx: TenantTx, scope: ReportScope): Promise<EnrollmentRow[]> {
    const { where, params } = scopeSql(scope, tx);
    const rows = await tx.query<
      RowOf<
        EnrollmentEntity,
        | 'id'
        | 'participantId'
        | 'coachId'
        | 'municipalityId'
        | 'projectId'
        | 'enrolledOn'
        | 'dischargedOn'
        | 'dischargeReason'
        | 'occupationAfter'
      > &
        RowOf<ParticipantEntity, 'gender' | 'birthDate'> & {
          /** Renamed columns: target groups, and the compensation at start, during and end. */
          factors: ParticipantEntity['targetGroupFactors'];
          before: EnrollmentEntity['compensationAtStart'];
          during: EnrollmentEntity['compensationDuring'];
          after: EnrollmentEntity['compensationAtEnd'];
          first_contact: string | null;
          first_job: string | null;
          phases: { phase: Phase; on: string }[] | null;
        }
    >(
      `SELECT e.id, e.participant_id, e.coach_id, e.municipality_id, e.project_id, p.gender, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date,
              p.target_group_factors AS factors, to_char(e.enrolled_on, 'YYYY-MM-DD') AS enrolled_on,
              to_char(e.discharged_on, 'YYYY-MM-DD') AS discharged_on, e.discharge_reason, e.compensation_at_start AS before,
              e.compensation_during AS during, e.compensation_at_end AS after, e.occupation_after,
              to_char(e.first_employer_contact_on, 'YYYY-MM-DD') AS first_contact, to_char(e.first_job_on, 'YYYY-MM-DD') AS first_job,
              ph.phases
       FROM enrollments e
       JOIN participants p ON p.association_id = e.association_id AND p.id = e.participant_id
       ${
         scope.withPhases === false
           ? 'LEFT JOIN LATERAL (SELECT NULL::json AS phases) ph ON true'
           : `LEFT JOIN LATERAL (SELECT json_agg(json_build_object('phase', x.phase, 'on', x.on_date) ORDER BY x.seq) AS phases
                          FROM phase_transitions x WHERE x.association_id = e.association_id AND x.enrollment_id = e.id) ph ON true`
       }
       WHERE ${where}`,
      params,
    );
    return rows.map((r) => ({
      enrollmentId: r.id,
      participantId: r.participant_id,
      coachId: r.coach_id,
      municipalityId: r.municipality_id,
      projectId: r.project_id,
      gender: r.gender,
      birthDate: d(r.birth_date),
      targetGroupFactors: r.factors,
      enrolledOn: d(r.enrolled_on),
      dischargedOn: dn(r.discharged_on),
      dischargeReason: r.discharge_reason,
      incomeBefore: r.before,
      incomeDuring: r.during,
      incomeAfter: r.after ?? [],
      occupationAfter: r.occupation_after,
      phases: (r.phases ?? []).map((x) => ({ phase: x.phase, on: d(x.on) })),
      firstEmployerContactOn: dn(r.first_contact),
      firstJobOn: dn(r.first_job),
    }));
  },

  async posts(tx: TenantTx, scope: ReportScope): Promise<PostRow[]> {
    const params: unknown[] = [tx.associationId];
    const clauses = ['t.association_id = $1'];
    if (scope.projectId) {
      params.push(scope.projectId);
      clauses.push(`t.project_id = $${params.length}`);
    }
    if (scope.municipalityId) {
      params.push(scope.municipalityId);
      clauses.push(`t.municipality_id = $${params.length}`);
    }
    const rows = await tx.query<
      RowOf<PostEntity, 'municipalityId' | 'fte'> & { starts_on: string; ends_on: string }
    >(
      `SELECT t.municipality_id, t.fte, to_char(lower(t.period), 'YYYY-MM-DD') AS starts_on, to_char(upper(t.period), 'YYYY-MM-DD') AS ends_on
       FROM posts t WHERE ${clauses.join(' AND ')}`,
      params,
    );
    return rows.map((r) => ({
      municipalityId: r.municipality_id,
      coachId: null,
      fte: Fte.ofHundredths(r.fte),
      period: { start: d(r.starts_on), end: d(r.ends_on) },
    }));
  },

  async referrals(tx: TenantTx, scope: ReportScope): Promise<ReferralRow[]> {
    const params: unknown[] = [tx.associationId];
    const clauses = ['r.association_id = $1'];
    if (scope.projectId) {
      params.push(scope.projectId);
      clauses.push(`r.project_id = $${params.length}`);
    }
    if (scope.municipalityId) {
      params.push(scope.municipalityId);
      clauses.push(`r.municipality_id = $${params.length}`);
    }
    if (scope.period) {
      params.push(scope.period.start, scope.period.end);
      clauses.push(
        `r.received_on >= $${params.length - 1}::date AND r.received_on < $${params.length}::date`,
      );
    }
    const rows = await tx.query<
      RowOf<ReferralEntity, 'id' | 'municipalityId' | 'receivedOn' | 'state'> & {
        /** The first decision's day. */
        decided_on: string | null;
      }
    >(
      `SELECT r.id, r.municipality_id, to_char(r.received_on, 'YYYY-MM-DD') AS received_on, r.state,
              (SELECT to_char(min(x.decided_on), 'YYYY-MM-DD') FROM referral_decisions x WHERE x.association_id = r.association_id AND x.referral_id = r.id) AS decided_on
       FROM referrals r WHERE ${clauses.join(' AND ')}`,
      params,
    );
    return rows.map((r) => ({
      referralId: r.id,
      municipalityId: r.municipality_id,
      receivedOn: d(r.received_on),
      state: r.state,
      decidedOn: dn(r.decided_on),
    }));
  },

  async followUps(tx: TenantTx, scope: ReportScope): Promise<FollowUpRow[]> {
    const { where, params } = scopeSql({ ...scope, period: undefined }, tx);
    const rows = await tx.query<{
      enrollment_id: string;
      gender: Gender;
      municipality_id: string;
      discharged_on: string;
      months_after: 3 | 6 | 12;
      working: boolean | null;
      studying: boolean | null;
      done_on: string | null;
    }>(
      `SELECT f.enrollment_id, p.gender, e.municipality_id, to_char(e.discharged_on, 'YYYY-MM-DD') AS discharged_on, f.months_after, f.working, f.studying,
              to_char(f.done_on, 'YYYY-MM-DD') AS done_on
       FROM follow_ups f
       JOIN enrollments e ON e.association_id = f.association_id AND e.id = f.enrollment_id
       JOIN participants p ON p.association_id = e.association_id AND p.id = e.participant_id
       WHERE ${where} AND e.discharged_on IS NOT NULL`,
      params,
    );
    return rows.map((r) => ({
      enrollmentId: r.enrollment_id,
      gender: r.gender,
      municipalityId: r.municipality_id,
      dischargedOn: d(r.discharged_on),
      offsetMonths: r.months_after,
      status:
        r.done_on === null ? 'unknown' : r.working ? 'work' : r.studying ? 'studies' : 'neither',
    }));
  },

  async placements(tx: TenantTx, scope: ReportScope): Promise<PlacementRow[]> {
    const { where, params } = scopeSql({ ...scope, period: undefined }, tx);
    const rows = await tx.query<
      RowOf<PlacementEntity, 'enrollmentId' | 'kind' | 'startedOn'> &
        RowOf<EnrollmentEntity, 'municipalityId'>
    >(
      `SELECT t.enrollment_id, e.municipality_id, t.kind, to_char(t.started_on, 'YYYY-MM-DD') AS started_on
       FROM placements t JOIN enrollments e ON e.association_id = t.association_id AND e.id = t.enrollment_id WHERE ${where}`,
      params,
    );
    return rows.map((r) => ({
      enrollmentId: r.enrollment_id,
      municipalityId: r.municipality_id,
      kind: r.kind,
      startedOn: d(r.started_on),
    }));
  },

  async reContacts(tx: TenantTx, scope: ReportScope): Promise<ReContactRow[]> {
    const { where, params } = scopeSql({ ...scope, period: undefined }, tx);
    const rows = await tx.query<
      RowOf<AfterSupportEpisodeEntity, 'enrollmentId' | 'startedOn'> &
        RowOf<EnrollmentEntity, 'participantId' | 'municipalityId'> &
        RowOf<ParticipantEntity, 'gender'>
    >(
      `SELECT a.enrollment_id, e.participant_id, p.gender, e.municipality_id, to_char(a.started_on, 'YYYY-MM-DD') AS started_on
       FROM after_support_episodes a
       JOIN enrollments e ON e.association_id = a.association_id AND e.id = a.enrollment_id
       JOIN participants p ON p.association_id = e.association_id AND p.id = e.participant_id
       WHERE ${where} AND a.reason = 're_contact'`,
      params,
    );
    return rows.map((r) => ({
      enrollmentId: r.enrollment_id,
      participantId: r.participant_id,
      gender: r.gender,
      municipalityId: r.municipality_id,
      on: d(r.started_on),
    }));
  },

  /** PO-pålägg and standard monthly salary per year (settings, never constants in code). */
  async salarySettings(tx: TenantTx): Promise<SalarySettingRow[]> {
    const rows = await tx.query<{
      year: number;
      on_cost_percent: string;
      standard_monthly_salary_ore: string;
    }>(
      `SELECT year, on_cost_percent::text AS on_cost_percent, standard_monthly_salary_ore::text AS standard_monthly_salary_ore
       FROM salary_settings WHERE association_id = $1 ORDER BY year`,
      [tx.associationId],
    );
    return rows.map((r) => ({
      year: r.year,
      onCostPercent: r.on_cost_percent,
      standardMonthlySalary: Money.fromBigInt(BigInt(r.standard_monthly_salary_ore)),
    }));
  },

  /** Every coach's monthly salary and employment (half-open), for post costs. */
  async coachSalaries(tx: TenantTx, municipalityId?: string): Promise<CoachSalaryRow[]> {
    const params: unknown[] = [tx.associationId];
    let filter = '';
    if (municipalityId) {
      params.push(municipalityId);
      filter = 'AND municipality_id = $2';
    }
    const rows = await tx.query<{
      id: string;
      municipality_id: string;
      fte: number;
      monthly_salary_ore: string;
      employed_from: string;
      employed_until: string | null;
    }>(
      `SELECT id, municipality_id, fte, monthly_salary_ore::text AS monthly_salary_ore,
              to_char(employed_from, 'YYYY-MM-DD') AS employed_from, to_char(employed_until, 'YYYY-MM-DD') AS employed_until
       FROM coaches WHERE association_id = $1 ${filter} ORDER BY id`,
      params,
    );
    return rows.map((r) => ({
      coachId: r.id,
      municipalityId: r.municipality_id,
      fte: Fte.ofHundredths(r.fte),
      monthlySalary: Money.fromBigInt(BigInt(r.monthly_salary_ore)),
      employedFrom: d(r.employed_from),
      employedUntil: dn(r.employed_until),
    }));
  },

  /** Signed attestations (municipality, half-year) of a project. */
  async signedAttestations(
    tx: TenantTx,
    projectId: string,
  ): Promise<{ municipalityId: string; halfYear: HalfYear }[]> {
    const rows = await tx.query<{ municipality_id: string; half_year: HalfYear }>(
      `SELECT municipality_id, half_year FROM attestations WHERE association_id = $1 AND project_id = $2`,
      [tx.associationId, projectId],
    );
    return rows.map((r) => ({ municipalityId: r.municipality_id, halfYear: r.half_year }));
  },

  async referralsWaiting(tx: TenantTx, projectId: string): Promise<Map<string, number>> {
    const rows = await tx.query<{ municipality_id: string; n: number }>(
      `SELECT municipality_id, count(*)::int AS n FROM referrals
       WHERE association_id = $1 AND project_id = $2 AND state IN ('received', 'escalated') GROUP BY municipality_id`,
      [tx.associationId, projectId],
    );
    return new Map(rows.map((r) => [r.municipality_id, r.n]));
  },
};
