import type {
  Answers,
  Gender,
  QuestionnaireDefinition,
  RespondentKind,
  SurveyTrigger,
} from '@finsam-se/domain';
import { PersistenceError } from '../db/database-error.js';
import type { Database, TenantTx } from '../db/database.js';
import type { EnrollmentEntity, ParticipantEntity, SurveyResponseEntity } from '../db/entities.js';
import type { RowOf } from '../db/row-of.js';
import {
  type InvitationLookup,
  type InvitationRecord,
  type InvitationRow,
  type NewSurveyResponse,
  type QuestionnaireRecord,
  type QuestionnaireRow,
  type RespondentFacts,
  type SurveyFigureRows,
  type SurveyResponseRecord,
  type SurveyScope,
  QUESTIONNAIRE_COLUMNS,
  toInvitation,
  toQuestionnaire,
} from './survey-records.js';
import { assessmentQueries } from './assessment-queries.js';

export type {
  AssessmentRecord,
  InvitationLookup,
  InvitationRecord,
  NewSurveyResponse,
  QuestionnaireRecord,
  RespondentFacts,
  SurveyFigureRows,
  SurveyResponseRecord,
  SurveyScope,
} from './survey-records.js';

/** Questionnaires, one-time links, responses and assessments. */
export const surveyRepository = {
  /**
   * The public page knows only a token: the link is found by the token's hash before the
   * tenant is known, through the narrow `finsam_survey_link` (application role, no
   * tenant), which returns only the tenant, the id and the link's state. Everything else
   * happens in the tenant's transaction.
   */
  async findInvitationByTokenHash(
    database: Database,
    tokenHash: Buffer,
  ): Promise<InvitationLookup | undefined> {
    const rows = await database.lookup<{
      association_id: string;
      id: string;
      expires_at: Date;
      used_at: Date | null;
    }>('SELECT association_id, id, expires_at, used_at FROM finsam_survey_link($1)', [tokenHash]);
    const r = rows[0];
    return (
      r && { associationId: r.association_id, id: r.id, expiresAt: r.expires_at, usedAt: r.used_at }
    );
  },

  async listQuestionnaires(tx: TenantTx): Promise<QuestionnaireRecord[]> {
    const rows = await tx.query<QuestionnaireRow>(
      `SELECT ${QUESTIONNAIRE_COLUMNS} FROM questionnaires WHERE association_id = $1 ORDER BY key, version`,
      [tx.associationId],
    );
    return rows.map(toQuestionnaire);
  },

  async findQuestionnaire(tx: TenantTx, id: string): Promise<QuestionnaireRecord | undefined> {
    const rows = await tx.query<QuestionnaireRow>(
      `SELECT ${QUESTIONNAIRE_COLUMNS} FROM questionnaires WHERE association_id = $1 AND id = $2`,
      [tx.associationId, id],
    );
    return rows[0] && toQuestionnaire(rows[0]);
  },

  async findQuestionnairesByIds(
    tx: TenantTx,
    ids: readonly string[],
  ): Promise<QuestionnaireRecord[]> {
    if (ids.length === 0) return [];
    const rows = await tx.query<QuestionnaireRow>(
      `SELECT ${QUESTIONNAIRE_COLUMNS} FROM questionnaires WHERE association_id = $1 AND id = ANY($2::uuid[])`,
      [tx.associationId, [...ids]],
    );
    return rows.map(toQuestionnaire);
  },

  /** The next version number of a questionnaire key (1 when new). */
  async nextVersion(tx: TenantTx, key: string): Promise<number> {
    const rows = await tx.query<{ next: number }>(
      'SELECT coalesce(max(version), 0) + 1 AS next FROM questionnaires WHERE association_id = $1 AND key = $2',
      [tx.associationId, key],
    );
    return rows[0]?.next ?? 1;
  },

  /** Inserts a questionnaire version (validated by the caller); versions are never edited. */
  async createQuestionnaire(
    tx: TenantTx,
    definition: QuestionnaireDefinition,
    createdBy: string | null,
  ): Promise<string> {
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO questionnaires (association_id, key, version, title_sv, title_en, respondent_kind, questions, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        tx.associationId,
        definition.key,
        definition.version,
        definition.title.sv,
        definition.title.en,
        definition.respondent,
        JSON.stringify(definition.questions),
        createdBy,
      ],
    );
    const id = rows[0]?.id;
    if (!id) throw new PersistenceError('CONSTRAINT', 'Insert returned nothing');
    return id;
  },

  /** Gender, municipality, project and coach of an enrollment (and its participant). */
  async respondentFacts(tx: TenantTx, enrollmentId: string): Promise<RespondentFacts | undefined> {
    const rows = await tx.query<
      RowOf<EnrollmentEntity, 'id' | 'participantId' | 'coachId' | 'municipalityId' | 'projectId'> &
        RowOf<ParticipantEntity, 'gender'>
    >(
      `SELECT e.id, e.participant_id, e.coach_id, e.municipality_id, e.project_id, p.gender
       FROM enrollments e JOIN participants p ON p.association_id = e.association_id AND p.id = e.participant_id
       WHERE e.association_id = $1 AND e.id = $2`,
      [tx.associationId, enrollmentId],
    );
    const r = rows[0];
    return (
      r && {
        enrollmentId: r.id,
        participantId: r.participant_id,
        coachId: r.coach_id,
        municipalityId: r.municipality_id,
        projectId: r.project_id,
        gender: r.gender,
      }
    );
  },

  /** Whether a placement belongs to an enrollment. */
  async placementOf(tx: TenantTx, placementId: string, enrollmentId: string): Promise<boolean> {
    const rows = await tx.query(
      'SELECT 1 FROM placements WHERE association_id = $1 AND id = $2 AND enrollment_id = $3',
      [tx.associationId, placementId, enrollmentId],
    );
    return rows.length > 0;
  },

  async createInvitation(
    tx: TenantTx,
    input: {
      questionnaireId: string;
      respondentKind: RespondentKind;
      enrollmentId: string;
      placementId: string | null;
      trigger: SurveyTrigger;
      anonymous: boolean;
      tokenHash: Buffer;
      expiresAt: Date;
      createdBy: string;
      createdAt: Date;
    },
  ): Promise<InvitationRecord> {
    const rows = await tx.query<InvitationRow>(
      `INSERT INTO survey_invitations (association_id, questionnaire_id, respondent_kind, enrollment_id, placement_id, trigger_point, anonymous, token_hash, expires_at, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       RETURNING id, questionnaire_id, respondent_kind, enrollment_id, placement_id, trigger_point, anonymous, expires_at, used_at, created_at`,
      [
        tx.associationId,
        input.questionnaireId,
        input.respondentKind,
        input.enrollmentId,
        input.placementId,
        input.trigger,
        input.anonymous,
        input.tokenHash,
        input.expiresAt,
        input.createdBy,
        input.createdAt,
      ],
    );
    const row = rows[0];
    if (!row) throw new PersistenceError('CONSTRAINT', 'Insert returned nothing');
    return toInvitation(row);
  },

  async findInvitation(tx: TenantTx, id: string): Promise<InvitationRecord | undefined> {
    const rows = await tx.query<InvitationRow>(
      `SELECT id, questionnaire_id, respondent_kind, enrollment_id, placement_id, trigger_point, anonymous, expires_at, used_at, created_at
       FROM survey_invitations WHERE association_id = $1 AND id = $2`,
      [tx.associationId, id],
    );
    return rows[0] && toInvitation(rows[0]);
  },

  async invitationsOfEnrollment(tx: TenantTx, enrollmentId: string): Promise<InvitationRecord[]> {
    const rows = await tx.query<InvitationRow>(
      `SELECT id, questionnaire_id, respondent_kind, enrollment_id, placement_id, trigger_point, anonymous, expires_at, used_at, created_at
       FROM survey_invitations WHERE association_id = $1 AND enrollment_id = $2 ORDER BY created_at DESC`,
      [tx.associationId, enrollmentId],
    );
    return rows.map(toInvitation);
  },

  /**
   * Marks a link used, only if it is unused and unexpired at `now`: one statement, so two
   * concurrent submissions cannot both succeed. False when it was not (any more) usable.
   */
  async useInvitation(tx: TenantTx, id: string, now: Date): Promise<boolean> {
    const rows = await tx.query(
      `UPDATE survey_invitations SET used_at = $3
       WHERE association_id = $1 AND id = $2 AND used_at IS NULL AND expires_at > $3 RETURNING id`,
      [tx.associationId, id, now],
    );
    return rows.length > 0;
  },

  async insertResponse(tx: TenantTx, response: NewSurveyResponse): Promise<string> {
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO survey_responses (association_id, questionnaire_id, respondent_kind, trigger_point, channel, anonymous, project_id,
         enrollment_id, placement_id, invitation_id, recorded_by, answered_on, gender, year, municipality_id, answers)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [
        tx.associationId,
        response.questionnaireId,
        response.respondentKind,
        response.trigger,
        response.channel,
        response.anonymous,
        response.projectId,
        response.enrollmentId,
        response.placementId,
        response.invitationId,
        response.recordedBy,
        response.answeredOn,
        response.gender,
        response.year,
        response.municipalityId,
        JSON.stringify(response.answers),
      ],
    );
    const id = rows[0]?.id;
    if (!id) throw new PersistenceError('CONSTRAINT', 'Insert returned nothing');
    return id;
  },

  /** The named (non-anonymous) responses about one enrollment. */
  async responsesOfEnrollment(tx: TenantTx, enrollmentId: string): Promise<SurveyResponseRecord[]> {
    const rows = await tx.query<
      RowOf<
        SurveyResponseEntity,
        | 'id'
        | 'questionnaireId'
        | 'respondentKind'
        | 'triggerPoint'
        | 'channel'
        | 'enrollmentId'
        | 'placementId'
        | 'answeredOn'
        | 'year'
        | 'answers'
      >
    >(
      `SELECT id, questionnaire_id, respondent_kind, trigger_point, channel, enrollment_id, placement_id,
         to_char(answered_on, 'YYYY-MM-DD') AS answered_on, year, answers
       FROM survey_responses WHERE association_id = $1 AND enrollment_id = $2 ORDER BY answered_on DESC, id`,
      [tx.associationId, enrollmentId],
    );
    return rows.map((r) => ({
      id: r.id,
      questionnaireId: r.questionnaire_id,
      respondentKind: r.respondent_kind,
      trigger: r.trigger_point,
      channel: r.channel,
      enrollmentId: r.enrollment_id,
      placementId: r.placement_id,
      answeredOn: r.answered_on,
      year: r.year,
      answers: r.answers,
    }));
  },

  /**
   * Rows for the survey figure in a scope: responses answered in the period (anonymous
   * ones, which keep only their year, when that year overlaps the period) and links
   * created in the period, with gender and municipality only.
   */
  async figureRows(tx: TenantTx, scope: SurveyScope): Promise<SurveyFigureRows> {
    const params: unknown[] = [tx.associationId, scope.period.start, scope.period.end];
    const responseClauses: string[] = [];
    const invitationClauses: string[] = [];
    if (scope.projectId) {
      params.push(scope.projectId);
      responseClauses.push(`r.project_id = $${params.length}`);
      invitationClauses.push(`e.project_id = $${params.length}`);
    }
    if (scope.municipalityId) {
      params.push(scope.municipalityId);
      responseClauses.push(`r.municipality_id = $${params.length}`);
      invitationClauses.push(`e.municipality_id = $${params.length}`);
    }
    if (scope.coachId) {
      params.push(scope.coachId);
      responseClauses.push(`e.coach_id = $${params.length}`);
      invitationClauses.push(`e.coach_id = $${params.length}`);
    }
    const and = (clauses: string[]) => clauses.map((c) => ` AND ${c}`).join('');
    const responses = await tx.query<{
      questionnaire_id: string;
      gender: Gender | null;
      municipality_id: string | null;
      answers: Answers;
    }>(
      `SELECT r.questionnaire_id, CASE WHEN r.respondent_kind = 'employer' THEN NULL ELSE r.gender END AS gender, r.municipality_id, r.answers
       FROM survey_responses r
       ${scope.coachId ? 'JOIN' : 'LEFT JOIN'} enrollments e ON e.association_id = r.association_id AND e.id = r.enrollment_id
       WHERE r.association_id = $1
         AND (CASE WHEN r.answered_on IS NOT NULL THEN r.answered_on >= $2::date AND r.answered_on < $3::date
              ELSE r.year BETWEEN extract(year FROM $2::date) AND extract(year FROM ($3::date - 1)) END)${and(responseClauses)}`,
      params,
    );
    const invitations = await tx.query<{
      questionnaire_id: string;
      answered: boolean;
      gender: Gender | null;
      municipality_id: string;
    }>(
      `SELECT i.questionnaire_id, i.used_at IS NOT NULL AS answered,
         CASE WHEN i.respondent_kind = 'employer' THEN NULL ELSE p.gender END AS gender, e.municipality_id
       FROM survey_invitations i
       JOIN enrollments e ON e.association_id = i.association_id AND e.id = i.enrollment_id
       JOIN participants p ON p.association_id = e.association_id AND p.id = e.participant_id
       WHERE i.association_id = $1 AND i.created_at >= $2::date AND i.created_at < $3::date${and(invitationClauses)}`,
      params,
    );
    return {
      responses: responses.map((r) => ({
        questionnaireId: r.questionnaire_id,
        gender: r.gender,
        municipalityId: r.municipality_id,
        answers: r.answers,
      })),
      invitations: invitations.map((i) => ({
        questionnaireId: i.questionnaire_id,
        answered: i.answered,
        gender: i.gender,
        municipalityId: i.municipality_id,
      })),
    };
  },

  ...assessmentQueries,
};
