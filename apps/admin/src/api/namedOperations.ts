// Typed methods for the contract's named operations; each POSTs one GraphQL document.
import type { GraphQLCall } from './graphqlFetch';
import {
  AcceptReferralDocument,
  AllocationDocument,
  CaseloadSeriesDocument,
  CodeListsDocument,
  CreateSurveyInvitationDocument,
  DashboardDocument,
  DecideReallocationDocument,
  DecideReferralDocument,
  DischargeEnrollmentDocument,
  MeetingCadenceDocument,
  MoveEnrollmentPhaseDocument,
  QuestionnairesDocument,
  ReallocationPlanDocument,
  RecordIncomeDuringDocument,
  RecordSurveyResponseDocument,
  SignAttestationDocument,
  SubmitSurveyResponseDocument,
  SurveyByTokenDocument,
  SurveyResponsesDocument,
  ValidateReallocationDraftDocument,
} from './generated/graphql';
import { REPORT_DOCUMENTS, withReportUnits } from './reportDocuments';
import { buildPersonalDataOperations, type PersonalDataOperations } from './personalDataOperations';
import { buildFollowUpOperations, type FollowUpOperations } from './followUpOperations';
import { buildEditingOperations, type EditingOperations } from './editingOperations';
import type {
  Allocation,
  ApportionMethod,
  Attestation,
  BoundInput,
  CaseloadSeries,
  CodeListData,
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
  /** The code lists (income sources, occupations, discharge reasons, education). */
  codeLists(): Promise<CodeListData[]>;
}

export function buildNamedOperations(call: GraphQLCall): NamedOperations {
  return {
    ...buildPersonalDataOperations(call),
    ...buildFollowUpOperations(call),
    ...buildEditingOperations(call),
    ...buildReallocationRulesOperations(call),
    allocation: async (p) => (await call(AllocationDocument, p)).allocation,
    caseloadSeries: async (p) => (await call(CaseloadSeriesDocument, p)).caseloadSeries,
    reallocationPlan: async (p) => (await call(ReallocationPlanDocument, p)).reallocationPlan,
    validateReallocationDraft: async (p, signal) =>
      (await call(ValidateReallocationDraftDocument, p, signal)).validateReallocationDraft,
    decideReallocation: async (input) =>
      (await call(DecideReallocationDocument, { input })).decideReallocation,
    dashboard: async (p) => (await call(DashboardDocument, p)).dashboard,
    meetingCadence: async (p) => (await call(MeetingCadenceDocument, p)).seGroupMeetingCadence,
    decideReferral: async (p) => (await call(DecideReferralDocument, p)).decideReferral,
    acceptReferral: async (p) => (await call(AcceptReferralDocument, p)).acceptReferral,
    moveEnrollmentPhase: async (p) =>
      (await call(MoveEnrollmentPhaseDocument, p)).moveEnrollmentPhase,
    recordIncomeDuring: async (p) => (await call(RecordIncomeDuringDocument, p)).recordIncomeDuring,
    dischargeEnrollment: async (p) =>
      (await call(DischargeEnrollmentDocument, p)).dischargeEnrollment,
    signAttestation: async (p) => (await call(SignAttestationDocument, p)).signAttestation,
    report: async (name, filter) =>
      withReportUnits((await call(REPORT_DOCUMENTS[name], { filter })).report),
    questionnaires: async () => (await call(QuestionnairesDocument)).questionnaires,
    createSurveyInvitation: async (p) =>
      (await call(CreateSurveyInvitationDocument, p)).createSurveyInvitation,
    recordSurveyResponse: async (p) =>
      (await call(RecordSurveyResponseDocument, p)).recordSurveyResponse,
    surveyResponses: async (p) => (await call(SurveyResponsesDocument, p)).surveyResponses,
    codeLists: async () => (await call(CodeListsDocument)).codeLists.lists,
  };
}

/** The public answering page's two operations: no session, the token is the only key. */
export interface PublicSurveyOperations {
  surveyByToken(token: string): Promise<SurveyForm>;
  submitSurveyResponse(token: string, answers: SurveyAnswerInput[]): Promise<boolean>;
}

export function buildPublicSurveyOperations(call: GraphQLCall): PublicSurveyOperations {
  return {
    surveyByToken: async (token) => (await call(SurveyByTokenDocument, { token })).surveyByToken,
    submitSurveyResponse: async (token, answers) =>
      (await call(SubmitSurveyResponseDocument, { token, answers })).submitSurveyResponse,
  };
}
