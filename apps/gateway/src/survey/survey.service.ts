import { createHash, randomBytes } from 'node:crypto';
import {
  type Answers,
  LocalDate,
  type Question,
  type QuestionnaireDefinition,
  type RespondentKind,
  type SurveyTrigger,
  defaultAgreeFrom,
  surveyTriggers,
  validateAnswers,
  validateQuestionnaire,
  type Uuid,
} from '@finsam-se/domain';
import {
  type RespondentFacts,
  type TenantTx,
  auditRepository,
  surveyRepository,
} from '@finsam-se/persistence';
import type { Actor } from '../auth/actor.js';
import { authorize, scopeFilter } from '../auth/authorize.js';
import { stockholmDateOf } from '../clock/today.js';
import type { RequestContext } from '../context.js';
import { refuse } from '../errors/refuse.js';
import {
  QuestionnaireType,
  SurveyFormType,
  SurveyInvitationType,
  SurveyResponseType,
  type QuestionnaireInput,
  type SurveyAnswerInput,
} from './survey.type.js';
import { input } from '../shared/input.js';
import { audit, domainRefusal, todayOf } from '../shared/service-support.js';

const TOKEN_BYTES = 32;
const DEFAULT_VALID_DAYS = 30;
const PUBLIC_LIMIT_PER_MINUTE = 30;
/** The SHA-256 of a link token, or undefined when it cannot be one of ours (32 bytes, base64url). */
export function tokenHash(token: string): Buffer | undefined {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== TOKEN_BYTES) return undefined;
  return createHash('sha256').update(bytes).digest();
}

function rateLimit(ctx: RequestContext): void {
  if (!ctx.loginLimiter.take(`survey|${ctx.clientAddress}`, PUBLIC_LIMIT_PER_MINUTE))
    throw refuse('SURVEY.RATE_LIMITED');
}

/** The respondent facts of an enrollment the actor may work with, else NOT_FOUND. */
async function enrollmentInScope(
  tx: TenantTx,
  actor: Actor,
  enrollmentId: Uuid,
): Promise<RespondentFacts> {
  const facts = await surveyRepository.respondentFacts(tx, enrollmentId);
  const scope = scopeFilter(actor, 'enrollment');
  if (
    !facts ||
    (scope.kind === 'coach' && facts.coachId !== scope.coachId) ||
    (scope.kind === 'municipality' && facts.municipalityId !== scope.municipalityId)
  )
    throw refuse('NOT_FOUND');
  return facts;
}

function answersOf(list: readonly SurveyAnswerInput[]): Answers {
  if (list.length > 100) throw refuse('SURVEY.TOO_MANY_ANSWERS', { field: 'answers' });
  const out: Record<string, number | null> = {};
  list.forEach((answer, index) => {
    if (answer.question in out)
      throw refuse('SURVEY.ANSWERED_TWICE', { field: `answers.${index}.question` });
    out[answer.question] = answer.value ?? null;
  });
  return out;
}

function validAnswers(questionnaire: QuestionnaireDefinition, answers: Answers): Answers {
  const result = validateAnswers(questionnaire, answers);
  if (!result.ok) throw domainRefusal(result.error, 'answers');
  return result.value;
}

const triggerOf = (value: string): SurveyTrigger => {
  if (!(surveyTriggers as readonly string[]).includes(value))
    throw refuse('SURVEY.TRIGGER', { field: 'trigger' });
  return value as SurveyTrigger;
};

const yearOf = (date: string): number => Number(date.slice(0, 4));

/** Questionnaires, one-time links, answers and assessments. */
/** The survey figures the reports module shows. */
export { assessmentChangeFigure, surveyFigure } from './survey-figures.js';

export const surveyService = {
  async questionnaires(ctx: RequestContext): Promise<QuestionnaireType[]> {
    authorize(ctx.actor, 'questionnaire.read');
    return ctx.inTenant(async (tx) => {
      const all = await surveyRepository.listQuestionnaires(tx);
      const newest = new Map<string, number>();
      for (const q of all) newest.set(q.key, Math.max(newest.get(q.key) ?? 0, q.version));
      return all.map((q) => QuestionnaireType.from(q, newest.get(q.key) === q.version));
    });
  },

  /** A new version of a questionnaire (or its first): managers only; old answers keep theirs. */
  async createQuestionnaireVersion(
    ctx: RequestContext,
    given: QuestionnaireInput,
  ): Promise<QuestionnaireType> {
    authorize(ctx.actor, 'questionnaire.write');
    return ctx.inTenant(async (tx, actor) => {
      const key = given.key.trim();
      const version = await surveyRepository.nextVersion(tx, key);
      const questions: Question[] = given.questions.map((q, index) => ({
        key: q.key.trim(),
        scale: q.scale,
        text: {
          sv: input.text(`questions.${index}.textSv`, q.textSv, { max: 500 }),
          en: input.text(`questions.${index}.textEn`, q.textEn, { max: 500 }),
        },
        metric: q.metric ?? null,
        agreeFrom: q.agreeFrom ?? defaultAgreeFrom[q.scale],
        required: q.required ?? true,
      }));
      const checked = validateQuestionnaire({
        key,
        version,
        title: {
          sv: input.text('titleSv', given.titleSv),
          en: input.text('titleEn', given.titleEn),
        },
        respondent: given.respondent,
        questions,
      });
      if (!checked.ok) throw domainRefusal(checked.error, 'questions');
      const id = await surveyRepository.createQuestionnaire(tx, checked.value, actor.id);
      await audit(tx, ctx, actor, 'create', 'questionnaire', [id]);
      const saved = await surveyRepository.findQuestionnaire(tx, id);
      if (!saved) throw refuse('NOT_FOUND');
      return QuestionnaireType.from(saved, true);
    });
  },

  /**
   * A one-time link for a participant (or, with a placement, its employer contact): a
   * random 32-byte token, of which only the SHA-256 is stored; the path is returned once.
   */
  async createInvitation(
    ctx: RequestContext,
    args: {
      enrollmentId: Uuid;
      questionnaireId: Uuid;
      trigger: string;
      placementId?: Uuid | null | undefined;
      anonymous?: boolean | null | undefined;
      validDays?: number | null | undefined;
    },
  ): Promise<SurveyInvitationType> {
    authorize(ctx.actor, 'survey.send');
    const enrollmentId = args.enrollmentId;
    const questionnaireId = args.questionnaireId;
    const placementId = args.placementId ? args.placementId : null;
    const trigger = triggerOf(args.trigger);
    const validDays = args.validDays ?? DEFAULT_VALID_DAYS;
    if (!Number.isInteger(validDays) || validDays < 1 || validDays > 90)
      throw refuse('SURVEY.VALID_DAYS', { field: 'validDays' });
    return ctx.inTenant(async (tx, actor) => {
      await enrollmentInScope(tx, actor, enrollmentId);
      const questionnaire = await surveyRepository.findQuestionnaire(tx, questionnaireId);
      if (!questionnaire) throw refuse('SURVEY.NOT_FOUND');
      const respondent: RespondentKind = questionnaire.respondent;
      if (respondent === 'employer') {
        if (!placementId) throw refuse('SURVEY.PLACEMENT_REQUIRED', { field: 'placementId' });
        if (!(await surveyRepository.placementOf(tx, placementId, enrollmentId)))
          throw refuse('SURVEY.PLACEMENT_OTHER_ENROLLMENT', { field: 'placementId' });
      }
      const token = randomBytes(TOKEN_BYTES).toString('base64url');
      const hash = tokenHash(token);
      if (!hash) throw new Error('token encoding');
      const now = ctx.now();
      const invitation = await surveyRepository.createInvitation(tx, {
        questionnaireId,
        respondentKind: respondent,
        enrollmentId,
        placementId: respondent === 'employer' ? placementId : null,
        trigger,
        anonymous: args.anonymous ?? true,
        tokenHash: hash,
        expiresAt: new Date(now.getTime() + validDays * 86_400_000),
        createdBy: actor.id,
        createdAt: now,
      });
      await audit(tx, ctx, actor, 'create', 'survey_invitation', [invitation.id]);
      return SurveyInvitationType.from(invitation, `/survey/${token}`);
    });
  },

  async invitationsOfEnrollment(ctx: RequestContext, id: Uuid): Promise<SurveyInvitationType[]> {
    authorize(ctx.actor, 'survey.send');
    return ctx.inTenant(async (tx, actor) => {
      await enrollmentInScope(tx, actor, id);
      const rows = await surveyRepository.invitationsOfEnrollment(tx, id);
      return rows.map((r) => SurveyInvitationType.from(r));
    });
  },

  /** The public page: the questions of a valid link, nothing about the person. */
  async form(ctx: RequestContext, token: string): Promise<SurveyFormType> {
    rateLimit(ctx);
    const hash = tokenHash(token);
    const link = hash && (await surveyRepository.findInvitationByTokenHash(ctx.database, hash));
    const now = ctx.now();
    if (!link || link.usedAt !== null || link.expiresAt <= now) throw refuse('SURVEY.LINK_GONE');
    return ctx.database.withTenant(link.associationId, async (tx) => {
      const invitation = await surveyRepository.findInvitation(tx, link.id);
      const questionnaire =
        invitation && (await surveyRepository.findQuestionnaire(tx, invitation.questionnaireId));
      if (!invitation || !questionnaire) throw refuse('SURVEY.LINK_GONE');
      return SurveyFormType.from(questionnaire, invitation.anonymous, link.expiresAt);
    });
  },

  /**
   * The public submission: validates the answers, marks the link used in the same
   * transaction (single use even under concurrency) and stores the answers; anonymous
   * answers keep only gender, year and municipality.
   */
  async submit(
    ctx: RequestContext,
    token: string,
    answerList: readonly SurveyAnswerInput[],
  ): Promise<boolean> {
    rateLimit(ctx);
    const hash = tokenHash(token);
    const link = hash && (await surveyRepository.findInvitationByTokenHash(ctx.database, hash));
    const now = ctx.now();
    if (!link || link.usedAt !== null || link.expiresAt <= now) throw refuse('SURVEY.LINK_GONE');
    const given = answersOf(answerList);
    await ctx.database.withTenant(link.associationId, async (tx) => {
      const invitation = await surveyRepository.findInvitation(tx, link.id);
      const questionnaire =
        invitation && (await surveyRepository.findQuestionnaire(tx, invitation.questionnaireId));
      const facts =
        invitation && (await surveyRepository.respondentFacts(tx, invitation.enrollmentId));
      if (!invitation || !questionnaire || !facts) throw refuse('SURVEY.LINK_GONE');
      const answers = validAnswers(questionnaire, given);
      if (!(await surveyRepository.useInvitation(tx, invitation.id, now)))
        throw refuse('SURVEY.LINK_GONE');
      const today = stockholmDateOf(now);
      const anonymous = invitation.anonymous;
      await surveyRepository.insertResponse(tx, {
        questionnaireId: questionnaire.id,
        respondentKind: invitation.respondentKind,
        trigger: invitation.trigger,
        channel: 'link',
        anonymous,
        projectId: facts.projectId,
        enrollmentId: anonymous ? null : facts.enrollmentId,
        placementId: anonymous ? null : invitation.placementId,
        invitationId: anonymous ? null : invitation.id,
        recordedBy: null,
        answeredOn: anonymous ? null : LocalDate.from(today),
        gender: invitation.respondentKind === 'participant' ? facts.gender : null,
        year: yearOf(today),
        municipalityId: facts.municipalityId,
        answers,
      });
      await auditRepository.append(tx, {
        userId: null,
        role: null,
        action: 'update',
        entity: 'survey_invitation',
        entityIds: [invitation.id],
        requestId: ctx.requestId,
        detail: { used: true },
      });
    });
    return true;
  },

  /** Answers given on paper or in a conversation, recorded by the coach. */
  async record(
    ctx: RequestContext,
    args: {
      enrollmentId: Uuid;
      questionnaireId: Uuid;
      trigger: string;
      answeredOn: LocalDate;
      answers: readonly SurveyAnswerInput[];
      placementId?: Uuid | null | undefined;
      anonymous?: boolean | null | undefined;
    },
  ): Promise<SurveyResponseType | null> {
    authorize(ctx.actor, 'survey.send');
    const enrollmentId = args.enrollmentId;
    const questionnaireId = args.questionnaireId;
    const placementId = args.placementId ? args.placementId : null;
    const trigger = triggerOf(args.trigger);
    const answeredOn = args.answeredOn;
    if (answeredOn > todayOf(ctx))
      throw refuse('SURVEY.ANSWERED_IN_FUTURE', { field: 'answeredOn' });
    const given = answersOf(args.answers);
    const anonymous = args.anonymous ?? false;
    return ctx.inTenant(async (tx, actor) => {
      const facts = await enrollmentInScope(tx, actor, enrollmentId);
      const questionnaire = await surveyRepository.findQuestionnaire(tx, questionnaireId);
      if (!questionnaire) throw refuse('SURVEY.NOT_FOUND');
      if (questionnaire.respondent === 'employer') {
        if (!placementId || !(await surveyRepository.placementOf(tx, placementId, enrollmentId)))
          throw refuse('SURVEY.PLACEMENT_REQUIRED', { field: 'placementId' });
      }
      const answers = validAnswers(questionnaire, given);
      const id = await surveyRepository.insertResponse(tx, {
        questionnaireId,
        respondentKind: questionnaire.respondent,
        trigger,
        channel: 'paper',
        anonymous,
        projectId: facts.projectId,
        enrollmentId: anonymous ? null : enrollmentId,
        placementId: anonymous || questionnaire.respondent !== 'employer' ? null : placementId,
        invitationId: null,
        recordedBy: anonymous ? null : actor.id,
        answeredOn: anonymous ? null : answeredOn,
        gender: questionnaire.respondent === 'participant' ? facts.gender : null,
        year: yearOf(answeredOn),
        municipalityId: facts.municipalityId,
        answers,
      });
      await audit(tx, ctx, actor, 'create', 'survey_response', anonymous ? [] : [id]);
      if (anonymous) return null;
      const saved = (await surveyRepository.responsesOfEnrollment(tx, enrollmentId)).find(
        (r) => r.id === id,
      );
      return saved ? SurveyResponseType.from(saved) : null;
    });
  },

  /** Named answers about an enrollment: its coach and the manager only (read is logged). */
  async responsesOfEnrollment(ctx: RequestContext, id: Uuid): Promise<SurveyResponseType[]> {
    authorize(ctx.actor, 'survey.readAnswers');
    return ctx.inTenant(async (tx, actor) => {
      await enrollmentInScope(tx, actor, id);
      const rows = await surveyRepository.responsesOfEnrollment(tx, id);
      await audit(
        tx,
        ctx,
        actor,
        'read',
        'survey_response',
        rows.map((r) => r.id),
      );
      return rows.map((r) => SurveyResponseType.from(r));
    });
  },
};
