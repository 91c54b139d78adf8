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
} from './repositories/participant.repository.js';
export {
  type ReallocationRecord,
  type DecideReallocationCommand,
  allocationRepository,
} from './repositories/allocation.repository.js';
export {
  type DecisionModeValue,
  type FteBoundRecord,
  type ReallocationSettingsRecord,
  type SaveReallocationSettings,
  type ProposalStatusValue,
  type ReallocationProposalRecord,
  type CreateProposalCommand,
  reallocationSettingsRepository,
} from './repositories/reallocation-settings.repository.js';
export { type ListQuery, resourceQueries } from './repositories/resource-query.js';
export {
  type CoachView,
  type UserView,
  type MeetingView,
  type PlacementView,
  type FollowUpView,
  municipalities,
  coaches,
  users,
  meetings,
  employers,
  placements,
  followUps,
  attestations,
} from './repositories/resources.js';
export {
  type ReferralView,
  type EnrollmentView,
  projects,
  posts,
  referrals,
  enrollments,
} from './repositories/resources-work.js';
export {
  type CoachSalaryRow,
  type ReportScope,
  type SalarySettingRow,
  reportRowsRepository,
} from './repositories/report-rows.repository.js';
export { meetingRowsRepository } from './repositories/meeting-rows.repository.js';
export {
  type TalliedDimension,
  type TallyScope,
  isTalliedDimension,
  reportTalliesRepository,
  talliedDimensions,
} from './repositories/report-tallies.js';
export { ONE_OPEN_ENROLLMENT, workRepository } from './repositories/work.repository.js';
export {
  type Credentials,
  type SessionUser,
  userRepository,
} from './repositories/user.repository.js';
export {
  type AuditAction,
  type AuditEntry,
  type AuditRecord,
  auditRepository,
} from './repositories/audit.repository.js';
export { splitIntoPosts } from './repositories/split-into-posts.js';
export {
  type PlanningFacts,
  type SalarySetting,
  loadPlanningFacts,
} from './repositories/planning.repository.js';
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
} from './repositories/personal-data.repository.js';
export {
  type RegisterExtractData,
  personTables,
  personTablesExcluded,
  registerExtractData,
} from './repositories/register-extract.js';
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
} from './repositories/retention.js';
export { susRegistrationRows } from './repositories/sus-rows.js';
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
} from './repositories/survey.repository.js';
export { type AuditWriter, createAuditWriter } from './repositories/audit-writer.js';
