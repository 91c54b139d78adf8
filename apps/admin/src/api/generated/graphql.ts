/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, ISO-8601 in UTC. */
  DateTime: { input: string; output: string; }
  /** A calendar date, YYYY-MM-DD (no time, no zone). */
  LocalDate: { input: string; output: string; }
  /** An amount in whole öre (SEK × 100), as a JSON number. */
  Money: { input: number; output: number; }
  /** A field whose value is a generic Universally Unique Identifier: https://en.wikipedia.org/wiki/Universally_unique_identifier. */
  UUID: { input: string; output: string; }
};

export type ApportionMethod =
  | 'ADAMS'
  | 'DHONDT'
  | 'HAMILTON'
  | 'HUNTINGTON_HILL'
  | 'WEBSTER';

export type AssessmentScoreInput = {
  item: Scalars['String']['input'];
  score: Scalars['Int']['input'];
};

export type AttestationFilter = {
  halfYear?: InputMaybe<Scalars['String']['input']>;
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
  municipalityId?: InputMaybe<Scalars['UUID']['input']>;
  projectId?: InputMaybe<Scalars['UUID']['input']>;
};

/** T1: Delårsrapport January–April; T2: Delårsrapport January–August; ANNUAL: Årsrapport. */
export type BoardReportPeriod =
  | 'ANNUAL'
  | 'T1'
  | 'T2';

export type BoundInput = {
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
  municipalityId: Scalars['UUID']['input'];
};

/** Caseload over the window per FTE: UNUSED below 20 (minst 20 per heltid), ON_TARGET 20–25, OVER above 25. */
export type CapacityStatus =
  | 'NO_POST'
  | 'ON_TARGET'
  | 'OVER'
  | 'UNUSED';

export type CoachFilter = {
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
  municipalityId?: InputMaybe<Scalars['UUID']['input']>;
  q?: InputMaybe<Scalars['String']['input']>;
};

export type CodeListId =
  | 'DISCHARGE_REASON'
  | 'EDUCATION_LEVEL'
  | 'INCOME_SOURCE'
  | 'OCCUPATION_AFTER';

export type ConsentMethod =
  | 'DIGITAL'
  | 'VERBAL'
  | 'WRITTEN';

/** What the participant consents to. */
export type ConsentPurpose =
  | 'FOLLOW_UP_CONTACT'
  | 'PARTICIPATION'
  | 'SURVEYS'
  | 'SUS_REGISTRATION';

export type DecideReallocationInput = {
  effectiveFrom: Scalars['LocalDate']['input'];
  expectedVersion: Scalars['Int']['input'];
  idempotencyKey: Scalars['String']['input'];
  lines: Array<ReallocationLineInput>;
  method?: InputMaybe<ApportionMethod>;
  projectId: Scalars['UUID']['input'];
  reason: Scalars['String']['input'];
};

/** DELEGATED: the steering group decides under the board’s delegation; BOARD_APPROVAL: it proposes and the board approves. */
export type DecisionMode =
  | 'BOARD_APPROVAL'
  | 'DELEGATED';

export type EmployerFilter = {
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
  municipalityId?: InputMaybe<Scalars['UUID']['input']>;
  q?: InputMaybe<Scalars['String']['input']>;
};

export type EnrollmentFilter = {
  /** Not discharged. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  coachId?: InputMaybe<Scalars['UUID']['input']>;
  currentPhase?: InputMaybe<Phase>;
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
  municipalityId?: InputMaybe<Scalars['UUID']['input']>;
  participantId?: InputMaybe<Scalars['UUID']['input']>;
  projectId?: InputMaybe<Scalars['UUID']['input']>;
  /** Participant name. */
  q?: InputMaybe<Scalars['String']['input']>;
};

/** The closed set of codes an error's `extensions.code` carries. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'DUPLICATE_PERSONNUMMER'
  | 'FORBIDDEN'
  | 'INTERNAL_SERVER_ERROR'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'UNAUTHENTICATED';

export type FollowUpFilter = {
  coachId?: InputMaybe<Scalars['UUID']['input']>;
  /** false: only follow-ups whose participant withdrew consent to be contacted. */
  contactAllowed?: InputMaybe<Scalars['Boolean']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  enrollmentId?: InputMaybe<Scalars['UUID']['input']>;
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
  municipalityId?: InputMaybe<Scalars['UUID']['input']>;
  /** true: not done and past due (Stockholm today); false: not done and not yet due. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: not done and open for recording today (overdue, or due within four weeks); false: not done and not yet open. */
  recordable?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER';

export type MunicipalityFilter = {
  code?: InputMaybe<Scalars['String']['input']>;
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
  q?: InputMaybe<Scalars['String']['input']>;
};

export type ParticipantFilter = {
  coachId?: InputMaybe<Scalars['UUID']['input']>;
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
  /** Home municipality. */
  municipalityId?: InputMaybe<Scalars['UUID']['input']>;
  /** A personnummer (10 or 12 digits, with or without - or +) or name words, each beginning a word of the first or last name. */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Any of these. */
  status?: InputMaybe<Array<ParticipantStatus>>;
};

/** ACTIVE: enrolled now (an open enrollment); WAITING: registered or referred, never enrolled; DISCHARGED: enrolled before, none open. */
export type ParticipantStatus =
  | 'ACTIVE'
  | 'DISCHARGED'
  | 'WAITING';

/** How far a permission reaches: own people or referrals, the municipality, the association, or published aggregates only. */
export type PermissionScope =
  | 'AGGREGATES'
  | 'ASSOCIATION'
  | 'MUNICIPALITY'
  | 'OWN';

/** The five SE steps, in order. */
export type Phase =
  | 'AGREEMENT'
  | 'EMPLOYER_ENGAGEMENT'
  | 'JOB_FINDING'
  | 'SUPPORT_ON_OFF_JOB'
  | 'VOCATIONAL_PROFILE';

export type PlacementFilter = {
  coachId?: InputMaybe<Scalars['UUID']['input']>;
  employerId?: InputMaybe<Scalars['UUID']['input']>;
  enrollmentId?: InputMaybe<Scalars['UUID']['input']>;
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
  kind?: InputMaybe<PlacementKind>;
  municipalityId?: InputMaybe<Scalars['UUID']['input']>;
};

export type PlacementKind =
  | 'EMPLOYMENT'
  | 'JOB_TASTING'
  | 'STUDIES'
  | 'SUBSIDISED_EMPLOYMENT'
  | 'WORK_TRIAL';

export type PostFilter = {
  activeOn?: InputMaybe<Scalars['LocalDate']['input']>;
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
  municipalityId?: InputMaybe<Scalars['UUID']['input']>;
  projectId?: InputMaybe<Scalars['UUID']['input']>;
};

export type ProduceBoardReportInput = {
  /** Whose figures: another förbund's id, for `external` users only (published, suppressed figures); default your own association. */
  associationId?: InputMaybe<Scalars['ID']['input']>;
  period: BoardReportPeriod;
  projectId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type ProjectFilter = {
  activeOn?: InputMaybe<Scalars['LocalDate']['input']>;
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
  q?: InputMaybe<Scalars['String']['input']>;
};

export type ProposalStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** LIKERT5: 1–5; YES_NO: 0 = no, 1 = yes; SCALE_0_10: 0–10. */
export type QuestionScale =
  | 'LIKERT5'
  | 'SCALE_0_10'
  | 'YES_NO';

export type QuestionnaireInput = {
  /** An existing key makes the next version. */
  key: Scalars['String']['input'];
  questions: Array<SurveyQuestionInput>;
  respondent: RespondentKind;
  titleEn: Scalars['String']['input'];
  titleSv: Scalars['String']['input'];
};

export type ReallocationFilter = {
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
  projectId?: InputMaybe<Scalars['UUID']['input']>;
};

export type ReallocationLineInput = {
  fte: Scalars['Float']['input'];
  municipalityId: Scalars['UUID']['input'];
};

export type ReallocationSettingsInput = {
  bounds: Array<BoundInput>;
  decisionMode: DecisionMode;
  delegationReference?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['UUID']['input'];
};

export type ReferralAction =
  | 'ACCEPT'
  | 'DECLINE'
  | 'ESCALATE'
  | 'NOT_NOW';

export type ReferralFilter = {
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
  municipalityId?: InputMaybe<Scalars['UUID']['input']>;
  /** The referrals of one participant. */
  participantId?: InputMaybe<Scalars['UUID']['input']>;
  projectId?: InputMaybe<Scalars['UUID']['input']>;
  /** Participant name (not for referrers). */
  q?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<ReferralState>;
};

export type ReferralState =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'ESCALATED'
  | 'NOT_NOW'
  | 'RECEIVED';

/** A person referred by personnummer and name: found, or registered if new. */
export type ReferredPerson = {
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  personnummer: Scalars['String']['input'];
};

export type ReferrerOrganisation =
  | 'AF'
  | 'FK'
  | 'MUNICIPALITY'
  | 'REGION';

export type ReportFilter = {
  /** under_19 | 19_29 | 30_39 | 40_49 | 50_plus (age at enrollment). */
  ageBand?: InputMaybe<Scalars['String']['input']>;
  /** Whose published figures: another förbund's id, for `external` users only (suppressed figures); default your own association. */
  associationId?: InputMaybe<Scalars['ID']['input']>;
  /** First day of the period (inclusive). */
  from: Scalars['LocalDate']['input'];
  gender?: InputMaybe<Gender>;
  /** Row grouping where the report supports one (see docs/api.md). */
  groupBy?: InputMaybe<Scalars['String']['input']>;
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** End of the period (exclusive, half-open). */
  to: Scalars['LocalDate']['input'];
};

export type RespondentKind =
  | 'EMPLOYER'
  | 'PARTICIPANT';

export type RetentionKind =
  | 'AUDIT_LOG'
  | 'IDENTIFYING_DATA';

/** Styrelse, beredningsgrupp, förbundschef, chef på kommunnivå, jobbcoach, handläggare, annat förbund. */
export type Role =
  | 'BOARD'
  | 'COACH'
  | 'EXTERNAL'
  | 'MANAGER'
  | 'MUNICIPAL_CHIEF'
  | 'REFERRER'
  | 'STEERING';

export type SeGroupMeetingFilter = {
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
  municipalityId?: InputMaybe<Scalars['UUID']['input']>;
  q?: InputMaybe<Scalars['String']['input']>;
};

export type SurveyAnswerInput = {
  question: Scalars['String']['input'];
  /** Null = skipped (optional questions). */
  value?: InputMaybe<Scalars['Int']['input']>;
};

export type SurveyGoalMetric =
  | 'CLOSER_TO_LABOUR_MARKET'
  | 'SATISFIED_EMPLOYERS'
  | 'SATISFIED_PARTICIPANTS';

export type SurveyQuestionInput = {
  /** Default: 4 on LIKERT5, yes on YES_NO, 7 on SCALE_0_10. */
  agreeFrom?: InputMaybe<Scalars['Int']['input']>;
  key: Scalars['String']['input'];
  metric?: InputMaybe<SurveyGoalMetric>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  scale: QuestionScale;
  textEn: Scalars['String']['input'];
  textSv: Scalars['String']['input'];
};

/** When a questionnaire is sent: enrollment, discharge, 3/6/12 months after, year end. */
export type SurveyTrigger =
  | 'DISCHARGE'
  | 'ENROLLMENT'
  | 'MONTH_3'
  | 'MONTH_6'
  | 'MONTH_12'
  | 'YEAR_END';

export type TargetGroupFactor =
  | 'DISABILITY'
  | 'MENTAL_ILL_HEALTH'
  | 'SUBSTANCE_ABUSE';

export type UserFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['UUID']['input']>>;
  q?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

export type BoardReportFieldsFragment = { id: string, sourceAssociationId: string, projectId: string, projectName: string, year: number, period: BoardReportPeriod, title: string, producedByName: string, producedAt: string, sha256: string, byteLength: number, downloadPath: string };

export type ProduceBoardReportMutationVariables = Exact<{
  input: ProduceBoardReportInput;
}>;


export type ProduceBoardReportMutation = { produceBoardReport: { id: string, sourceAssociationId: string, projectId: string, projectName: string, year: number, period: BoardReportPeriod, title: string, producedByName: string, producedAt: string, sha256: string, byteLength: number, downloadPath: string } };

export type BoardReportsQueryVariables = Exact<{
  projectId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type BoardReportsQuery = { boardReports: Array<{ id: string, sourceAssociationId: string, projectId: string, projectName: string, year: number, period: BoardReportPeriod, title: string, producedByName: string, producedAt: string, sha256: string, byteLength: number, downloadPath: string }> };

export type CodeListsQueryVariables = Exact<{ [key: string]: never; }>;


export type CodeListsQuery = { codeLists: { lists: Array<{ id: CodeListId, version: number, entries: Array<{ code: string, labelSv: string, labelEn: string, validFrom: string, validUntil: string | null }> }> } };

export type MeetingCadenceFieldsFragment = { municipalityId: string, municipalityName: string, from: string, until: string, months: number, monthsMet: number, missedMonths: Array<string>, lastHeldOn: string | null, behind: boolean };

export type DashboardQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  asOf: Scalars['LocalDate']['input'];
}>;


export type DashboardQuery = { dashboard: { projectId: string, asOf: string, referralsWaiting: number, budget: number, committed: number, budgetMonths: Array<{ month: string, budgetToDate: number, usedToDate: number | null }>, outcome: { goal: number, discharged: number, toWorkOrStudies: number, share: number | null, byGender: Array<{ gender: Gender, discharged: number, toWorkOrStudies: number, share: number | null }> }, capacity: Array<{ municipalityId: string, municipalityName: string, fte: number, activeParticipants: number, caseloadPerFte: number | null, band: number | null, referralsWaiting: number }>, attestationsDue: Array<{ municipalityId: string, municipalityName: string, halfYear: string }>, meetingCadence: Array<{ municipalityId: string, municipalityName: string, from: string, until: string, months: number, monthsMet: number, missedMonths: Array<string>, lastHeldOn: string | null, behind: boolean }> } };

export type MeetingCadenceQueryVariables = Exact<{
  asOf: Scalars['LocalDate']['input'];
  months?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MeetingCadenceQuery = { seGroupMeetingCadence: Array<{ municipalityId: string, municipalityName: string, from: string, until: string, months: number, monthsMet: number, missedMonths: Array<string>, lastHeldOn: string | null, behind: boolean }> };

export type AssessmentFieldsFragment = { id: string, participantId: string, definition: string, definitionVersion: number, on: string, note: string | null, recordedByName: string | null, scores: Array<{ item: string, score: number }> };

export type RecordFollowUpMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  doneOn: Scalars['LocalDate']['input'];
  working: Scalars['Boolean']['input'];
  studying: Scalars['Boolean']['input'];
}>;


export type RecordFollowUpMutation = { recordFollowUp: { id: string, doneOn: string | null, working: boolean | null, studying: boolean | null } };

export type AssessmentDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentDefinitionsQuery = { assessmentDefinitions: Array<{ key: string, kind: string, titleSv: string, titleEn: string, version: number, items: Array<{ key: string, area: string, textSv: string, textEn: string }> }> };

export type ParticipantAssessmentsQueryVariables = Exact<{
  participantId: Scalars['UUID']['input'];
}>;


export type ParticipantAssessmentsQuery = { participantAssessments: { participantId: string, assessments: Array<{ id: string, participantId: string, definition: string, definitionVersion: number, on: string, note: string | null, recordedByName: string | null, scores: Array<{ item: string, score: number }> }>, changes: Array<{ definition: string, assessments: number, from: string, to: string, meanFirst: number, meanLast: number, meanChange: number, items: Array<{ item: string, first: number, last: number, change: number }> }> } };

export type RecordAssessmentMutationVariables = Exact<{
  participantId: Scalars['UUID']['input'];
  definition: Scalars['String']['input'];
  on: Scalars['LocalDate']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  scores: Array<AssessmentScoreInput>;
}>;


export type RecordAssessmentMutation = { recordAssessment: { id: string, participantId: string, definition: string, definitionVersion: number, on: string, note: string | null, recordedByName: string | null, scores: Array<{ item: string, score: number }> } };

export type AuditLogQueryVariables = Exact<{
  page?: InputMaybe<Scalars['Int']['input']>;
  perPage?: InputMaybe<Scalars['Int']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['UUID']['input']>;
  userId?: InputMaybe<Scalars['UUID']['input']>;
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
}>;


export type AuditLogQuery = { auditLog: Array<{ id: string, at: string, action: string, entity: string, entityIds: Array<string>, userId: string | null, userName: string | null, role: string | null, requestId: string | null }>, _auditLogMeta: { count: number } };

export type SusExportQueryVariables = Exact<{
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
}>;


export type SusExportQuery = { susExport: string };

export type ConsentFieldsFragment = { id: string, participantId: string, purpose: ConsentPurpose, givenOn: string, method: ConsentMethod, recordedByName: string | null, withdrawnOn: string | null, active: boolean };

export type RetentionRuleFieldsFragment = { kind: RetentionKind, years: number, isDefault: boolean };

export type ParticipantConsentsQueryVariables = Exact<{
  participantId: Scalars['UUID']['input'];
}>;


export type ParticipantConsentsQuery = { participantConsents: Array<{ id: string, participantId: string, purpose: ConsentPurpose, givenOn: string, method: ConsentMethod, recordedByName: string | null, withdrawnOn: string | null, active: boolean }> };

export type RecordConsentMutationVariables = Exact<{
  participantId: Scalars['UUID']['input'];
  purpose: ConsentPurpose;
  givenOn: Scalars['LocalDate']['input'];
  method: ConsentMethod;
}>;


export type RecordConsentMutation = { recordConsent: { id: string, participantId: string, purpose: ConsentPurpose, givenOn: string, method: ConsentMethod, recordedByName: string | null, withdrawnOn: string | null, active: boolean } };

export type WithdrawConsentMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  withdrawnOn: Scalars['LocalDate']['input'];
}>;


export type WithdrawConsentMutation = { withdrawConsent: { id: string, participantId: string, purpose: ConsentPurpose, givenOn: string, method: ConsentMethod, recordedByName: string | null, withdrawnOn: string | null, active: boolean } };

export type ParticipantHistoryQueryVariables = Exact<{
  participantId: Scalars['UUID']['input'];
}>;


export type ParticipantHistoryQuery = { participantHistory: Array<{ id: string, changedAt: string, changedByName: string | null, field: string, oldValue: string | null, newValue: string | null }> };

export type RegisterExtractQueryVariables = Exact<{
  participantId: Scalars['UUID']['input'];
}>;


export type RegisterExtractQuery = { registerExtract: { json: string, html: string, generatedAt: string } };

export type EraseParticipantMutationVariables = Exact<{
  participantId: Scalars['UUID']['input'];
  reason: Scalars['String']['input'];
}>;


export type EraseParticipantMutation = { eraseParticipant: { id: string, firstName: string, lastName: string, version: number } };

export type RetentionRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionRulesQuery = { retentionRules: Array<{ kind: RetentionKind, years: number, isDefault: boolean }> };

export type SetRetentionRuleMutationVariables = Exact<{
  kind: RetentionKind;
  years: Scalars['Int']['input'];
}>;


export type SetRetentionRuleMutation = { setRetentionRule: Array<{ kind: RetentionKind, years: number, isDefault: boolean }> };

export type RetentionRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionRunsQuery = { retentionRuns: Array<{ id: string, runAt: string, asOf: string, runByName: string | null, identifyingYears: number, auditYears: number, participantsAnonymised: number, auditRowsDeleted: number }> };

export type RunRetentionMutationVariables = Exact<{
  dryRun: Scalars['Boolean']['input'];
}>;


export type RunRetentionMutation = { runRetention: { dryRun: boolean, asOf: string, identifyingYears: number, auditYears: number, participantsAnonymised: number, auditRowsDeleted: number, runId: string | null, participants: Array<{ participantId: string, lastEndedOn: string }> } };

export type SetUserActiveMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  version: Scalars['Int']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type SetUserActiveMutation = { updateUser: { id: string, active: boolean, version: number, lastLoginAt: string | null } };

export type ReallocationSettingsFieldsFragment = { projectId: string, decisionMode: DecisionMode, delegationReference: string | null, defaultMinFte: number, updatedAt: string | null, updatedByName: string | null, bounds: Array<{ municipalityId: string, municipalityName: string, min: number | null, max: number | null }> };

export type ReallocationProposalFieldsFragment = { id: string, projectId: string, effectiveFrom: string, reason: string, method: ApportionMethod | null, proposedByName: string, proposedAt: string, status: ProposalStatus, reviewedByName: string | null, reviewedAt: string | null, reviewNote: string | null, lines: Array<{ municipalityId: string, municipalityName: string, fteBefore: number, fteAfter: number }> };

export type ReallocationSettingsQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
}>;


export type ReallocationSettingsQuery = { reallocationSettings: { projectId: string, decisionMode: DecisionMode, delegationReference: string | null, defaultMinFte: number, updatedAt: string | null, updatedByName: string | null, bounds: Array<{ municipalityId: string, municipalityName: string, min: number | null, max: number | null }> } };

export type UpdateReallocationSettingsMutationVariables = Exact<{
  input: ReallocationSettingsInput;
}>;


export type UpdateReallocationSettingsMutation = { updateReallocationSettings: { projectId: string, decisionMode: DecisionMode, delegationReference: string | null, defaultMinFte: number, updatedAt: string | null, updatedByName: string | null, bounds: Array<{ municipalityId: string, municipalityName: string, min: number | null, max: number | null }> } };

export type ReallocationProposalsQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  status?: InputMaybe<ProposalStatus>;
}>;


export type ReallocationProposalsQuery = { reallocationProposals: Array<{ id: string, projectId: string, effectiveFrom: string, reason: string, method: ApportionMethod | null, proposedByName: string, proposedAt: string, status: ProposalStatus, reviewedByName: string | null, reviewedAt: string | null, reviewNote: string | null, lines: Array<{ municipalityId: string, municipalityName: string, fteBefore: number, fteAfter: number }> }> };

export type ProposeReallocationMutationVariables = Exact<{
  input: DecideReallocationInput;
}>;


export type ProposeReallocationMutation = { proposeReallocation: { id: string, projectId: string, effectiveFrom: string, reason: string, method: ApportionMethod | null, proposedByName: string, proposedAt: string, status: ProposalStatus, reviewedByName: string | null, reviewedAt: string | null, reviewNote: string | null, lines: Array<{ municipalityId: string, municipalityName: string, fteBefore: number, fteAfter: number }> } };

export type ReviewReallocationProposalMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  approve: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewReallocationProposalMutation = { reviewReallocationProposal: { id: string, projectId: string, effectiveFrom: string, reason: string, method: ApportionMethod | null, proposedByName: string, proposedAt: string, status: ProposalStatus, reviewedByName: string | null, reviewedAt: string | null, reviewNote: string | null, lines: Array<{ municipalityId: string, municipalityName: string, fteBefore: number, fteAfter: number }> } };

export type AllocationRowFieldsFragment = { municipalityId: string, municipalityName: string, fte: number, activeParticipants: number, caseloadPerFte: number | null, band: number | null, referralsWaiting: number };

export type BudgetEffectFieldsFragment = { budget: number, committed: number, forecastBefore: number, forecastAfter: number, marginBefore: number, marginAfter: number };

export type ReallocationFieldsFragment = { id: string, projectId: string, effectiveFrom: string, reason: string, decidedByName: string, decidedAt: string, method: ApportionMethod | null, decisionMode: DecisionMode | null, delegationReference: string | null, proposedByName: string | null, lines: Array<{ municipalityId: string, municipalityName: string, fteBefore: number, fteAfter: number }> };

export type AllocationQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  asOf: Scalars['LocalDate']['input'];
  windowMonths?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AllocationQuery = { allocation: { projectId: string, asOf: string, version: number, totalFte: number, budgetYear: number, budget: number, committed: number, forecast: number, margin: number, rows: Array<{ meanActive: number | null, capacity: CapacityStatus | null, municipalityId: string, municipalityName: string, fte: number, activeParticipants: number, caseloadPerFte: number | null, band: number | null, referralsWaiting: number }>, window: { months: number, from: string, to: string } } };

export type CaseloadSeriesQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
}>;


export type CaseloadSeriesQuery = { caseloadSeries: { months: Array<string>, target: number, municipalities: Array<{ key: string, label: string, municipalityId: string, points: Array<{ month: string, activeParticipants: number, fte: number, perFte: number | null, band: number | null }> }> } };

export type ReallocationPlanQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  method: ApportionMethod;
  step: Scalars['Float']['input'];
  effectiveFrom: Scalars['LocalDate']['input'];
  bounds?: InputMaybe<Array<BoundInput>>;
  windowMonths?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReallocationPlanQuery = { reallocationPlan: { projectId: string, method: ApportionMethod, step: number, effectiveFrom: string, allocationVersion: number, totalFte: number, window: { months: number, from: string, to: string }, lines: Array<{ municipalityId: string, municipalityName: string, currentFte: number, suggestedFte: number, change: number, activeParticipants: number, quota: number, caseloadBefore: number | null, caseloadAfter: number | null, bandBefore: number | null, bandAfter: number | null, meanActive: number, capacityBefore: CapacityStatus, capacityAfter: CapacityStatus, minFte: number, maxFte: number | null, costBefore: number, costAfter: number }>, budgetEffect: { budget: number, committed: number, forecastBefore: number, forecastAfter: number, marginBefore: number, marginAfter: number } } };

export type ValidateReallocationDraftQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  effectiveFrom: Scalars['LocalDate']['input'];
  lines: Array<ReallocationLineInput>;
  step?: InputMaybe<Scalars['Float']['input']>;
}>;


export type ValidateReallocationDraftQuery = { validateReallocationDraft: { violations: Array<{ code: string, message: string, municipalityId: string | null }>, budgetEffect: { budget: number, committed: number, forecastBefore: number, forecastAfter: number, marginBefore: number, marginAfter: number } } };

export type DecideReallocationMutationVariables = Exact<{
  input: DecideReallocationInput;
}>;


export type DecideReallocationMutation = { decideReallocation: { id: string, projectId: string, effectiveFrom: string, reason: string, decidedByName: string, decidedAt: string, method: ApportionMethod | null, decisionMode: DecisionMode | null, delegationReference: string | null, proposedByName: string | null, lines: Array<{ municipalityId: string, municipalityName: string, fteBefore: number, fteAfter: number }> } };

export type ReferralFieldsFragment = { id: string, participantId: string, participantName: string, enrollmentId: string | null, municipalityId: string, projectId: string, referrerOrganisation: ReferrerOrganisation, receivedOn: string, state: ReferralState, version: number, decisions: Array<{ action: ReferralAction, state: ReferralState, decidedOn: string, decidedByName: string, note: string, meetingId: string | null }> };

export type EnrollmentFieldsFragment = { id: string, participantId: string, participantName: string, coachId: string, municipalityId: string, projectId: string, enrolledOn: string, currentPhase: Phase, dischargedOn: string | null, dischargeReason: string | null, compensationAtStart: Array<string>, compensationDuring: Array<string>, compensationAtEnd: Array<string> | null, occupationAfter: string | null, version: number, phases: Array<{ phase: Phase, on: string }> };

export type DecideReferralMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  action: ReferralAction;
  decidedOn: Scalars['LocalDate']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  meetingId?: InputMaybe<Scalars['UUID']['input']>;
  version: Scalars['Int']['input'];
}>;


export type DecideReferralMutation = { decideReferral: { id: string, participantId: string, participantName: string, enrollmentId: string | null, municipalityId: string, projectId: string, referrerOrganisation: ReferrerOrganisation, receivedOn: string, state: ReferralState, version: number, decisions: Array<{ action: ReferralAction, state: ReferralState, decidedOn: string, decidedByName: string, note: string, meetingId: string | null }> } };

export type AcceptReferralMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  decidedOn: Scalars['LocalDate']['input'];
  version: Scalars['Int']['input'];
  coachId: Scalars['UUID']['input'];
  enrolledOn: Scalars['LocalDate']['input'];
  compensationAtStart: Array<Scalars['String']['input']>;
  meetingId?: InputMaybe<Scalars['UUID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type AcceptReferralMutation = { acceptReferral: { id: string, participantId: string, participantName: string, enrollmentId: string | null, municipalityId: string, projectId: string, referrerOrganisation: ReferrerOrganisation, receivedOn: string, state: ReferralState, version: number, decisions: Array<{ action: ReferralAction, state: ReferralState, decidedOn: string, decidedByName: string, note: string, meetingId: string | null }> } };

export type MoveEnrollmentPhaseMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  phase: Phase;
  on: Scalars['LocalDate']['input'];
  version: Scalars['Int']['input'];
}>;


export type MoveEnrollmentPhaseMutation = { moveEnrollmentPhase: { id: string, participantId: string, participantName: string, coachId: string, municipalityId: string, projectId: string, enrolledOn: string, currentPhase: Phase, dischargedOn: string | null, dischargeReason: string | null, compensationAtStart: Array<string>, compensationDuring: Array<string>, compensationAtEnd: Array<string> | null, occupationAfter: string | null, version: number, phases: Array<{ phase: Phase, on: string }> } };

export type RecordIncomeDuringMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  compensationDuring: Array<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
}>;


export type RecordIncomeDuringMutation = { recordIncomeDuring: { id: string, participantId: string, participantName: string, coachId: string, municipalityId: string, projectId: string, enrolledOn: string, currentPhase: Phase, dischargedOn: string | null, dischargeReason: string | null, compensationAtStart: Array<string>, compensationDuring: Array<string>, compensationAtEnd: Array<string> | null, occupationAfter: string | null, version: number, phases: Array<{ phase: Phase, on: string }> } };

export type DischargeEnrollmentMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  on: Scalars['LocalDate']['input'];
  reason: Scalars['String']['input'];
  compensationAtEnd: Array<Scalars['String']['input']>;
  occupationAfter: Scalars['String']['input'];
  followUp?: InputMaybe<Scalars['Boolean']['input']>;
  version: Scalars['Int']['input'];
}>;


export type DischargeEnrollmentMutation = { dischargeEnrollment: { id: string, participantId: string, participantName: string, coachId: string, municipalityId: string, projectId: string, enrolledOn: string, currentPhase: Phase, dischargedOn: string | null, dischargeReason: string | null, compensationAtStart: Array<string>, compensationDuring: Array<string>, compensationAtEnd: Array<string> | null, occupationAfter: string | null, version: number, phases: Array<{ phase: Phase, on: string }> } };

export type SignAttestationMutationVariables = Exact<{
  municipalityId: Scalars['UUID']['input'];
  projectId: Scalars['UUID']['input'];
  halfYear: Scalars['String']['input'];
  statement: Scalars['String']['input'];
}>;


export type SignAttestationMutation = { signAttestation: { id: string, municipalityId: string, projectId: string, halfYear: string, signedByName: string, signedOn: string | null, statement: string } };

export type ReportTableFieldsFragment = { title: string, titleEn: string, notes: Array<string>, notesEn: Array<string>, csv: string, columns: Array<{ key: string, label: string, labelEn: string, unit: string }>, rows: Array<{ key: string, label: string, labelEn: string, cells: Array<{ column: string, count: number | null, share: number | null, value: number | null, suppressed: boolean }> }> };

export type OutcomeReportQueryVariables = Exact<{
  filter: ReportFilter;
}>;


export type OutcomeReportQuery = { report: { title: string, titleEn: string, notes: Array<string>, notesEn: Array<string>, csv: string, columns: Array<{ key: string, label: string, labelEn: string, unit: string }>, rows: Array<{ key: string, label: string, labelEn: string, cells: Array<{ column: string, count: number | null, share: number | null, value: number | null, suppressed: boolean }> }> } };

export type TransitionMatrixQueryVariables = Exact<{
  filter: ReportFilter;
}>;


export type TransitionMatrixQuery = { report: { title: string, titleEn: string, notes: Array<string>, notesEn: Array<string>, csv: string, columns: Array<{ key: string, label: string, labelEn: string, unit: string }>, rows: Array<{ key: string, label: string, labelEn: string, cells: Array<{ column: string, count: number | null, share: number | null, value: number | null, suppressed: boolean }> }> } };

export type PhaseFunnelQueryVariables = Exact<{
  filter: ReportFilter;
}>;


export type PhaseFunnelQuery = { report: { title: string, titleEn: string, notes: Array<string>, notesEn: Array<string>, csv: string, columns: Array<{ key: string, label: string, labelEn: string, unit: string }>, rows: Array<{ key: string, label: string, labelEn: string, cells: Array<{ column: string, count: number | null, share: number | null, value: number | null, suppressed: boolean }> }> } };

export type ReferralStatsQueryVariables = Exact<{
  filter: ReportFilter;
}>;


export type ReferralStatsQuery = { report: { title: string, titleEn: string, notes: Array<string>, notesEn: Array<string>, csv: string, columns: Array<{ key: string, label: string, labelEn: string, unit: string }>, rows: Array<{ key: string, label: string, labelEn: string, cells: Array<{ column: string, count: number | null, share: number | null, value: number | null, suppressed: boolean }> }> } };

export type AfterSupportReportQueryVariables = Exact<{
  filter: ReportFilter;
}>;


export type AfterSupportReportQuery = { report: { title: string, titleEn: string, notes: Array<string>, notesEn: Array<string>, csv: string, columns: Array<{ key: string, label: string, labelEn: string, unit: string }>, rows: Array<{ key: string, label: string, labelEn: string, cells: Array<{ column: string, count: number | null, share: number | null, value: number | null, suppressed: boolean }> }> } };

export type CostReportQueryVariables = Exact<{
  filter: ReportFilter;
}>;


export type CostReportQuery = { report: { title: string, titleEn: string, notes: Array<string>, notesEn: Array<string>, csv: string, columns: Array<{ key: string, label: string, labelEn: string, unit: string }>, rows: Array<{ key: string, label: string, labelEn: string, cells: Array<{ column: string, count: number | null, share: number | null, value: number | null, suppressed: boolean }> }> } };

export type FidelityReportQueryVariables = Exact<{
  filter: ReportFilter;
}>;


export type FidelityReportQuery = { report: { title: string, titleEn: string, notes: Array<string>, notesEn: Array<string>, csv: string, columns: Array<{ key: string, label: string, labelEn: string, unit: string }>, rows: Array<{ key: string, label: string, labelEn: string, cells: Array<{ column: string, count: number | null, share: number | null, value: number | null, suppressed: boolean }> }> } };

export type SelfSupportingReportQueryVariables = Exact<{
  filter: ReportFilter;
}>;


export type SelfSupportingReportQuery = { report: { title: string, titleEn: string, notes: Array<string>, notesEn: Array<string>, csv: string, columns: Array<{ key: string, label: string, labelEn: string, unit: string }>, rows: Array<{ key: string, label: string, labelEn: string, cells: Array<{ column: string, count: number | null, share: number | null, value: number | null, suppressed: boolean }> }> } };

export type SurveyReportQueryVariables = Exact<{
  filter: ReportFilter;
}>;


export type SurveyReportQuery = { report: { title: string, titleEn: string, notes: Array<string>, notesEn: Array<string>, csv: string, columns: Array<{ key: string, label: string, labelEn: string, unit: string }>, rows: Array<{ key: string, label: string, labelEn: string, cells: Array<{ column: string, count: number | null, share: number | null, value: number | null, suppressed: boolean }> }> } };

export type AssessmentChangeReportQueryVariables = Exact<{
  filter: ReportFilter;
}>;


export type AssessmentChangeReportQuery = { report: { title: string, titleEn: string, notes: Array<string>, notesEn: Array<string>, csv: string, columns: Array<{ key: string, label: string, labelEn: string, unit: string }>, rows: Array<{ key: string, label: string, labelEn: string, cells: Array<{ column: string, count: number | null, share: number | null, value: number | null, suppressed: boolean }> }> } };

export type MeFieldsFragment = { id: string, email: string, name: string, role: Role, municipalityId: string | null, coachId: string | null, associationName: string };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, email: string, name: string, role: Role, municipalityId: string | null, coachId: string | null, associationName: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, role: Role, municipalityId: string | null, coachId: string | null, associationName: string } | null };

export type SurveyQuestionFieldsFragment = { key: string, scale: QuestionScale, textSv: string, textEn: string, metric: SurveyGoalMetric | null, agreeFrom: number, required: boolean };

export type QuestionnaireFieldsFragment = { id: string, key: string, version: number, titleSv: string, titleEn: string, respondent: RespondentKind, latest: boolean, questions: Array<{ key: string, scale: QuestionScale, textSv: string, textEn: string, metric: SurveyGoalMetric | null, agreeFrom: number, required: boolean }> };

export type SurveyResponseFieldsFragment = { id: string, questionnaireId: string, trigger: SurveyTrigger, channel: string, answeredOn: string | null, answers: Array<{ question: string, value: number | null }> };

export type QuestionnairesQueryVariables = Exact<{ [key: string]: never; }>;


export type QuestionnairesQuery = { questionnaires: Array<{ id: string, key: string, version: number, titleSv: string, titleEn: string, respondent: RespondentKind, latest: boolean, questions: Array<{ key: string, scale: QuestionScale, textSv: string, textEn: string, metric: SurveyGoalMetric | null, agreeFrom: number, required: boolean }> }> };

export type CreateQuestionnaireVersionMutationVariables = Exact<{
  input: QuestionnaireInput;
}>;


export type CreateQuestionnaireVersionMutation = { createQuestionnaireVersion: { id: string, key: string, version: number, titleSv: string, titleEn: string, respondent: RespondentKind, latest: boolean, questions: Array<{ key: string, scale: QuestionScale, textSv: string, textEn: string, metric: SurveyGoalMetric | null, agreeFrom: number, required: boolean }> } };

export type CreateSurveyInvitationMutationVariables = Exact<{
  enrollmentId: Scalars['UUID']['input'];
  questionnaireId: Scalars['UUID']['input'];
  trigger: SurveyTrigger;
  placementId?: InputMaybe<Scalars['UUID']['input']>;
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CreateSurveyInvitationMutation = { createSurveyInvitation: { id: string, path: string | null, expiresAt: string, usedAt: string | null, trigger: SurveyTrigger, anonymous: boolean } };

export type RecordSurveyResponseMutationVariables = Exact<{
  enrollmentId: Scalars['UUID']['input'];
  questionnaireId: Scalars['UUID']['input'];
  trigger: SurveyTrigger;
  answeredOn: Scalars['LocalDate']['input'];
  answers: Array<SurveyAnswerInput>;
  placementId?: InputMaybe<Scalars['UUID']['input']>;
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RecordSurveyResponseMutation = { recordSurveyResponse: { id: string, questionnaireId: string, trigger: SurveyTrigger, channel: string, answeredOn: string | null, answers: Array<{ question: string, value: number | null }> } | null };

export type SurveyResponsesQueryVariables = Exact<{
  enrollmentId: Scalars['UUID']['input'];
}>;


export type SurveyResponsesQuery = { surveyResponses: Array<{ id: string, questionnaireId: string, trigger: SurveyTrigger, channel: string, answeredOn: string | null, answers: Array<{ question: string, value: number | null }> }> };

export type SurveyByTokenQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type SurveyByTokenQuery = { surveyByToken: { titleSv: string, titleEn: string, respondent: RespondentKind, anonymous: boolean, expiresAt: string, questions: Array<{ key: string, scale: QuestionScale, textSv: string, textEn: string, metric: SurveyGoalMetric | null, agreeFrom: number, required: boolean }> } };

export type SubmitSurveyResponseMutationVariables = Exact<{
  token: Scalars['String']['input'];
  answers: Array<SurveyAnswerInput>;
}>;


export type SubmitSurveyResponseMutation = { submitSurveyResponse: boolean };

export type MyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTasksQuery = { myTasks: Array<{ id: string, kind: string, title: string, dueOn: string | null, overdue: boolean, link: string | null }> };

export type MailOutboxQueryVariables = Exact<{
  page: Scalars['Int']['input'];
  perPage: Scalars['Int']['input'];
  state?: InputMaybe<Scalars['String']['input']>;
}>;


export type MailOutboxQuery = { mailOutbox: { total: number, items: Array<{ id: string, template: string, recipient: string, subject: string, text: string, state: string, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null }> } };

export type JobFailuresQueryVariables = Exact<{ [key: string]: never; }>;


export type JobFailuresQuery = { jobFailures: Array<{ jobKey: string, task: string, attempts: number, final: boolean, lastError: string, failedAt: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BoardReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment BoardReportFields on BoardReport {
  id
  sourceAssociationId
  projectId
  projectName
  year
  period
  title
  producedByName
  producedAt
  sha256
  byteLength
  downloadPath
}
    `, {"fragmentName":"BoardReportFields"}) as unknown as TypedDocumentString<BoardReportFieldsFragment, unknown>;
export const MeetingCadenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingCadenceFields on MeetingCadence {
  municipalityId
  municipalityName
  from
  until
  months
  monthsMet
  missedMonths
  lastHeldOn
  behind
}
    `, {"fragmentName":"MeetingCadenceFields"}) as unknown as TypedDocumentString<MeetingCadenceFieldsFragment, unknown>;
export const AssessmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssessmentFields on Assessment {
  id
  participantId
  definition
  definitionVersion
  on
  note
  recordedByName
  scores {
    item
    score
  }
}
    `, {"fragmentName":"AssessmentFields"}) as unknown as TypedDocumentString<AssessmentFieldsFragment, unknown>;
export const ConsentFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConsentFields on Consent {
  id
  participantId
  purpose
  givenOn
  method
  recordedByName
  withdrawnOn
  active
}
    `, {"fragmentName":"ConsentFields"}) as unknown as TypedDocumentString<ConsentFieldsFragment, unknown>;
export const RetentionRuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment RetentionRuleFields on RetentionRule {
  kind
  years
  isDefault
}
    `, {"fragmentName":"RetentionRuleFields"}) as unknown as TypedDocumentString<RetentionRuleFieldsFragment, unknown>;
export const ReallocationSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReallocationSettingsFields on ReallocationSettings {
  projectId
  decisionMode
  delegationReference
  defaultMinFte
  updatedAt
  updatedByName
  bounds {
    municipalityId
    municipalityName
    min
    max
  }
}
    `, {"fragmentName":"ReallocationSettingsFields"}) as unknown as TypedDocumentString<ReallocationSettingsFieldsFragment, unknown>;
export const ReallocationProposalFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReallocationProposalFields on ReallocationProposal {
  id
  projectId
  effectiveFrom
  reason
  method
  proposedByName
  proposedAt
  status
  reviewedByName
  reviewedAt
  reviewNote
  lines {
    municipalityId
    municipalityName
    fteBefore
    fteAfter
  }
}
    `, {"fragmentName":"ReallocationProposalFields"}) as unknown as TypedDocumentString<ReallocationProposalFieldsFragment, unknown>;
export const AllocationRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment AllocationRowFields on AllocationRow {
  municipalityId
  municipalityName
  fte
  activeParticipants
  caseloadPerFte
  band
  referralsWaiting
}
    `, {"fragmentName":"AllocationRowFields"}) as unknown as TypedDocumentString<AllocationRowFieldsFragment, unknown>;
export const BudgetEffectFieldsFragmentDoc = new TypedDocumentString(`
    fragment BudgetEffectFields on BudgetEffect {
  budget
  committed
  forecastBefore
  forecastAfter
  marginBefore
  marginAfter
}
    `, {"fragmentName":"BudgetEffectFields"}) as unknown as TypedDocumentString<BudgetEffectFieldsFragment, unknown>;
export const ReallocationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReallocationFields on Reallocation {
  id
  projectId
  effectiveFrom
  reason
  decidedByName
  decidedAt
  method
  decisionMode
  delegationReference
  proposedByName
  lines {
    municipalityId
    municipalityName
    fteBefore
    fteAfter
  }
}
    `, {"fragmentName":"ReallocationFields"}) as unknown as TypedDocumentString<ReallocationFieldsFragment, unknown>;
export const ReferralFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReferralFields on Referral {
  id
  participantId
  participantName
  enrollmentId
  municipalityId
  projectId
  referrerOrganisation
  receivedOn
  state
  version
  decisions {
    action
    state
    decidedOn
    decidedByName
    note
    meetingId
  }
}
    `, {"fragmentName":"ReferralFields"}) as unknown as TypedDocumentString<ReferralFieldsFragment, unknown>;
export const EnrollmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment EnrollmentFields on Enrollment {
  id
  participantId
  participantName
  coachId
  municipalityId
  projectId
  enrolledOn
  currentPhase
  phases {
    phase
    on
  }
  dischargedOn
  dischargeReason
  compensationAtStart
  compensationDuring
  compensationAtEnd
  occupationAfter
  version
}
    `, {"fragmentName":"EnrollmentFields"}) as unknown as TypedDocumentString<EnrollmentFieldsFragment, unknown>;
export const ReportTableFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportTableFields on ReportTable {
  title
  titleEn
  notes
  notesEn
  csv
  columns {
    key
    label
    labelEn
    unit
  }
  rows {
    key
    label
    labelEn
    cells {
      column
      count
      share
      value
      suppressed
    }
  }
}
    `, {"fragmentName":"ReportTableFields"}) as unknown as TypedDocumentString<ReportTableFieldsFragment, unknown>;
export const MeFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeFields on Me {
  id
  email
  name
  role
  municipalityId
  coachId
  associationName
}
    `, {"fragmentName":"MeFields"}) as unknown as TypedDocumentString<MeFieldsFragment, unknown>;
export const SurveyQuestionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SurveyQuestionFields on SurveyQuestion {
  key
  scale
  textSv
  textEn
  metric
  agreeFrom
  required
}
    `, {"fragmentName":"SurveyQuestionFields"}) as unknown as TypedDocumentString<SurveyQuestionFieldsFragment, unknown>;
export const QuestionnaireFieldsFragmentDoc = new TypedDocumentString(`
    fragment QuestionnaireFields on Questionnaire {
  id
  key
  version
  titleSv
  titleEn
  respondent
  latest
  questions {
    ...SurveyQuestionFields
  }
}
    fragment SurveyQuestionFields on SurveyQuestion {
  key
  scale
  textSv
  textEn
  metric
  agreeFrom
  required
}`, {"fragmentName":"QuestionnaireFields"}) as unknown as TypedDocumentString<QuestionnaireFieldsFragment, unknown>;
export const SurveyResponseFieldsFragmentDoc = new TypedDocumentString(`
    fragment SurveyResponseFields on SurveyResponse {
  id
  questionnaireId
  trigger
  channel
  answeredOn
  answers {
    question
    value
  }
}
    `, {"fragmentName":"SurveyResponseFields"}) as unknown as TypedDocumentString<SurveyResponseFieldsFragment, unknown>;
export const ProduceBoardReportDocument = new TypedDocumentString(`
    mutation ProduceBoardReport($input: ProduceBoardReportInput!) {
  produceBoardReport(input: $input) {
    ...BoardReportFields
  }
}
    fragment BoardReportFields on BoardReport {
  id
  sourceAssociationId
  projectId
  projectName
  year
  period
  title
  producedByName
  producedAt
  sha256
  byteLength
  downloadPath
}`) as unknown as TypedDocumentString<ProduceBoardReportMutation, ProduceBoardReportMutationVariables>;
export const BoardReportsDocument = new TypedDocumentString(`
    query BoardReports($projectId: ID) {
  boardReports(projectId: $projectId) {
    ...BoardReportFields
  }
}
    fragment BoardReportFields on BoardReport {
  id
  sourceAssociationId
  projectId
  projectName
  year
  period
  title
  producedByName
  producedAt
  sha256
  byteLength
  downloadPath
}`) as unknown as TypedDocumentString<BoardReportsQuery, BoardReportsQueryVariables>;
export const CodeListsDocument = new TypedDocumentString(`
    query CodeLists {
  codeLists {
    lists {
      id
      version
      entries {
        code
        labelSv
        labelEn
        validFrom
        validUntil
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CodeListsQuery, CodeListsQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($projectId: UUID!, $asOf: LocalDate!) {
  dashboard(projectId: $projectId, asOf: $asOf) {
    projectId
    asOf
    referralsWaiting
    budget
    committed
    budgetMonths {
      month
      budgetToDate
      usedToDate
    }
    outcome {
      goal
      discharged
      toWorkOrStudies
      share
      byGender {
        gender
        discharged
        toWorkOrStudies
        share
      }
    }
    capacity {
      ...AllocationRowFields
    }
    attestationsDue {
      municipalityId
      municipalityName
      halfYear
    }
    meetingCadence {
      ...MeetingCadenceFields
    }
  }
}
    fragment MeetingCadenceFields on MeetingCadence {
  municipalityId
  municipalityName
  from
  until
  months
  monthsMet
  missedMonths
  lastHeldOn
  behind
}
fragment AllocationRowFields on AllocationRow {
  municipalityId
  municipalityName
  fte
  activeParticipants
  caseloadPerFte
  band
  referralsWaiting
}`) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const MeetingCadenceDocument = new TypedDocumentString(`
    query MeetingCadence($asOf: LocalDate!, $months: Int) {
  seGroupMeetingCadence(asOf: $asOf, months: $months) {
    ...MeetingCadenceFields
  }
}
    fragment MeetingCadenceFields on MeetingCadence {
  municipalityId
  municipalityName
  from
  until
  months
  monthsMet
  missedMonths
  lastHeldOn
  behind
}`) as unknown as TypedDocumentString<MeetingCadenceQuery, MeetingCadenceQueryVariables>;
export const RecordFollowUpDocument = new TypedDocumentString(`
    mutation RecordFollowUp($id: UUID!, $doneOn: LocalDate!, $working: Boolean!, $studying: Boolean!) {
  recordFollowUp(id: $id, doneOn: $doneOn, working: $working, studying: $studying) {
    id
    doneOn
    working
    studying
  }
}
    `) as unknown as TypedDocumentString<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const AssessmentDefinitionsDocument = new TypedDocumentString(`
    query AssessmentDefinitions {
  assessmentDefinitions {
    key
    kind
    titleSv
    titleEn
    version
    items {
      key
      area
      textSv
      textEn
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentDefinitionsQuery, AssessmentDefinitionsQueryVariables>;
export const ParticipantAssessmentsDocument = new TypedDocumentString(`
    query ParticipantAssessments($participantId: UUID!) {
  participantAssessments(participantId: $participantId) {
    participantId
    assessments {
      ...AssessmentFields
    }
    changes {
      definition
      assessments
      from
      to
      meanFirst
      meanLast
      meanChange
      items {
        item
        first
        last
        change
      }
    }
  }
}
    fragment AssessmentFields on Assessment {
  id
  participantId
  definition
  definitionVersion
  on
  note
  recordedByName
  scores {
    item
    score
  }
}`) as unknown as TypedDocumentString<ParticipantAssessmentsQuery, ParticipantAssessmentsQueryVariables>;
export const RecordAssessmentDocument = new TypedDocumentString(`
    mutation RecordAssessment($participantId: UUID!, $definition: String!, $on: LocalDate!, $note: String, $scores: [AssessmentScoreInput!]!) {
  recordAssessment(
    participantId: $participantId
    definition: $definition
    on: $on
    note: $note
    scores: $scores
  ) {
    ...AssessmentFields
  }
}
    fragment AssessmentFields on Assessment {
  id
  participantId
  definition
  definitionVersion
  on
  note
  recordedByName
  scores {
    item
    score
  }
}`) as unknown as TypedDocumentString<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($page: Int, $perPage: Int, $entity: String, $entityId: UUID, $userId: UUID, $from: LocalDate, $to: LocalDate) {
  auditLog(
    page: $page
    perPage: $perPage
    entity: $entity
    entityId: $entityId
    userId: $userId
    from: $from
    to: $to
  ) {
    id
    at
    action
    entity
    entityIds
    userId
    userName
    role
    requestId
  }
  _auditLogMeta(
    entity: $entity
    entityId: $entityId
    userId: $userId
    from: $from
    to: $to
  ) {
    count
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const SusExportDocument = new TypedDocumentString(`
    query SusExport($from: LocalDate!, $to: LocalDate!) {
  susExport(from: $from, to: $to)
}
    `) as unknown as TypedDocumentString<SusExportQuery, SusExportQueryVariables>;
export const ParticipantConsentsDocument = new TypedDocumentString(`
    query ParticipantConsents($participantId: UUID!) {
  participantConsents(participantId: $participantId) {
    ...ConsentFields
  }
}
    fragment ConsentFields on Consent {
  id
  participantId
  purpose
  givenOn
  method
  recordedByName
  withdrawnOn
  active
}`) as unknown as TypedDocumentString<ParticipantConsentsQuery, ParticipantConsentsQueryVariables>;
export const RecordConsentDocument = new TypedDocumentString(`
    mutation RecordConsent($participantId: UUID!, $purpose: ConsentPurpose!, $givenOn: LocalDate!, $method: ConsentMethod!) {
  recordConsent(
    participantId: $participantId
    purpose: $purpose
    givenOn: $givenOn
    method: $method
  ) {
    ...ConsentFields
  }
}
    fragment ConsentFields on Consent {
  id
  participantId
  purpose
  givenOn
  method
  recordedByName
  withdrawnOn
  active
}`) as unknown as TypedDocumentString<RecordConsentMutation, RecordConsentMutationVariables>;
export const WithdrawConsentDocument = new TypedDocumentString(`
    mutation WithdrawConsent($id: UUID!, $withdrawnOn: LocalDate!) {
  withdrawConsent(id: $id, withdrawnOn: $withdrawnOn) {
    ...ConsentFields
  }
}
    fragment ConsentFields on Consent {
  id
  participantId
  purpose
  givenOn
  method
  recordedByName
  withdrawnOn
  active
}`) as unknown as TypedDocumentString<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const ParticipantHistoryDocument = new TypedDocumentString(`
    query ParticipantHistory($participantId: UUID!) {
  participantHistory(participantId: $participantId) {
    id
    changedAt
    changedByName
    field
    oldValue
    newValue
  }
}
    `) as unknown as TypedDocumentString<ParticipantHistoryQuery, ParticipantHistoryQueryVariables>;
export const RegisterExtractDocument = new TypedDocumentString(`
    query RegisterExtract($participantId: UUID!) {
  registerExtract(participantId: $participantId) {
    json
    html
    generatedAt
  }
}
    `) as unknown as TypedDocumentString<RegisterExtractQuery, RegisterExtractQueryVariables>;
export const EraseParticipantDocument = new TypedDocumentString(`
    mutation EraseParticipant($participantId: UUID!, $reason: String!) {
  eraseParticipant(participantId: $participantId, reason: $reason) {
    id
    firstName
    lastName
    version
  }
}
    `) as unknown as TypedDocumentString<EraseParticipantMutation, EraseParticipantMutationVariables>;
export const RetentionRulesDocument = new TypedDocumentString(`
    query RetentionRules {
  retentionRules {
    ...RetentionRuleFields
  }
}
    fragment RetentionRuleFields on RetentionRule {
  kind
  years
  isDefault
}`) as unknown as TypedDocumentString<RetentionRulesQuery, RetentionRulesQueryVariables>;
export const SetRetentionRuleDocument = new TypedDocumentString(`
    mutation SetRetentionRule($kind: RetentionKind!, $years: Int!) {
  setRetentionRule(kind: $kind, years: $years) {
    ...RetentionRuleFields
  }
}
    fragment RetentionRuleFields on RetentionRule {
  kind
  years
  isDefault
}`) as unknown as TypedDocumentString<SetRetentionRuleMutation, SetRetentionRuleMutationVariables>;
export const RetentionRunsDocument = new TypedDocumentString(`
    query RetentionRuns {
  retentionRuns {
    id
    runAt
    asOf
    runByName
    identifyingYears
    auditYears
    participantsAnonymised
    auditRowsDeleted
  }
}
    `) as unknown as TypedDocumentString<RetentionRunsQuery, RetentionRunsQueryVariables>;
export const RunRetentionDocument = new TypedDocumentString(`
    mutation RunRetention($dryRun: Boolean!) {
  runRetention(dryRun: $dryRun) {
    dryRun
    asOf
    identifyingYears
    auditYears
    participantsAnonymised
    auditRowsDeleted
    runId
    participants {
      participantId
      lastEndedOn
    }
  }
}
    `) as unknown as TypedDocumentString<RunRetentionMutation, RunRetentionMutationVariables>;
export const SetUserActiveDocument = new TypedDocumentString(`
    mutation SetUserActive($id: UUID!, $version: Int!, $active: Boolean!) {
  updateUser(id: $id, version: $version, active: $active) {
    id
    active
    version
    lastLoginAt
  }
}
    `) as unknown as TypedDocumentString<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const ReallocationSettingsDocument = new TypedDocumentString(`
    query ReallocationSettings($projectId: UUID!) {
  reallocationSettings(projectId: $projectId) {
    ...ReallocationSettingsFields
  }
}
    fragment ReallocationSettingsFields on ReallocationSettings {
  projectId
  decisionMode
  delegationReference
  defaultMinFte
  updatedAt
  updatedByName
  bounds {
    municipalityId
    municipalityName
    min
    max
  }
}`) as unknown as TypedDocumentString<ReallocationSettingsQuery, ReallocationSettingsQueryVariables>;
export const UpdateReallocationSettingsDocument = new TypedDocumentString(`
    mutation UpdateReallocationSettings($input: ReallocationSettingsInput!) {
  updateReallocationSettings(input: $input) {
    ...ReallocationSettingsFields
  }
}
    fragment ReallocationSettingsFields on ReallocationSettings {
  projectId
  decisionMode
  delegationReference
  defaultMinFte
  updatedAt
  updatedByName
  bounds {
    municipalityId
    municipalityName
    min
    max
  }
}`) as unknown as TypedDocumentString<UpdateReallocationSettingsMutation, UpdateReallocationSettingsMutationVariables>;
export const ReallocationProposalsDocument = new TypedDocumentString(`
    query ReallocationProposals($projectId: UUID!, $status: ProposalStatus) {
  reallocationProposals(projectId: $projectId, status: $status) {
    ...ReallocationProposalFields
  }
}
    fragment ReallocationProposalFields on ReallocationProposal {
  id
  projectId
  effectiveFrom
  reason
  method
  proposedByName
  proposedAt
  status
  reviewedByName
  reviewedAt
  reviewNote
  lines {
    municipalityId
    municipalityName
    fteBefore
    fteAfter
  }
}`) as unknown as TypedDocumentString<ReallocationProposalsQuery, ReallocationProposalsQueryVariables>;
export const ProposeReallocationDocument = new TypedDocumentString(`
    mutation ProposeReallocation($input: DecideReallocationInput!) {
  proposeReallocation(input: $input) {
    ...ReallocationProposalFields
  }
}
    fragment ReallocationProposalFields on ReallocationProposal {
  id
  projectId
  effectiveFrom
  reason
  method
  proposedByName
  proposedAt
  status
  reviewedByName
  reviewedAt
  reviewNote
  lines {
    municipalityId
    municipalityName
    fteBefore
    fteAfter
  }
}`) as unknown as TypedDocumentString<ProposeReallocationMutation, ProposeReallocationMutationVariables>;
export const ReviewReallocationProposalDocument = new TypedDocumentString(`
    mutation ReviewReallocationProposal($id: UUID!, $approve: Boolean!, $note: String) {
  reviewReallocationProposal(id: $id, approve: $approve, note: $note) {
    ...ReallocationProposalFields
  }
}
    fragment ReallocationProposalFields on ReallocationProposal {
  id
  projectId
  effectiveFrom
  reason
  method
  proposedByName
  proposedAt
  status
  reviewedByName
  reviewedAt
  reviewNote
  lines {
    municipalityId
    municipalityName
    fteBefore
    fteAfter
  }
}`) as unknown as TypedDocumentString<ReviewReallocationProposalMutation, ReviewReallocationProposalMutationVariables>;
export const AllocationDocument = new TypedDocumentString(`
    query Allocation($projectId: UUID!, $asOf: LocalDate!, $windowMonths: Int) {
  allocation(projectId: $projectId, asOf: $asOf, windowMonths: $windowMonths) {
    projectId
    asOf
    version
    totalFte
    rows {
      ...AllocationRowFields
      meanActive
      capacity
    }
    window {
      months
      from
      to
    }
    budgetYear
    budget
    committed
    forecast
    margin
  }
}
    fragment AllocationRowFields on AllocationRow {
  municipalityId
  municipalityName
  fte
  activeParticipants
  caseloadPerFte
  band
  referralsWaiting
}`) as unknown as TypedDocumentString<AllocationQuery, AllocationQueryVariables>;
export const CaseloadSeriesDocument = new TypedDocumentString(`
    query CaseloadSeries($projectId: UUID!, $from: LocalDate!, $to: LocalDate!) {
  caseloadSeries(projectId: $projectId, from: $from, to: $to) {
    months
    target
    municipalities {
      key
      label
      municipalityId
      points {
        month
        activeParticipants
        fte
        perFte
        band
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseloadSeriesQuery, CaseloadSeriesQueryVariables>;
export const ReallocationPlanDocument = new TypedDocumentString(`
    query ReallocationPlan($projectId: UUID!, $method: ApportionMethod!, $step: Float!, $effectiveFrom: LocalDate!, $bounds: [BoundInput!], $windowMonths: Int) {
  reallocationPlan(
    projectId: $projectId
    method: $method
    step: $step
    effectiveFrom: $effectiveFrom
    bounds: $bounds
    windowMonths: $windowMonths
  ) {
    projectId
    method
    step
    effectiveFrom
    allocationVersion
    totalFte
    window {
      months
      from
      to
    }
    lines {
      municipalityId
      municipalityName
      currentFte
      suggestedFte
      change
      activeParticipants
      quota
      caseloadBefore
      caseloadAfter
      bandBefore
      bandAfter
      meanActive
      capacityBefore
      capacityAfter
      minFte
      maxFte
      costBefore
      costAfter
    }
    budgetEffect {
      ...BudgetEffectFields
    }
  }
}
    fragment BudgetEffectFields on BudgetEffect {
  budget
  committed
  forecastBefore
  forecastAfter
  marginBefore
  marginAfter
}`) as unknown as TypedDocumentString<ReallocationPlanQuery, ReallocationPlanQueryVariables>;
export const ValidateReallocationDraftDocument = new TypedDocumentString(`
    query ValidateReallocationDraft($projectId: UUID!, $effectiveFrom: LocalDate!, $lines: [ReallocationLineInput!]!, $step: Float) {
  validateReallocationDraft(
    projectId: $projectId
    effectiveFrom: $effectiveFrom
    lines: $lines
    step: $step
  ) {
    violations {
      code
      message
      municipalityId
    }
    budgetEffect {
      ...BudgetEffectFields
    }
  }
}
    fragment BudgetEffectFields on BudgetEffect {
  budget
  committed
  forecastBefore
  forecastAfter
  marginBefore
  marginAfter
}`) as unknown as TypedDocumentString<ValidateReallocationDraftQuery, ValidateReallocationDraftQueryVariables>;
export const DecideReallocationDocument = new TypedDocumentString(`
    mutation DecideReallocation($input: DecideReallocationInput!) {
  decideReallocation(input: $input) {
    ...ReallocationFields
  }
}
    fragment ReallocationFields on Reallocation {
  id
  projectId
  effectiveFrom
  reason
  decidedByName
  decidedAt
  method
  decisionMode
  delegationReference
  proposedByName
  lines {
    municipalityId
    municipalityName
    fteBefore
    fteAfter
  }
}`) as unknown as TypedDocumentString<DecideReallocationMutation, DecideReallocationMutationVariables>;
export const DecideReferralDocument = new TypedDocumentString(`
    mutation DecideReferral($id: UUID!, $action: ReferralAction!, $decidedOn: LocalDate!, $note: String, $meetingId: UUID, $version: Int!) {
  decideReferral(
    id: $id
    action: $action
    decidedOn: $decidedOn
    note: $note
    meetingId: $meetingId
    version: $version
  ) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  participantId
  participantName
  enrollmentId
  municipalityId
  projectId
  referrerOrganisation
  receivedOn
  state
  version
  decisions {
    action
    state
    decidedOn
    decidedByName
    note
    meetingId
  }
}`) as unknown as TypedDocumentString<DecideReferralMutation, DecideReferralMutationVariables>;
export const AcceptReferralDocument = new TypedDocumentString(`
    mutation AcceptReferral($id: UUID!, $decidedOn: LocalDate!, $version: Int!, $coachId: UUID!, $enrolledOn: LocalDate!, $compensationAtStart: [String!]!, $meetingId: UUID, $note: String) {
  acceptReferral(
    id: $id
    decidedOn: $decidedOn
    version: $version
    coachId: $coachId
    enrolledOn: $enrolledOn
    compensationAtStart: $compensationAtStart
    meetingId: $meetingId
    note: $note
  ) {
    ...ReferralFields
  }
}
    fragment ReferralFields on Referral {
  id
  participantId
  participantName
  enrollmentId
  municipalityId
  projectId
  referrerOrganisation
  receivedOn
  state
  version
  decisions {
    action
    state
    decidedOn
    decidedByName
    note
    meetingId
  }
}`) as unknown as TypedDocumentString<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const MoveEnrollmentPhaseDocument = new TypedDocumentString(`
    mutation MoveEnrollmentPhase($id: UUID!, $phase: Phase!, $on: LocalDate!, $version: Int!) {
  moveEnrollmentPhase(id: $id, phase: $phase, on: $on, version: $version) {
    ...EnrollmentFields
  }
}
    fragment EnrollmentFields on Enrollment {
  id
  participantId
  participantName
  coachId
  municipalityId
  projectId
  enrolledOn
  currentPhase
  phases {
    phase
    on
  }
  dischargedOn
  dischargeReason
  compensationAtStart
  compensationDuring
  compensationAtEnd
  occupationAfter
  version
}`) as unknown as TypedDocumentString<MoveEnrollmentPhaseMutation, MoveEnrollmentPhaseMutationVariables>;
export const RecordIncomeDuringDocument = new TypedDocumentString(`
    mutation RecordIncomeDuring($id: UUID!, $compensationDuring: [String!]!, $version: Int!) {
  recordIncomeDuring(
    id: $id
    compensationDuring: $compensationDuring
    version: $version
  ) {
    ...EnrollmentFields
  }
}
    fragment EnrollmentFields on Enrollment {
  id
  participantId
  participantName
  coachId
  municipalityId
  projectId
  enrolledOn
  currentPhase
  phases {
    phase
    on
  }
  dischargedOn
  dischargeReason
  compensationAtStart
  compensationDuring
  compensationAtEnd
  occupationAfter
  version
}`) as unknown as TypedDocumentString<RecordIncomeDuringMutation, RecordIncomeDuringMutationVariables>;
export const DischargeEnrollmentDocument = new TypedDocumentString(`
    mutation DischargeEnrollment($id: UUID!, $on: LocalDate!, $reason: String!, $compensationAtEnd: [String!]!, $occupationAfter: String!, $followUp: Boolean, $version: Int!) {
  dischargeEnrollment(
    id: $id
    on: $on
    reason: $reason
    compensationAtEnd: $compensationAtEnd
    occupationAfter: $occupationAfter
    followUp: $followUp
    version: $version
  ) {
    ...EnrollmentFields
  }
}
    fragment EnrollmentFields on Enrollment {
  id
  participantId
  participantName
  coachId
  municipalityId
  projectId
  enrolledOn
  currentPhase
  phases {
    phase
    on
  }
  dischargedOn
  dischargeReason
  compensationAtStart
  compensationDuring
  compensationAtEnd
  occupationAfter
  version
}`) as unknown as TypedDocumentString<DischargeEnrollmentMutation, DischargeEnrollmentMutationVariables>;
export const SignAttestationDocument = new TypedDocumentString(`
    mutation SignAttestation($municipalityId: UUID!, $projectId: UUID!, $halfYear: String!, $statement: String!) {
  signAttestation(
    municipalityId: $municipalityId
    projectId: $projectId
    halfYear: $halfYear
    statement: $statement
  ) {
    id
    municipalityId
    projectId
    halfYear
    signedByName
    signedOn
    statement
  }
}
    `) as unknown as TypedDocumentString<SignAttestationMutation, SignAttestationMutationVariables>;
export const OutcomeReportDocument = new TypedDocumentString(`
    query OutcomeReport($filter: ReportFilter!) {
  report: outcomeReport(filter: $filter) {
    ...ReportTableFields
  }
}
    fragment ReportTableFields on ReportTable {
  title
  titleEn
  notes
  notesEn
  csv
  columns {
    key
    label
    labelEn
    unit
  }
  rows {
    key
    label
    labelEn
    cells {
      column
      count
      share
      value
      suppressed
    }
  }
}`) as unknown as TypedDocumentString<OutcomeReportQuery, OutcomeReportQueryVariables>;
export const TransitionMatrixDocument = new TypedDocumentString(`
    query TransitionMatrix($filter: ReportFilter!) {
  report: transitionMatrix(filter: $filter) {
    ...ReportTableFields
  }
}
    fragment ReportTableFields on ReportTable {
  title
  titleEn
  notes
  notesEn
  csv
  columns {
    key
    label
    labelEn
    unit
  }
  rows {
    key
    label
    labelEn
    cells {
      column
      count
      share
      value
      suppressed
    }
  }
}`) as unknown as TypedDocumentString<TransitionMatrixQuery, TransitionMatrixQueryVariables>;
export const PhaseFunnelDocument = new TypedDocumentString(`
    query PhaseFunnel($filter: ReportFilter!) {
  report: phaseFunnel(filter: $filter) {
    ...ReportTableFields
  }
}
    fragment ReportTableFields on ReportTable {
  title
  titleEn
  notes
  notesEn
  csv
  columns {
    key
    label
    labelEn
    unit
  }
  rows {
    key
    label
    labelEn
    cells {
      column
      count
      share
      value
      suppressed
    }
  }
}`) as unknown as TypedDocumentString<PhaseFunnelQuery, PhaseFunnelQueryVariables>;
export const ReferralStatsDocument = new TypedDocumentString(`
    query ReferralStats($filter: ReportFilter!) {
  report: referralStats(filter: $filter) {
    ...ReportTableFields
  }
}
    fragment ReportTableFields on ReportTable {
  title
  titleEn
  notes
  notesEn
  csv
  columns {
    key
    label
    labelEn
    unit
  }
  rows {
    key
    label
    labelEn
    cells {
      column
      count
      share
      value
      suppressed
    }
  }
}`) as unknown as TypedDocumentString<ReferralStatsQuery, ReferralStatsQueryVariables>;
export const AfterSupportReportDocument = new TypedDocumentString(`
    query AfterSupportReport($filter: ReportFilter!) {
  report: afterSupportReport(filter: $filter) {
    ...ReportTableFields
  }
}
    fragment ReportTableFields on ReportTable {
  title
  titleEn
  notes
  notesEn
  csv
  columns {
    key
    label
    labelEn
    unit
  }
  rows {
    key
    label
    labelEn
    cells {
      column
      count
      share
      value
      suppressed
    }
  }
}`) as unknown as TypedDocumentString<AfterSupportReportQuery, AfterSupportReportQueryVariables>;
export const CostReportDocument = new TypedDocumentString(`
    query CostReport($filter: ReportFilter!) {
  report: costReport(filter: $filter) {
    ...ReportTableFields
  }
}
    fragment ReportTableFields on ReportTable {
  title
  titleEn
  notes
  notesEn
  csv
  columns {
    key
    label
    labelEn
    unit
  }
  rows {
    key
    label
    labelEn
    cells {
      column
      count
      share
      value
      suppressed
    }
  }
}`) as unknown as TypedDocumentString<CostReportQuery, CostReportQueryVariables>;
export const FidelityReportDocument = new TypedDocumentString(`
    query FidelityReport($filter: ReportFilter!) {
  report: fidelityReport(filter: $filter) {
    ...ReportTableFields
  }
}
    fragment ReportTableFields on ReportTable {
  title
  titleEn
  notes
  notesEn
  csv
  columns {
    key
    label
    labelEn
    unit
  }
  rows {
    key
    label
    labelEn
    cells {
      column
      count
      share
      value
      suppressed
    }
  }
}`) as unknown as TypedDocumentString<FidelityReportQuery, FidelityReportQueryVariables>;
export const SelfSupportingReportDocument = new TypedDocumentString(`
    query SelfSupportingReport($filter: ReportFilter!) {
  report: selfSupportingReport(filter: $filter) {
    ...ReportTableFields
  }
}
    fragment ReportTableFields on ReportTable {
  title
  titleEn
  notes
  notesEn
  csv
  columns {
    key
    label
    labelEn
    unit
  }
  rows {
    key
    label
    labelEn
    cells {
      column
      count
      share
      value
      suppressed
    }
  }
}`) as unknown as TypedDocumentString<SelfSupportingReportQuery, SelfSupportingReportQueryVariables>;
export const SurveyReportDocument = new TypedDocumentString(`
    query SurveyReport($filter: ReportFilter!) {
  report: surveyReport(filter: $filter) {
    ...ReportTableFields
  }
}
    fragment ReportTableFields on ReportTable {
  title
  titleEn
  notes
  notesEn
  csv
  columns {
    key
    label
    labelEn
    unit
  }
  rows {
    key
    label
    labelEn
    cells {
      column
      count
      share
      value
      suppressed
    }
  }
}`) as unknown as TypedDocumentString<SurveyReportQuery, SurveyReportQueryVariables>;
export const AssessmentChangeReportDocument = new TypedDocumentString(`
    query AssessmentChangeReport($filter: ReportFilter!) {
  report: assessmentChangeReport(filter: $filter) {
    ...ReportTableFields
  }
}
    fragment ReportTableFields on ReportTable {
  title
  titleEn
  notes
  notesEn
  csv
  columns {
    key
    label
    labelEn
    unit
  }
  rows {
    key
    label
    labelEn
    cells {
      column
      count
      share
      value
      suppressed
    }
  }
}`) as unknown as TypedDocumentString<AssessmentChangeReportQuery, AssessmentChangeReportQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
    user {
      ...MeFields
    }
  }
}
    fragment MeFields on Me {
  id
  email
  name
  role
  municipalityId
  coachId
  associationName
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...MeFields
  }
}
    fragment MeFields on Me {
  id
  email
  name
  role
  municipalityId
  coachId
  associationName
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const QuestionnairesDocument = new TypedDocumentString(`
    query Questionnaires {
  questionnaires {
    ...QuestionnaireFields
  }
}
    fragment SurveyQuestionFields on SurveyQuestion {
  key
  scale
  textSv
  textEn
  metric
  agreeFrom
  required
}
fragment QuestionnaireFields on Questionnaire {
  id
  key
  version
  titleSv
  titleEn
  respondent
  latest
  questions {
    ...SurveyQuestionFields
  }
}`) as unknown as TypedDocumentString<QuestionnairesQuery, QuestionnairesQueryVariables>;
export const CreateQuestionnaireVersionDocument = new TypedDocumentString(`
    mutation CreateQuestionnaireVersion($input: QuestionnaireInput!) {
  createQuestionnaireVersion(input: $input) {
    ...QuestionnaireFields
  }
}
    fragment SurveyQuestionFields on SurveyQuestion {
  key
  scale
  textSv
  textEn
  metric
  agreeFrom
  required
}
fragment QuestionnaireFields on Questionnaire {
  id
  key
  version
  titleSv
  titleEn
  respondent
  latest
  questions {
    ...SurveyQuestionFields
  }
}`) as unknown as TypedDocumentString<CreateQuestionnaireVersionMutation, CreateQuestionnaireVersionMutationVariables>;
export const CreateSurveyInvitationDocument = new TypedDocumentString(`
    mutation CreateSurveyInvitation($enrollmentId: UUID!, $questionnaireId: UUID!, $trigger: SurveyTrigger!, $placementId: UUID, $anonymous: Boolean) {
  createSurveyInvitation(
    enrollmentId: $enrollmentId
    questionnaireId: $questionnaireId
    trigger: $trigger
    placementId: $placementId
    anonymous: $anonymous
  ) {
    id
    path
    expiresAt
    usedAt
    trigger
    anonymous
  }
}
    `) as unknown as TypedDocumentString<CreateSurveyInvitationMutation, CreateSurveyInvitationMutationVariables>;
export const RecordSurveyResponseDocument = new TypedDocumentString(`
    mutation RecordSurveyResponse($enrollmentId: UUID!, $questionnaireId: UUID!, $trigger: SurveyTrigger!, $answeredOn: LocalDate!, $answers: [SurveyAnswerInput!]!, $placementId: UUID, $anonymous: Boolean) {
  recordSurveyResponse(
    enrollmentId: $enrollmentId
    questionnaireId: $questionnaireId
    trigger: $trigger
    answeredOn: $answeredOn
    answers: $answers
    placementId: $placementId
    anonymous: $anonymous
  ) {
    ...SurveyResponseFields
  }
}
    fragment SurveyResponseFields on SurveyResponse {
  id
  questionnaireId
  trigger
  channel
  answeredOn
  answers {
    question
    value
  }
}`) as unknown as TypedDocumentString<RecordSurveyResponseMutation, RecordSurveyResponseMutationVariables>;
export const SurveyResponsesDocument = new TypedDocumentString(`
    query SurveyResponses($enrollmentId: UUID!) {
  surveyResponses(enrollmentId: $enrollmentId) {
    ...SurveyResponseFields
  }
}
    fragment SurveyResponseFields on SurveyResponse {
  id
  questionnaireId
  trigger
  channel
  answeredOn
  answers {
    question
    value
  }
}`) as unknown as TypedDocumentString<SurveyResponsesQuery, SurveyResponsesQueryVariables>;
export const SurveyByTokenDocument = new TypedDocumentString(`
    query SurveyByToken($token: String!) {
  surveyByToken(token: $token) {
    titleSv
    titleEn
    respondent
    anonymous
    expiresAt
    questions {
      ...SurveyQuestionFields
    }
  }
}
    fragment SurveyQuestionFields on SurveyQuestion {
  key
  scale
  textSv
  textEn
  metric
  agreeFrom
  required
}`) as unknown as TypedDocumentString<SurveyByTokenQuery, SurveyByTokenQueryVariables>;
export const SubmitSurveyResponseDocument = new TypedDocumentString(`
    mutation SubmitSurveyResponse($token: String!, $answers: [SurveyAnswerInput!]!) {
  submitSurveyResponse(token: $token, answers: $answers)
}
    `) as unknown as TypedDocumentString<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>;
export const MyTasksDocument = new TypedDocumentString(`
    query MyTasks {
  myTasks {
    id
    kind
    title
    dueOn
    overdue
    link
  }
}
    `) as unknown as TypedDocumentString<MyTasksQuery, MyTasksQueryVariables>;
export const MailOutboxDocument = new TypedDocumentString(`
    query MailOutbox($page: Int!, $perPage: Int!, $state: String) {
  mailOutbox(page: $page, perPage: $perPage, state: $state) {
    total
    items {
      id
      template
      recipient
      subject
      text
      state
      attempts
      lastError
      createdAt
      sentAt
    }
  }
}
    `) as unknown as TypedDocumentString<MailOutboxQuery, MailOutboxQueryVariables>;
export const JobFailuresDocument = new TypedDocumentString(`
    query JobFailures {
  jobFailures {
    jobKey
    task
    attempts
    final
    lastError
    failedAt
  }
}
    `) as unknown as TypedDocumentString<JobFailuresQuery, JobFailuresQueryVariables>;