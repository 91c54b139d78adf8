import type { AssessmentScores, Gender, LocalDate } from '@finsam-se/domain';
import { PersistenceError } from '../db/database-error.js';
import type { TenantTx } from '../db/database.js';
import type { AssessmentEntity } from '../db/entities.js';
import type { RowOf } from '../db/row-of.js';
import { type AssessmentRecord, type SurveyScope } from './survey-records.js';

/** Assessments (DOA, SASSAM) of a participant, and who may make them. */
export const assessmentQueries = {
  /** The coach and municipality of a participant's latest enrollment (for scope checks). */
  async participantOwner(
    tx: TenantTx,
    participantId: string,
  ): Promise<
    { coachId: string | null; municipalityId: string | null; gender: Gender } | undefined
  > {
    const rows = await tx.query<{
      coach_id: string | null;
      municipality_id: string | null;
      gender: Gender;
    }>(
      `SELECT e.coach_id, e.municipality_id, p.gender FROM participants p
       LEFT JOIN LATERAL (SELECT coach_id, municipality_id FROM enrollments x
         WHERE x.association_id = p.association_id AND x.participant_id = p.id
         ORDER BY x.enrolled_on DESC, x.id DESC LIMIT 1) e ON true
       WHERE p.association_id = $1 AND p.id = $2`,
      [tx.associationId, participantId],
    );
    const r = rows[0];
    return r && { coachId: r.coach_id, municipalityId: r.municipality_id, gender: r.gender };
  },

  async insertAssessment(
    tx: TenantTx,
    input: {
      participantId: string;
      definitionKey: string;
      definitionVersion: number;
      assessedOn: LocalDate;
      recordedBy: string;
      note: string;
      scores: AssessmentScores;
    },
  ): Promise<string> {
    const rows = await tx.query<{ id: string }>(
      `WITH a AS (
         INSERT INTO assessments (association_id, participant_id, definition_key, definition_version, assessed_on, recorded_by, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING association_id, id)
       , s AS (
         INSERT INTO assessment_scores (association_id, assessment_id, item_key, score)
         SELECT a.association_id, a.id, x.key, x.value::smallint FROM a, jsonb_each_text($8::jsonb) AS x)
       SELECT id FROM a`,
      [
        tx.associationId,
        input.participantId,
        input.definitionKey,
        input.definitionVersion,
        input.assessedOn,
        input.recordedBy,
        input.note,
        JSON.stringify(input.scores),
      ],
    );
    const id = rows[0]?.id;
    if (!id) throw new PersistenceError('CONSTRAINT', 'Insert returned nothing');
    return id;
  },

  async assessmentsOfParticipant(tx: TenantTx, participantId: string): Promise<AssessmentRecord[]> {
    const rows = await tx.query<
      RowOf<
        AssessmentEntity,
        'id' | 'participantId' | 'definitionKey' | 'definitionVersion' | 'assessedOn' | 'note'
      > & { recorded_by_name: string | null; scores: Record<string, number> }
    >(
      `SELECT a.id, a.participant_id, a.definition_key, a.definition_version, to_char(a.assessed_on, 'YYYY-MM-DD') AS assessed_on,
         a.note, u.name AS recorded_by_name,
         coalesce((SELECT jsonb_object_agg(s.item_key, s.score) FROM assessment_scores s
           WHERE s.association_id = a.association_id AND s.assessment_id = a.id), '{}'::jsonb) AS scores
       FROM assessments a LEFT JOIN users u ON u.association_id = a.association_id AND u.id = a.recorded_by
       WHERE a.association_id = $1 AND a.participant_id = $2 ORDER BY a.assessed_on, a.created_at`,
      [tx.associationId, participantId],
    );
    return rows.map((r) => ({
      id: r.id,
      participantId: r.participant_id,
      definitionKey: r.definition_key,
      definitionVersion: r.definition_version,
      assessedOn: r.assessed_on as LocalDate,
      note: r.note,
      recordedByName: r.recorded_by_name,
      scores: r.scores,
    }));
  },

  /**
   * Assessments in the period for the aggregated change (never the note), scoped by the
   * participant's latest enrollment's coach, municipality or project.
   */
  async assessmentRows(
    tx: TenantTx,
    scope: SurveyScope,
  ): Promise<
    {
      participantId: string;
      gender: Gender;
      definitionKey: string;
      on: LocalDate;
      scores: AssessmentScores;
    }[]
  > {
    const params: unknown[] = [tx.associationId, scope.period.start, scope.period.end];
    const clauses: string[] = [];
    for (const [column, value] of [
      ['project_id', scope.projectId],
      ['municipality_id', scope.municipalityId],
      ['coach_id', scope.coachId],
    ] as const) {
      if (!value) continue;
      params.push(value);
      clauses.push(` AND e.${column} = $${params.length}`);
    }
    const rows = await tx.query<{
      participant_id: string;
      gender: Gender;
      definition_key: string;
      assessed_on: string;
      scores: Record<string, number>;
    }>(
      `SELECT a.participant_id, p.gender, a.definition_key, to_char(a.assessed_on, 'YYYY-MM-DD') AS assessed_on,
         coalesce((SELECT jsonb_object_agg(s.item_key, s.score) FROM assessment_scores s
           WHERE s.association_id = a.association_id AND s.assessment_id = a.id), '{}'::jsonb) AS scores
       FROM assessments a
       JOIN participants p ON p.association_id = a.association_id AND p.id = a.participant_id
       LEFT JOIN LATERAL (SELECT coach_id, municipality_id, project_id FROM enrollments x
         WHERE x.association_id = p.association_id AND x.participant_id = p.id
         ORDER BY x.enrolled_on DESC, x.id DESC LIMIT 1) e ON true
       WHERE a.association_id = $1 AND a.assessed_on >= $2::date AND a.assessed_on < $3::date${clauses.join('')}`,
      params,
    );
    return rows.map((r) => ({
      participantId: r.participant_id,
      gender: r.gender,
      definitionKey: r.definition_key,
      on: r.assessed_on as LocalDate,
      scores: r.scores,
    }));
  },
};
