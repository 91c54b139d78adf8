// The public face of @finsam-se/persistence: the only package that knows the database.
export {
  type DatabaseConfig,
  ConfigError,
  databaseConfigFromEnv,
  redactUrl,
} from './config/database-config.js';
export {
  type Database,
  type StatementOptions,
  type TenantTx,
  createDatabase,
} from './db/database.js';
export {
  type PersistenceErrorCode,
  PersistenceError,
  translateDatabaseError,
} from './db/database-error.js';
export { createDataSource } from './db/data-source.js';
export { type Persistence, type OpenOptions, openPersistence } from './db/open-persistence.js';
export {
  type SessionChangeHandlers,
  type SessionChangeOptions,
  type SessionChangeWatch,
  SESSION_CHANNEL,
  watchSessionChanges,
} from './db/session-changes.js';
export {
  type NotificationHandlers,
  type NotificationListener,
  type NotificationListenerOptions,
  listenForNotifications,
} from './db/notification-listener.js';
export { runMigrations, migrationsCurrent, revertAllMigrations } from './db/migrate.js';
export { type PiiCipher, createPiiCipher, parsePiiKey } from './crypto/pii-cipher.js';
export { hashPassword, verifyPassword } from './crypto/password.js';
export { isDemoSeeded, seedDemo } from './seed/seed-demo.js';
export { DEMO_ASSOCIATION_ID, DEMO_DATA_UNTIL, demoAccounts } from './seed/demo-association.js';
export { parseGenerateArgs, type GenerateArgs } from './generate/generate-args.js';
export { generateNational, syntheticSpecs } from './generate/generate-national.js';
export {
  type ParticipantRepository,
  type NewParticipant,
  type ParticipantChanges,
  type ParticipantListQuery,
  type ParticipantStatus,
  type ParticipantVisibility,
  type ParticipantWithLatest,
  participantRepository,
} from './participant/participant.repository.js';
export {
  type ReallocationRecord,
  type DecideReallocationCommand,
  allocationRepository,
  reallocations,
} from './reallocation/reallocation.repository.js';
export {
  type DecisionModeValue,
  type FteBoundRecord,
  type ReallocationSettingsRecord,
  type SaveReallocationSettings,
  type ProposalStatusValue,
  type ReallocationProposalRecord,
  type CreateProposalCommand,
  reallocationSettingsRepository,
} from './reallocation/reallocation-settings.repository.js';
export { type ListQuery, resourceQueries } from './db/resource-query.js';
export { municipalities, projects, posts } from './organisation/organisation.repository.js';
export { type CoachView, coaches, coachWrites } from './coach/coach.repository.js';
export { employers, employerWrites } from './employer/employer.repository.js';
export { attestations, attestationWrites } from './attestation/attestation.repository.js';
export { type ReferralView, referrals, referralWrites } from './referral/referral.repository.js';
export {
  type EnrollmentView,
  type FollowUpView,
  type PlacementView,
  ONE_OPEN_ENROLLMENT,
  enrollments,
  enrollmentWrites,
  followUps,
  placements,
} from './enrollment/enrollment.repository.js';
export { type MeetingView, meetings, meetingWrites } from './meeting/meeting.repository.js';
export {
  type CoachSalaryRow,
  type ReportScope,
  type SalarySettingRow,
  reportRowsRepository,
} from './report/report.repository.js';
export { meetingRowsRepository } from './meeting/meeting.repository.js';
export {
  type TalliedDimension,
  type TallyScope,
  isTalliedDimension,
  reportTalliesRepository,
  talliedDimensions,
} from './report/report-tallies.js';
export type { MunicipalityDemand } from './report/demand-sql.js';
export {
  type Credentials,
  type SessionUser,
  type UserView,
  userRepository,
  users,
} from './user/user.repository.js';
export {
  type AuditAction,
  type AuditEntry,
  type AuditRecord,
  auditRepository,
} from './audit/audit.repository.js';
export { splitIntoPosts } from './organisation/split-into-posts.js';
export {
  type PlanningFacts,
  type SalarySetting,
  loadPlanningFacts,
} from './reallocation/reallocation-planning.js';
export { rotatePiiKey } from './crypto/rotate-pii-key.js';
export {
  type ConsentMethod,
  type ConsentPurpose,
  type ConsentRecord,
  type ParticipantChangeRecord,
  ANONYMISED_NAME,
  ANONYMISED_PERSONNUMMER,
  activeConsentSql,
  anonymiseParticipants,
  consentActiveOn,
  consentMethods,
  consentPurposes,
  consentRepository,
  participantChangeRepository,
} from './personal-data/personal-data.repository.js';
export {
  type RegisterExtractData,
  personTables,
  personTablesExcluded,
  registerExtractData,
} from './personal-data/register-extract.js';
export {
  type RetentionCandidate,
  type RetentionKind,
  type RetentionResult,
  type RetentionRule,
  type RetentionRunRecord,
  RETENTION_DEFAULTS,
  associationIds,
  retentionKinds,
  retentionRepository,
  runRetention,
} from './retention/retention.repository.js';
export { susRegistrationRows } from './report/sus-rows.js';
export {
  type QuestionnaireRecord,
  type InvitationLookup,
  type InvitationRecord,
  type RespondentFacts,
  type NewSurveyResponse,
  type SurveyResponseRecord,
  type SurveyFigureRows,
  type SurveyScope,
  type AssessmentRecord,
  surveyRepository,
} from './survey/survey.repository.js';
export { type AuditWriter, createAuditWriter } from './audit/audit-writer.js';
export * from './import/index.js';
export {
  type BoardReportPeriod,
  type BoardReportRecord,
  type StoreBoardReport,
  boardReportRepository,
  sha256Of,
} from './board-report/board-report.repository.js';
