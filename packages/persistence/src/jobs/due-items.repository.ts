import type { HalfYear, LocalDate } from '@finsam-se/domain';
import type { TenantTx } from '../db/database.js';

/** Whose due items a reader sees: the association, one municipality, or one coach's people. */
export type DueScope =
  | { readonly kind: 'association' }
  | { readonly kind: 'municipality'; readonly municipalityId: string }
  | { readonly kind: 'coach'; readonly coachId: string };

/** A follow-up not yet recorded whose recording window has opened. */
export type DueFollowUp = {
  readonly followUpId: string;
  readonly enrollmentId: string;
  readonly monthsAfter: 3 | 6 | 12;
  readonly dueOn: LocalDate;
  readonly coachId: string;
  readonly municipalityId: string;
  readonly participantId: string;
  readonly participantName: string;
  /** A surveys consent given and not withdrawn. */
  readonly surveyConsent: boolean;
};

/** A project and a municipality whose chief certifies it, with the half-years signed. */
export type AttestationFacts = {
  readonly projectId: string;
  readonly projectName: string;
  readonly projectStart: LocalDate;
  readonly projectEnd: LocalDate;
  readonly municipalityId: string;
  readonly municipalityName: string;
  readonly signed: readonly HalfYear[];
};

const scopeSql = (scope: DueScope, param: number) => {
  switch (scope.kind) {
    case 'association':
      return { sql: '', params: [] as string[] };
    case 'municipality':
      return { sql: ` AND e.municipality_id = $${param}`, params: [scope.municipalityId] };
    case 'coach':
      return { sql: ` AND e.coach_id = $${param}`, params: [scope.coachId] };
  }
};

/**
 * The due items of one association: what the scheduled jobs act on and what the panel's
 * "Att göra" shows, from the same queries, so the two never disagree.
 */
export const dueItemsRepository = {
  /** Follow-ups not done, due before `dueBefore` (the recording window's end), oldest first. */
  async followUps(
    tx: TenantTx,
    dueBefore: LocalDate,
    scope: DueScope = { kind: 'association' },
    followUpId?: string,
  ): Promise<DueFollowUp[]> {
    const scoped = scopeSql(scope, 3);
    const idParam = 3 + scoped.params.length;
    const rows = await tx.query<{
      id: string;
      enrollment_id: string;
      months_after: number;
      due_on: LocalDate;
      coach_id: string;
      municipality_id: string;
      participant_id: string;
      name: string;
      consent: boolean;
    }>(
      `SELECT f.id, f.enrollment_id, f.months_after, to_char(f.due_on, 'YYYY-MM-DD') AS due_on,
              e.coach_id, e.municipality_id, e.participant_id, p.first_name || ' ' || p.last_name AS name,
              EXISTS (SELECT 1 FROM consents c WHERE c.association_id = p.association_id AND c.participant_id = p.id
                        AND c.purpose = 'surveys' AND c.withdrawn_on IS NULL) AS consent
       FROM follow_ups f
       JOIN enrollments e ON e.association_id = f.association_id AND e.id = f.enrollment_id
       JOIN participants p ON p.association_id = e.association_id AND p.id = e.participant_id
       WHERE f.association_id = $1 AND f.done_on IS NULL AND f.due_on < $2::date
         AND p.anonymised_on IS NULL${scoped.sql}
         ${followUpId ? `AND f.id = $${idParam}` : ''}
       ORDER BY f.due_on, f.id`,
      [tx.associationId, dueBefore, ...scoped.params, ...(followUpId ? [followUpId] : [])],
    );
    return rows.map((r) => ({
      followUpId: r.id,
      enrollmentId: r.enrollment_id,
      monthsAfter: r.months_after as 3 | 6 | 12,
      dueOn: r.due_on,
      coachId: r.coach_id,
      municipalityId: r.municipality_id,
      participantId: r.participant_id,
      participantName: r.name,
      surveyConsent: r.consent,
    }));
  },

  /** Every project with every municipality that has a municipal chief, and what was signed. */
  async attestationFacts(tx: TenantTx, municipalityId?: string): Promise<AttestationFacts[]> {
    const rows = await tx.query<{
      project_id: string;
      project_name: string;
      starts_on: LocalDate;
      ends_on: LocalDate;
      municipality_id: string;
      municipality_name: string;
      signed: HalfYear[];
    }>(
      `SELECT pr.id AS project_id, pr.name AS project_name,
              to_char(pr.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(pr.ends_on, 'YYYY-MM-DD') AS ends_on,
              m.id AS municipality_id, m.name AS municipality_name,
              coalesce((SELECT array_agg(a.half_year ORDER BY a.half_year) FROM attestations a
                 WHERE a.association_id = pr.association_id AND a.project_id = pr.id AND a.municipality_id = m.id), '{}') AS signed
       FROM projects pr
       JOIN municipalities m ON m.association_id = pr.association_id
       WHERE pr.association_id = $1 AND ($2::uuid IS NULL OR m.id = $2::uuid)
         AND EXISTS (SELECT 1 FROM users u WHERE u.association_id = m.association_id AND u.municipality_id = m.id
                       AND u.role = 'municipal_chief' AND u.active)
       ORDER BY pr.starts_on, pr.id, m.name, m.id`,
      [tx.associationId, municipalityId ?? null],
    );
    return rows.map((r) => ({
      projectId: r.project_id,
      projectName: r.project_name,
      projectStart: r.starts_on,
      projectEnd: r.ends_on,
      municipalityId: r.municipality_id,
      municipalityName: r.municipality_name,
      signed: r.signed,
    }));
  },

  /** Enrollments of a project in a municipality that ran during [start, end): a count only. */
  async enrollmentsDuring(
    tx: TenantTx,
    projectId: string,
    municipalityId: string,
    start: LocalDate,
    end: LocalDate,
  ): Promise<number> {
    const rows = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM enrollments e
       WHERE e.association_id = $1 AND e.project_id = $2 AND e.municipality_id = $3
         AND e.enrolled_on < $5::date AND (e.discharged_on IS NULL OR e.discharged_on >= $4::date)`,
      [tx.associationId, projectId, municipalityId, start, end],
    );
    return rows[0]?.n ?? 0;
  },

  /** The association's municipalities (for the SE group's monthly rhythm). */
  async municipalities(tx: TenantTx): Promise<{ id: string; name: string }[]> {
    return tx.query<{ id: string; name: string }>(
      `SELECT id, name FROM municipalities WHERE association_id = $1 ORDER BY name, id`,
      [tx.associationId],
    );
  },
};
