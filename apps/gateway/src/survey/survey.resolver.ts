import type { Uuid, LocalDate } from '@finsam-se/domain';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { LocalDateScalar, UuidScalar } from '../schema/scalars.js';
import { reportService } from '../report/report.service.js';
import { assessmentService } from './assessment.service.js';
import { surveyService } from './survey.service.js';
import { ReportFilterInput, ReportTableType } from '../report/report.type.js';
import {
  AssessmentDefinitionType,
  AssessmentScoreInput,
  AssessmentType,
  ParticipantAssessmentsType,
  QuestionnaireInput,
  QuestionnaireType,
  SurveyAnswerInput,
  SurveyFormType,
  SurveyInvitationType,
  SurveyResponseType,
  SurveyTriggerEnum,
} from './survey.type.js';

type Trigger = (typeof SurveyTriggerEnum)[keyof typeof SurveyTriggerEnum];

/** Surveys and assessments; roles, scope, single use and suppression live in the services. */
@Resolver()
export class SurveyResolver {
  @Query(() => [QuestionnaireType], { description: 'Every questionnaire version.' })
  questionnaires(@Ctx() ctx: RequestContext): Promise<QuestionnaireType[]> {
    return surveyService.questionnaires(ctx);
  }

  @Mutation(() => QuestionnaireType, {
    description:
      'MANAGER: the next version of a questionnaire (or its first). Answers keep theirs.',
  })
  createQuestionnaireVersion(
    @Arg('input', () => QuestionnaireInput) input: QuestionnaireInput,
    @Ctx() ctx: RequestContext,
  ): Promise<QuestionnaireType> {
    return surveyService.createQuestionnaireVersion(ctx, input);
  }

  @Mutation(() => SurveyInvitationType, {
    description:
      'A one-time link (path /survey/<token>, shown once). Employer questionnaires need placementId.',
  })
  createSurveyInvitation(
    @Arg('enrollmentId', () => UuidScalar) enrollmentId: Uuid,
    @Arg('questionnaireId', () => UuidScalar) questionnaireId: Uuid,
    @Arg('trigger', () => SurveyTriggerEnum) trigger: Trigger,
    @Arg('placementId', () => UuidScalar, { nullable: true }) placementId: Uuid | null,
    @Arg('anonymous', () => Boolean, { nullable: true, description: 'Default true.' })
    anonymous: boolean | null,
    @Arg('validDays', () => Int, { nullable: true, description: '1–90, default 30.' })
    validDays: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SurveyInvitationType> {
    return surveyService.createInvitation(ctx, {
      enrollmentId,
      questionnaireId,
      trigger,
      placementId,
      anonymous,
      validDays,
    });
  }

  @Query(() => [SurveyInvitationType], { description: 'Links sent for an enrollment.' })
  surveyInvitations(
    @Arg('enrollmentId', () => UuidScalar) enrollmentId: Uuid,
    @Ctx() ctx: RequestContext,
  ): Promise<SurveyInvitationType[]> {
    return surveyService.invitationsOfEnrollment(ctx, enrollmentId);
  }

  @Query(() => SurveyFormType, {
    description:
      'PUBLIC (no session): the questions of a valid one-time link; NOT_FOUND otherwise.',
  })
  surveyByToken(
    @Arg('token', () => String) token: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SurveyFormType> {
    return surveyService.form(ctx, token);
  }

  @Mutation(() => Boolean, {
    description: 'PUBLIC (no session): answers through a one-time link; a second use is NOT_FOUND.',
  })
  submitSurveyResponse(
    @Arg('token', () => String) token: string,
    @Arg('answers', () => [SurveyAnswerInput]) answers: SurveyAnswerInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return surveyService.submit(ctx, token, answers);
  }

  @Mutation(() => SurveyResponseType, {
    nullable: true,
    description: 'Answers given on paper or in a conversation; null when recorded anonymously.',
  })
  recordSurveyResponse(
    @Arg('enrollmentId', () => UuidScalar) enrollmentId: Uuid,
    @Arg('questionnaireId', () => UuidScalar) questionnaireId: Uuid,
    @Arg('trigger', () => SurveyTriggerEnum) trigger: Trigger,
    @Arg('answeredOn', () => LocalDateScalar) answeredOn: LocalDate,
    @Arg('answers', () => [SurveyAnswerInput]) answers: SurveyAnswerInput[],
    @Arg('placementId', () => UuidScalar, { nullable: true }) placementId: Uuid | null,
    @Arg('anonymous', () => Boolean, { nullable: true }) anonymous: boolean | null,
    @Ctx() ctx: RequestContext,
  ): Promise<SurveyResponseType | null> {
    return surveyService.record(ctx, {
      enrollmentId,
      questionnaireId,
      trigger,
      answeredOn,
      answers,
      placementId,
      anonymous,
    });
  }

  @Query(() => [SurveyResponseType], {
    description: 'Named answers about an enrollment: its coach and the manager only.',
  })
  surveyResponses(
    @Arg('enrollmentId', () => UuidScalar) enrollmentId: Uuid,
    @Ctx() ctx: RequestContext,
  ): Promise<SurveyResponseType[]> {
    return surveyService.responsesOfEnrollment(ctx, enrollmentId);
  }

  @Query(() => ReportTableType, {
    description:
      'Share agreeing per goal (vs 80 % / 95 %) and per question, response rate and non-response, by gender and municipality.',
  })
  async surveyReport(
    @Arg('filter', () => ReportFilterInput) filter: ReportFilterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportTableType> {
    return ReportTableType.from(await reportService.run(ctx, 'survey', filter));
  }

  @Query(() => ReportTableType, {
    description:
      'Aggregated change first → latest assessment. groupBy: doa_self_rating (default) | sassam_mapping.',
  })
  async assessmentChangeReport(
    @Arg('filter', () => ReportFilterInput) filter: ReportFilterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportTableType> {
    return ReportTableType.from(await reportService.run(ctx, 'assessmentChange', filter));
  }

  @Query(() => [AssessmentDefinitionType])
  assessmentDefinitions(@Ctx() ctx: RequestContext): AssessmentDefinitionType[] {
    return assessmentService.definitions(ctx);
  }

  @Mutation(() => AssessmentType, { description: 'The participant’s coach or the manager.' })
  recordAssessment(
    @Arg('participantId', () => UuidScalar) participantId: Uuid,
    @Arg('definition', () => String) definition: string,
    @Arg('on', () => LocalDateScalar) on: LocalDate,
    @Arg('scores', () => [AssessmentScoreInput]) scores: AssessmentScoreInput[],
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AssessmentType> {
    return assessmentService.record(ctx, { participantId, definition, on, scores, note });
  }

  @Query(() => ParticipantAssessmentsType, {
    description: 'Assessments and change over time: the participant’s coach or the manager.',
  })
  participantAssessments(
    @Arg('participantId', () => UuidScalar) participantId: Uuid,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipantAssessmentsType> {
    return assessmentService.ofParticipant(ctx, participantId);
  }
}
