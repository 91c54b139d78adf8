import type { Gender } from '@finsam-se/domain';
import { LocalDate } from '@finsam-se/domain';
import type { SusRegistrationRow } from '@finsam-se/reporting';
import type { TenantTx } from '../db/database.js';
import { activeConsentSql } from '../personal-data/personal-data.repository.js';

/**
 * SUS registrations (one per enrollment) active in [from, to) (half-open), only for participants with
 * an active `sus_registration` consent on `consentDay` (the day of the export): after a
 * withdrawal the person is left out of every export made from then on.
 */
export async function susRegistrationRows(
  tx: TenantTx,
  query: {
    from: string;
    to: string;
    consentDay: string;
    municipalityId?: string;
    /** Keyset paging for a streamed export: the rows after this one, at most `limit` of them. */
    after?: { registeredOn: string; registrationId: string };
    limit?: number;
  },
): Promise<SusRegistrationRow[]> {
  const params: unknown[] = [tx.associationId, query.from, query.to, query.consentDay];
  let extra = '';
  if (query.municipalityId) {
    params.push(query.municipalityId);
    extra = ` AND e.municipality_id = $${params.length}`;
  }
  if (query.after) {
    params.push(query.after.registeredOn, query.after.registrationId);
    extra += ` AND (e.enrolled_on, e.id) > ($${params.length - 1}::date, $${params.length}::uuid)`;
  }
  let limit = '';
  if (query.limit !== undefined) {
    params.push(query.limit);
    limit = ` LIMIT $${params.length}`;
  }
  const rows = await tx.query<{
    id: string;
    gender: Gender;
    birth_date: string;
    enrolled_on: string;
    discharged_on: string | null;
    discharge_reason: string | null;
    before: string[];
    during: string[];
    after: string[] | null;
    occupation_after: string | null;
    education_level: string | null;
    first_job_on: string | null;
  }>(
    `SELECT e.id, p.gender, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date,
            to_char(e.enrolled_on, 'YYYY-MM-DD') AS enrolled_on, to_char(e.discharged_on, 'YYYY-MM-DD') AS discharged_on,
            e.discharge_reason, e.compensation_at_start AS before, e.compensation_during AS during, e.compensation_at_end AS after, e.occupation_after,
            p.education_level, to_char(e.first_job_on, 'YYYY-MM-DD') AS first_job_on
     FROM enrollments e JOIN participants p ON p.association_id = e.association_id AND p.id = e.participant_id
     WHERE e.association_id = $1 AND e.enrolled_on < $3::date AND (e.discharged_on IS NULL OR e.discharged_on >= $2::date)
       AND ${activeConsentSql('p', `'sus_registration'`, '$4::date')}${extra}
     ORDER BY e.enrolled_on, e.id${limit}`,
    params,
  );
  return rows.map((r) => ({
    registrationId: r.id,
    anonymous: false,
    budgetYear: Number(r.enrolled_on.slice(0, 4)),
    gender: r.gender,
    birthDate: LocalDate.from(r.birth_date),
    registeredOn: LocalDate.from(r.enrolled_on),
    incomeBefore: r.before,
    incomeDuring: r.during,
    educationLevel: r.education_level,
    monthsOnPublicSupportBefore: null,
    dischargedOn: r.discharged_on === null ? null : LocalDate.from(r.discharged_on),
    incomeAfter: r.after ?? [],
    occupationAfter: r.occupation_after,
    workOrStudyStartedOrGrew: r.discharged_on === null ? null : r.first_job_on !== null,
    dischargeReason: r.discharge_reason,
  }));
}
