// The public face of @finsam-se/domain. Everything another team may use is exported here.
export { type Ok, type Err, type Result, ok, err, unwrap, combine } from './core/result.js';
export {
  type DomainError,
  type DomainErrorCode,
  type Locale,
  type Messages,
  domainErrorMessages,
  domainErrorCodes,
  describeDomainError,
} from './core/domain-error.js';
export { Money, type MoneyError, type Rounding, divideRounded } from './core/money.js';
export { Fte, type FteError } from './core/fte.js';
export {
  LocalDate,
  type DateError,
  isLeapYear,
  daysInMonth,
  isValidDate,
} from './core/local-date.js';
export { Period, type HalfYear, type PeriodError } from './core/period.js';
export { ASSOCIATION_TIME_ZONE } from './core/association-time-zone.js';
export { MunicipalityCode } from './core/municipality-code.js';
export { Uuid } from './core/uuid.js';

export type { Id, TenantScoped } from './model/ids.js';
export type {
  Association,
  Municipality,
  Goal,
  GoalMetric,
  Project,
  Post,
  Reallocation,
  ReallocationLine,
} from './model/organisation.js';
export {
  roles,
  type Role,
  genders,
  type Gender,
  targetGroupFactors,
  type TargetGroupFactor,
  referrerOrganisations,
  type ReferrerOrganisation,
  type User,
  type Coach,
  type Participant,
} from './model/people.js';
export {
  referralStates,
  type ReferralState,
  referralActions,
  type ReferralAction,
  type ReferralDecision,
  type Referral,
  type SeGroupMeeting,
} from './model/referral.js';
export {
  phases,
  type Phase,
  type PhaseTransition,
  type Discharge,
  type AfterSupportEpisode,
  type Enrollment,
} from './model/enrollment.js';
export {
  type Employer,
  placementKinds,
  type PlacementKind,
  type Placement,
  followUpOffsets,
  type FollowUpOffset,
  type FollowUp,
  type Attestation,
} from './model/work.js';

export {
  type CodeListId,
  type CodeList,
  type CodeListEntry,
  type OutcomeKind,
  incomeSources,
  occupationsAfter,
  dischargeReasons,
  educationLevels,
  codeLists,
} from './reference/code-lists.js';
export {
  type CodeListError,
  findCode,
  validateCode,
  validateIncomeSources,
} from './reference/code-list-rules.js';
export { type MunicipalityReference, hoglandetMunicipalities } from './reference/municipalities.js';
export {
  CASELOAD_TARGET_PER_FTE,
  type IpsCaseloadScore,
  ipsCaseloadBand,
  caseloadPerFte,
  isActiveOn,
  activeCountOn,
} from './rules/caseload.js';

export {
  type Personnummer,
  type PersonnummerKind,
  type LegalGender,
  type PersonnummerError,
  type ParsePersonnummerOptions,
  type PersonnummerStyle,
  parsePersonnummer,
  formatPersonnummer,
  maskPersonnummer,
} from './identity/personnummer.js';
export {
  TEST_SERIAL_MIN,
  TEST_SERIAL_MAX,
  isTestPersonnummer,
  testPersonnummer,
} from './identity/test-personnummer.js';
export { luhnCheckDigit } from './identity/luhn.js';
export {
  type ReferralTransitionError,
  type ReferralActor,
  type ReferralDecisionInput,
  nextReferralStates,
  mayDecideReferral,
  decideReferral,
} from './rules/referral-transition.js';
export { type ProjectRunningError, requireProjectRunning } from './rules/project-running.js';
export {
  type EnrollmentError,
  type DischargeCodeLists,
  currentPhase,
  lastEventOn,
  movePhase,
  discharge,
  reContact,
  endAfterSupport,
} from './rules/enrollment-lifecycle.js';
export { followUpSchedule } from './rules/follow-up-schedule.js';
export {
  type EventDateError,
  FOLLOW_UP_EARLIEST_DAYS_BEFORE_DUE,
  happenedBy,
  placementStartAllowed,
  followUpOpensOn,
  followUpRecordable,
  followUpsRecordableDueBefore,
} from './rules/event-dates.js';
export {
  attestationHalfYears,
  attestationHalfYearsEnded,
  attestationsDue,
  readHalfYear,
} from './rules/attestation-schedule.js';
export { validateIncomeDuring } from './rules/income-during.js';
export {
  meetingCadence,
  meetingWindow,
  type MeetingCadence,
  type YearMonth,
} from './rules/meeting-cadence.js';
export { halfYearBounds, reminderKeys, seGroupMissedMonth } from './rules/reminders.js';
export { allocationOn, overlappingPosts } from './rules/allocation.js';
export {
  type OrganisationNumber,
  type OrganisationNumberError,
  parseOrganisationNumber,
} from './rules/organisation-number.js';
export {
  type ChangeSetLine,
  type ClosePost,
  type OpenPost,
  type ReallocationChangeSet,
  type ReallocationChangeSetError,
  reallocationChangeSet,
  splitIntoPosts,
} from './rules/reallocation-change-set.js';
export {
  type RetentionKind,
  type RetentionRule,
  type RetentionFacts,
  type RetentionCandidate,
  RETENTION_DEFAULTS,
  retentionKinds,
  retentionRules,
  retentionYears,
  retentionCutoff,
  dueForAnonymisation,
} from './rules/retention.js';
export {
  questionScales,
  type QuestionScale,
  respondentKinds,
  type RespondentKind,
  surveyTriggers,
  type SurveyTrigger,
  surveyGoalMetrics,
  type SurveyGoalMetric,
  defaultSurveyTargets,
  scaleRange,
  defaultAgreeFrom,
  type SurveyText,
  type Question,
  type QuestionnaireDefinition,
  type QuestionnaireError,
  validateQuestionnaire,
} from './surveys/questionnaire.js';
export {
  type Answers,
  type AnswerError,
  type Agreement,
  validateAnswers,
  agrees,
  questionAgreement,
  goalAgreementOf,
  goalAgreement,
  meanScore,
} from './surveys/answers.js';
export {
  type AssessmentKind,
  type AssessmentItem,
  type AssessmentDefinition,
  type AssessmentScores,
  type AssessmentError,
  type DatedScores,
  type ItemChange,
  type AssessmentChange,
  ASSESSMENT_MIN,
  ASSESSMENT_MAX,
  validateAssessmentScores,
  mappingClass,
  assessmentMean,
  assessmentChange,
} from './surveys/assessment.js';
export {
  participantSatisfaction,
  employerSatisfaction,
  builtInQuestionnaires,
  doaSelfRating,
  sassamMapping,
  assessmentDefinitions,
  findAssessmentDefinition,
} from './surveys/definitions.js';
export * from './import/index.js';
