// Types of the named operations in /contract/graphql-contract.md.

export type Role =
  'BOARD' | 'STEERING' | 'MANAGER' | 'MUNICIPAL_CHIEF' | 'COACH' | 'REFERRER' | 'EXTERNAL';
export type Gender = 'FEMALE' | 'MALE' | 'OTHER';
export type TargetGroupFactor = 'DISABILITY' | 'MENTAL_ILL_HEALTH' | 'SUBSTANCE_ABUSE';
export type ParticipantStatus = 'ACTIVE' | 'WAITING' | 'DISCHARGED';
export type ApportionMethod = 'HAMILTON' | 'WEBSTER' | 'DHONDT' | 'HUNTINGTON_HILL' | 'ADAMS';
export type ReferralAction = 'ACCEPT' | 'NOT_NOW' | 'DECLINE' | 'ESCALATE';
export type Phase =
  'AGREEMENT' | 'VOCATIONAL_PROFILE' | 'JOB_FINDING' | 'EMPLOYER_ENGAGEMENT' | 'SUPPORT_ON_OFF_JOB';

export interface Me {
  id: string;
  email: string;
  name: string;
  role: Role;
  municipalityId: string | null;
  coachId: string | null;
  associationName: string;
}

export interface Session {
  token: string;
  expiresAt: string;
  user: Me;
}

export interface CaseloadPoint {
  month: string;
  activeParticipants: number;
  fte: number;
  perFte: number | null;
  band: number | null;
}
export interface CaseloadLine {
  key: string;
  label: string;
  municipalityId: string;
  points: CaseloadPoint[];
}
export interface CaseloadSeries {
  months: string[];
  target: number;
  municipalities: CaseloadLine[];
  coaches: CaseloadLine[];
}

export interface AllocationRow {
  municipalityId: string;
  municipalityName: string;
  fte: number;
  activeParticipants: number;
  caseloadPerFte: number | null;
  band: number | null;
  referralsWaiting: number;
  /** Mean active participants over the window (allocation only). */
  meanActive?: number | null;
  capacity?: CapacityStatus | null;
}
export type CapacityStatus = 'NO_POST' | 'UNUSED' | 'ON_TARGET' | 'OVER';
export interface CaseloadWindow {
  months: number;
  from: string;
  to: string;
}
export interface Allocation {
  projectId: string;
  asOf: string;
  version: number;
  totalFte: number;
  rows: AllocationRow[];
  window: CaseloadWindow;
  budgetYear: number;
  budget: number;
  committed: number;
  forecast: number;
  margin: number;
}

export interface BoundInput {
  municipalityId: string;
  min?: number | null;
  max?: number | null;
}
export interface PlanLine {
  municipalityId: string;
  municipalityName: string;
  currentFte: number;
  suggestedFte: number;
  change: number;
  activeParticipants: number;
  quota: number;
  caseloadBefore: number | null;
  caseloadAfter: number | null;
  bandBefore: number | null;
  bandAfter: number | null;
  meanActive: number;
  capacityBefore: CapacityStatus;
  capacityAfter: CapacityStatus;
  minFte: number;
  maxFte: number | null;
  costBefore: number;
  costAfter: number;
}
export interface BudgetEffect {
  budget: number;
  committed: number;
  forecastBefore: number;
  forecastAfter: number;
  marginBefore: number;
  marginAfter: number;
}
export interface ReallocationPlan {
  projectId: string;
  method: ApportionMethod;
  step: number;
  effectiveFrom: string;
  allocationVersion: number;
  window: CaseloadWindow;
  lines: PlanLine[];
  totalFte: number;
  budgetEffect: BudgetEffect;
}

export interface ReallocationLineInput {
  municipalityId: string;
  fte: number;
}
export interface Violation {
  code: string;
  message: string;
  municipalityId: string | null;
}
export interface DraftCheck {
  violations: Violation[];
  budgetEffect: BudgetEffect;
}
export interface DecideReallocationInput {
  projectId: string;
  effectiveFrom: string;
  reason: string;
  method?: ApportionMethod | null;
  lines: ReallocationLineInput[];
  expectedVersion: number;
  idempotencyKey: string;
}
export interface ReallocationLine {
  municipalityId: string;
  municipalityName: string;
  fteBefore: number;
  fteAfter: number;
}
export interface Reallocation {
  id: string;
  projectId: string;
  effectiveFrom: string;
  reason: string;
  decidedByName: string;
  decidedAt: string;
  method: ApportionMethod | null;
  /** DELEGATED (the steering group under the board's delegation) or BOARD_APPROVAL. */
  decisionMode?: 'DELEGATED' | 'BOARD_APPROVAL' | null;
  delegationReference?: string | null;
  /** Who proposed, when the board decided on a proposal. */
  proposedByName?: string | null;
  lines: ReallocationLine[];
}

export interface GenderShare {
  gender: Gender;
  discharged: number;
  toWorkOrStudies: number;
  share: number | null;
}
export interface OutcomeSummary {
  goal: number;
  discharged: number;
  toWorkOrStudies: number;
  share: number | null;
  byGender: GenderShare[];
}
export interface AttestationDue {
  municipalityId: string;
  municipalityName: string;
  halfYear: string;
}
/** An SE group's monthly rhythm over whole months (from inclusive, until exclusive). */
export interface MeetingCadence {
  municipalityId: string;
  municipalityName: string;
  from: string;
  until: string;
  months: number;
  monthsMet: number;
  missedMonths: string[];
  lastHeldOn: string | null;
  behind: boolean;
}
export interface Dashboard {
  projectId: string;
  asOf: string;
  outcome: OutcomeSummary;
  capacity: AllocationRow[];
  referralsWaiting: number;
  attestationsDue: AttestationDue[];
  meetingCadence: MeetingCadence[];
  budget: number;
  committed: number;
}

export interface ReportFilter {
  projectId?: string | null;
  from: string;
  to: string;
  municipalityId?: string | null;
  gender?: Gender | null;
  ageBand?: string | null;
  groupBy?: string | null;
}
export interface ReportCell {
  column: string;
  count: number | null;
  share: number | null;
  value: number | null;
  suppressed: boolean;
}
export interface ReportRow {
  key: string;
  label: string;
  labelEn: string;
  cells: ReportCell[];
}
/** The unit of a report column's values (the gateway's ReportColumn.unit). */
export type ReportUnit =
  | 'persons'
  | 'count'
  | 'share'
  | 'days'
  | 'fte'
  | 'per_fte'
  | 'score'
  | 'ore'
  | 'percentage_points';
export interface ReportColumn {
  key: string;
  label: string;
  labelEn: string;
  unit: ReportUnit;
}
export interface ReportTable {
  title: string;
  titleEn: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  notes: string[];
  csv: string;
}
export type ReportName =
  | 'outcomeReport'
  | 'transitionMatrix'
  | 'phaseFunnel'
  | 'referralStats'
  | 'afterSupportReport'
  | 'costReport'
  | 'fidelityReport'
  | 'surveyReport'
  | 'assessmentChangeReport';

export interface DecideReferralParams {
  id: string;
  action: ReferralAction;
  decidedOn: string;
  note?: string | null;
  meetingId?: string | null;
  version: number;
}
export interface AcceptReferralParams {
  id: string;
  decidedOn: string;
  version: number;
  coachId: string;
  enrolledOn: string;
  compensationAtStart: string[];
  meetingId: string | null;
  note?: string | null;
}
export interface MoveEnrollmentPhaseParams {
  id: string;
  phase: Phase;
  on: string;
  version: number;
}
export interface RecordIncomeDuringParams {
  id: string;
  compensationDuring: string[];
  version: number;
}
export interface DischargeEnrollmentParams {
  id: string;
  on: string;
  reason: string;
  compensationAtEnd: string[];
  occupationAfter: string;
  followUp?: boolean | null;
  version: number;
}
export interface SignAttestationParams {
  municipalityId: string;
  projectId: string;
  halfYear: string;
  statement: string;
}
export interface Attestation {
  id: string;
  municipalityId: string;
  projectId: string;
  halfYear: string;
  signedByName: string | null;
  signedOn: string | null;
  statement: string | null;
}

export type QuestionScale = 'LIKERT5' | 'YES_NO' | 'SCALE_0_10';
export type RespondentKind = 'PARTICIPANT' | 'EMPLOYER';
export type SurveyTrigger =
  'ENROLLMENT' | 'DISCHARGE' | 'MONTH_3' | 'MONTH_6' | 'MONTH_12' | 'YEAR_END';
export interface SurveyQuestion {
  key: string;
  scale: QuestionScale;
  textSv: string;
  textEn: string;
  metric: string | null;
  agreeFrom: number;
  required: boolean;
}
export interface Questionnaire {
  id: string;
  key: string;
  version: number;
  titleSv: string;
  titleEn: string;
  respondent: RespondentKind;
  latest: boolean;
  questions: SurveyQuestion[];
}
export interface SurveyForm {
  titleSv: string;
  titleEn: string;
  respondent: RespondentKind;
  anonymous: boolean;
  expiresAt: string;
  questions: SurveyQuestion[];
}
export interface SurveyInvitation {
  id: string;
  path: string | null;
  expiresAt: string;
  usedAt: string | null;
  trigger: SurveyTrigger;
  anonymous: boolean;
}
export interface SurveyAnswerInput {
  question: string;
  value: number | null;
}
export interface SurveyResponse {
  id: string;
  questionnaireId: string;
  trigger: SurveyTrigger;
  channel: string;
  answeredOn: string | null;
  answers: SurveyAnswerInput[];
}
export interface CreateSurveyInvitationParams {
  enrollmentId: string;
  questionnaireId: string;
  trigger: SurveyTrigger;
  placementId?: string | null;
  anonymous?: boolean | null;
}
export interface RecordSurveyResponseParams {
  enrollmentId: string;
  questionnaireId: string;
  trigger: SurveyTrigger;
  answeredOn: string;
  answers: SurveyAnswerInput[];
  placementId?: string | null;
  anonymous?: boolean | null;
}
