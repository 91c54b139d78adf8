// Typed methods for the contract's named operations; each POSTs one GraphQL document.
import type { GraphQLCall } from './graphqlFetch';
import * as ops from './operations';
import { buildPersonalDataOperations, type PersonalDataOperations } from './personalDataOperations';
import { buildFollowUpOperations, type FollowUpOperations } from './followUpOperations';
import { buildEditingOperations, type EditingOperations } from './editingOperations';
import type {
  Allocation,
  ApportionMethod,
  Attestation,
  BoundInput,
  CaseloadSeries,
  Dashboard,
  MeetingCadence,
  DecideReallocationInput,
  AcceptReferralParams,
  DecideReferralParams,
  DischargeEnrollmentParams,
  RecordIncomeDuringParams,
  DraftCheck,
  MoveEnrollmentPhaseParams,
  Reallocation,
  ReallocationLineInput,
  ReallocationPlan,
  ReportFilter,
  ReportName,
  ReportTable,
  SignAttestationParams,
  CreateSurveyInvitationParams,
  Questionnaire,
  RecordSurveyResponseParams,
  SurveyAnswerInput,
  SurveyForm,
  SurveyInvitation,
  SurveyResponse,
} from './types';

import {
  buildReallocationRulesOperations,
  type ReallocationRulesOperations,
} from './reallocationRulesOperations';
export interface NamedOperations
  extends
    PersonalDataOperations,
    FollowUpOperations,
    EditingOperations,
    ReallocationRulesOperations {
  allocation(p: { projectId: string; asOf: string; windowMonths?: number }): Promise<Allocation>;
  caseloadSeries(p: { projectId: string; from: string; to: string }): Promise<CaseloadSeries>;
  reallocationPlan(p: {
    projectId: string;
    method: ApportionMethod;
    step: number;
    effectiveFrom: string;
    bounds?: BoundInput[];
    windowMonths?: number;
  }): Promise<ReallocationPlan>;
  validateReallocationDraft(
    p: { projectId: string; effectiveFrom: string; lines: ReallocationLineInput[]; step?: number },
    signal?: AbortSignal,
  ): Promise<DraftCheck>;
  decideReallocation(input: DecideReallocationInput): Promise<Reallocation>;
  dashboard(p: { projectId: string; asOf: string }): Promise<Dashboard>;
  /** Per municipality in scope: months of the last `months` without an SE-group meeting. */
  meetingCadence(p: { asOf: string; months?: number }): Promise<MeetingCadence[]>;
  decideReferral(p: DecideReferralParams): Promise<unknown>;
  /** Accepts and enrols in one step; the referral after, with its enrollmentId. */
  acceptReferral(p: AcceptReferralParams): Promise<{ enrollmentId: string | null }>;
  moveEnrollmentPhase(p: MoveEnrollmentPhaseParams): Promise<unknown>;
  dischargeEnrollment(p: DischargeEnrollmentParams): Promise<unknown>;
  recordIncomeDuring(p: RecordIncomeDuringParams): Promise<unknown>;
  signAttestation(p: SignAttestationParams): Promise<Attestation>;
  report(name: ReportName, filter: ReportFilter): Promise<ReportTable>;
  questionnaires(): Promise<Questionnaire[]>;
  createSurveyInvitation(p: CreateSurveyInvitationParams): Promise<SurveyInvitation>;
  recordSurveyResponse(p: RecordSurveyResponseParams): Promise<SurveyResponse | null>;
  surveyResponses(p: { enrollmentId: string }): Promise<SurveyResponse[]>;
}

export function buildNamedOperations(call: GraphQLCall): NamedOperations {
  return {
    ...buildPersonalDataOperations(call),
    ...buildFollowUpOperations(call),
    ...buildEditingOperations(call),
    ...buildReallocationRulesOperations(call),
    allocation: async (p) => (await call<{ allocation: Allocation }>(ops.ALLOCATION, p)).allocation,
    caseloadSeries: async (p) =>
      (await call<{ caseloadSeries: CaseloadSeries }>(ops.CASELOAD_SERIES, p)).caseloadSeries,
    reallocationPlan: async (p) =>
      (await call<{ reallocationPlan: ReallocationPlan }>(ops.REALLOCATION_PLAN, { ...p }))
        .reallocationPlan,
    validateReallocationDraft: async (p, signal) =>
      (await call<{ validateReallocationDraft: DraftCheck }>(ops.VALIDATE_DRAFT, { ...p }, signal))
        .validateReallocationDraft,
    decideReallocation: async (input) =>
      (await call<{ decideReallocation: Reallocation }>(ops.DECIDE_REALLOCATION, { input }))
        .decideReallocation,
    dashboard: async (p) => (await call<{ dashboard: Dashboard }>(ops.DASHBOARD, p)).dashboard,
    meetingCadence: async (p) =>
      (await call<{ seGroupMeetingCadence: MeetingCadence[] }>(ops.MEETING_CADENCE, { ...p }))
        .seGroupMeetingCadence,
    decideReferral: async (p) =>
      (await call<{ decideReferral: unknown }>(ops.DECIDE_REFERRAL, { ...p })).decideReferral,
    acceptReferral: async (p) =>
      (
        await call<{ acceptReferral: { enrollmentId: string | null } }>(ops.ACCEPT_REFERRAL, {
          ...p,
        })
      ).acceptReferral,
    moveEnrollmentPhase: async (p) =>
      (await call<{ moveEnrollmentPhase: unknown }>(ops.MOVE_ENROLLMENT_PHASE, { ...p }))
        .moveEnrollmentPhase,
    recordIncomeDuring: async (p) =>
      (await call<{ recordIncomeDuring: unknown }>(ops.RECORD_INCOME_DURING, { ...p }))
        .recordIncomeDuring,
    dischargeEnrollment: async (p) =>
      (await call<{ dischargeEnrollment: unknown }>(ops.DISCHARGE_ENROLLMENT, { ...p }))
        .dischargeEnrollment,
    signAttestation: async (p) =>
      (await call<{ signAttestation: Attestation }>(ops.SIGN_ATTESTATION, { ...p }))
        .signAttestation,
    report: async (name, filter) =>
      (await call<{ report: ReportTable }>(ops.reportDocument(name), { filter })).report,
    questionnaires: async () =>
      (await call<{ questionnaires: Questionnaire[] }>(ops.QUESTIONNAIRES)).questionnaires,
    createSurveyInvitation: async (p) =>
      (
        await call<{ createSurveyInvitation: SurveyInvitation }>(ops.CREATE_SURVEY_INVITATION, {
          ...p,
        })
      ).createSurveyInvitation,
    recordSurveyResponse: async (p) =>
      (
        await call<{ recordSurveyResponse: SurveyResponse | null }>(ops.RECORD_SURVEY_RESPONSE, {
          ...p,
        })
      ).recordSurveyResponse,
    surveyResponses: async (p) =>
      (await call<{ surveyResponses: SurveyResponse[] }>(ops.SURVEY_RESPONSES, p)).surveyResponses,
  };
}

/** The public answering page's two operations: no session, the token is the only key. */
export interface PublicSurveyOperations {
  surveyByToken(token: string): Promise<SurveyForm>;
  submitSurveyResponse(token: string, answers: SurveyAnswerInput[]): Promise<boolean>;
}

export function buildPublicSurveyOperations(call: GraphQLCall): PublicSurveyOperations {
  return {
    surveyByToken: async (token) =>
      (await call<{ surveyByToken: SurveyForm }>(ops.SURVEY_BY_TOKEN, { token })).surveyByToken,
    submitSurveyResponse: async (token, answers) =>
      (
        await call<{ submitSurveyResponse: boolean }>(ops.SUBMIT_SURVEY_RESPONSE, {
          token,
          answers,
        })
      ).submitSurveyResponse,
  };
}
