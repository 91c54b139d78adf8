import type {
  Answers,
  AssessmentScores,
  Gender,
  LocalDate,
  Period,
  QuestionnaireDefinition,
  RespondentKind,
  SurveyTrigger,
} from '@finsam-se/domain';
import type { QuestionnaireEntity, SurveyInvitationEntity } from '../db/entities.js';
import type { RowOf } from '../db/row-of.js';

/** A stored questionnaire version. */
export type QuestionnaireRecord = QuestionnaireDefinition & {
  readonly id: string;
  readonly createdAt: string;
};

/** What the public page needs to find a one-time link before the tenant is known. */
export type InvitationLookup = {
  readonly associationId: string;
  readonly id: string;
  readonly expiresAt: Date;
  readonly usedAt: Date | null;
};

export type InvitationRecord = {
  readonly id: string;
  readonly questionnaireId: string;
  readonly respondentKind: RespondentKind;
  readonly enrollmentId: string;
  readonly placementId: string | null;
  readonly trigger: SurveyTrigger;
  readonly anonymous: boolean;
  readonly expiresAt: string;
  readonly usedAt: string | null;
  readonly createdAt: string;
};

/** What a response keeps about its respondent, read from the enrollment. */
export type RespondentFacts = {
  readonly enrollmentId: string;
  readonly participantId: string;
  readonly coachId: string;
  readonly municipalityId: string;
  readonly projectId: string;
  readonly gender: Gender;
};

export type NewSurveyResponse = {
  readonly questionnaireId: string;
  readonly respondentKind: RespondentKind;
  readonly trigger: SurveyTrigger;
  readonly channel: 'link' | 'paper';
  readonly anonymous: boolean;
  readonly projectId: string;
  readonly enrollmentId: string | null;
  readonly placementId: string | null;
  readonly invitationId: string | null;
  readonly recordedBy: string | null;
  readonly answeredOn: LocalDate | null;
  readonly gender: Gender | null;
  readonly year: number;
  readonly municipalityId: string | null;
  readonly answers: Answers;
};

export type SurveyResponseRecord = {
  readonly id: string;
  readonly questionnaireId: string;
  readonly respondentKind: RespondentKind;
  readonly trigger: SurveyTrigger;
  readonly channel: 'link' | 'paper';
  readonly enrollmentId: string | null;
  readonly placementId: string | null;
  readonly answeredOn: string | null;
  readonly year: number;
  readonly answers: Answers;
};

/** Narrow rows for the survey figure (no person: gender and municipality only). */
export type SurveyFigureRows = {
  readonly responses: readonly {
    readonly questionnaireId: string;
    readonly gender: Gender | null;
    readonly municipalityId: string | null;
    readonly answers: Answers;
  }[];
  readonly invitations: readonly {
    readonly questionnaireId: string;
    readonly answered: boolean;
    readonly gender: Gender | null;
    readonly municipalityId: string;
  }[];
};

export type SurveyScope = {
  readonly projectId?: string;
  readonly municipalityId?: string;
  /** A coach's own participants: anonymous answers (no enrollment) are left out. */
  readonly coachId?: string;
  readonly period: Period;
};

export type AssessmentRecord = {
  readonly id: string;
  readonly participantId: string;
  readonly definitionKey: string;
  readonly definitionVersion: number;
  readonly assessedOn: LocalDate;
  readonly note: string;
  readonly recordedByName: string | null;
  readonly scores: AssessmentScores;
};

export const iso = (value: Date | string | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString() : value;

export type QuestionnaireRow = RowOf<
  QuestionnaireEntity,
  'id' | 'key' | 'version' | 'titleSv' | 'titleEn' | 'respondentKind' | 'questions' | 'createdAt'
>;
export const QUESTIONNAIRE_COLUMNS =
  'id, key, version, title_sv, title_en, respondent_kind, questions, created_at';
export const toQuestionnaire = (r: QuestionnaireRow): QuestionnaireRecord => ({
  id: r.id,
  key: r.key,
  version: r.version,
  title: { sv: r.title_sv, en: r.title_en },
  respondent: r.respondent_kind,
  questions: r.questions,
  createdAt: r.created_at.toISOString(),
});

export type InvitationRow = RowOf<
  SurveyInvitationEntity,
  | 'id'
  | 'questionnaireId'
  | 'respondentKind'
  | 'enrollmentId'
  | 'placementId'
  | 'triggerPoint'
  | 'anonymous'
  | 'expiresAt'
  | 'usedAt'
  | 'createdAt'
>;
export const toInvitation = (r: InvitationRow): InvitationRecord => ({
  id: r.id,
  questionnaireId: r.questionnaire_id,
  respondentKind: r.respondent_kind,
  enrollmentId: r.enrollment_id,
  placementId: r.placement_id,
  trigger: r.trigger_point,
  anonymous: r.anonymous,
  expiresAt: r.expires_at.toISOString(),
  usedAt: iso(r.used_at),
  createdAt: r.created_at.toISOString(),
});
