// The panel's names for the API's shapes. Every type here is the generated answer of a document
// in ./documents (see ./generated, `npm run codegen`), so it holds exactly the fields asked for
// and a field the schema lacks fails `npm run typecheck`.
import type {
  AcceptReferralMutationVariables,
  AllocationQuery,
  AllocationRowFieldsFragment,
  BudgetEffectFieldsFragment,
  CaseloadSeriesQuery,
  CodeListsQuery,
  CreateSurveyInvitationMutation,
  CreateSurveyInvitationMutationVariables,
  DashboardQuery,
  DecideReferralMutationVariables,
  DischargeEnrollmentMutationVariables,
  LoginMutation,
  MeetingCadenceFieldsFragment,
  MeFieldsFragment,
  MoveEnrollmentPhaseMutationVariables,
  QuestionnaireFieldsFragment,
  ReallocationFieldsFragment,
  ReallocationPlanQuery,
  RecordIncomeDuringMutationVariables,
  RecordSurveyResponseMutationVariables,
  ReportTableFieldsFragment,
  SignAttestationMutation,
  SignAttestationMutationVariables,
  SurveyByTokenQuery,
  SurveyQuestionFieldsFragment,
  SurveyResponseFieldsFragment,
  ValidateReallocationDraftQuery,
} from './generated/graphql';

export type {
  ApportionMethod,
  CodeListId,
  BoundInput,
  CapacityStatus,
  DecideReallocationInput,
  Gender,
  ParticipantStatus,
  Phase,
  PlacementKind,
  QuestionScale,
  ReallocationLineInput,
  ReferralAction,
  ReferralState,
  ReferrerOrganisation,
  ReportFilter,
  RespondentKind,
  Role,
  SurveyAnswerInput,
  SurveyTrigger,
  TargetGroupFactor,
} from './generated/graphql';

export type Me = MeFieldsFragment;
export type Session = LoginMutation['login'];

export type CaseloadSeries = CaseloadSeriesQuery['caseloadSeries'];
export type Allocation = AllocationQuery['allocation'];
/** A municipality's row; the allocation adds the window's mean and the capacity status. */
export type AllocationRow = AllocationRowFieldsFragment &
  Partial<Pick<Allocation['rows'][number], 'meanActive' | 'capacity'>>;
export type BudgetEffect = BudgetEffectFieldsFragment;
export type ReallocationPlan = ReallocationPlanQuery['reallocationPlan'];
export type PlanLine = ReallocationPlan['lines'][number];
export type DraftCheck = ValidateReallocationDraftQuery['validateReallocationDraft'];
export type Violation = DraftCheck['violations'][number];
export type Reallocation = ReallocationFieldsFragment;

export type Dashboard = DashboardQuery['dashboard'];
export type OutcomeSummary = Dashboard['outcome'];
export type AttestationDue = Dashboard['attestationsDue'][number];
/** An SE group's monthly rhythm over whole months (from inclusive, until exclusive). */
export type MeetingCadence = MeetingCadenceFieldsFragment;

export type { ReportColumn, ReportName, ReportTable, ReportUnit } from './reportDocuments';
export type ReportRow = ReportTableFieldsFragment['rows'][number];
export type ReportCell = ReportRow['cells'][number];

export type DecideReferralParams = DecideReferralMutationVariables;
export type AcceptReferralParams = AcceptReferralMutationVariables;
export type MoveEnrollmentPhaseParams = MoveEnrollmentPhaseMutationVariables;
export type RecordIncomeDuringParams = RecordIncomeDuringMutationVariables;
export type DischargeEnrollmentParams = DischargeEnrollmentMutationVariables;
export type SignAttestationParams = SignAttestationMutationVariables;
export type Attestation = SignAttestationMutation['signAttestation'];

export type SurveyQuestion = SurveyQuestionFieldsFragment;
export type Questionnaire = QuestionnaireFieldsFragment;
export type SurveyForm = SurveyByTokenQuery['surveyByToken'];
export type SurveyInvitation = CreateSurveyInvitationMutation['createSurveyInvitation'];
export type SurveyResponse = SurveyResponseFieldsFragment;
export type CreateSurveyInvitationParams = CreateSurveyInvitationMutationVariables;
export type RecordSurveyResponseParams = RecordSurveyResponseMutationVariables;

/** One code list as the gateway answers it (every version of each code, with its validity). */
export type CodeListData = CodeListsQuery['codeLists']['lists'][number];
