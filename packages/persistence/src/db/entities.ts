import { AssociationEntity } from '../organisation/association.entity.js';
import { MunicipalityEntity } from '../organisation/municipality.entity.js';
import { SalarySettingEntity } from '../organisation/salary-setting.entity.js';
import { ProjectEntity } from '../organisation/project.entity.js';
import { ProjectBudgetEntity } from '../organisation/project-budget.entity.js';
import { GoalEntity } from '../organisation/goal.entity.js';
import { ReallocationEntity } from '../reallocation/reallocation.entity.js';
import { ReallocationLineEntity } from '../reallocation/reallocation-line.entity.js';
import { PostEntity } from '../organisation/post.entity.js';
import { CoachEntity } from '../coach/coach.entity.js';
import { UserEntity } from '../user/user.entity.js';
import { ParticipantEntity } from '../participant/participant.entity.js';
import { SeGroupMeetingEntity } from '../meeting/se-group-meeting.entity.js';
import { ReferralEntity } from '../referral/referral.entity.js';
import { ReferralDecisionEntity } from '../referral/referral-decision.entity.js';
import { EnrollmentEntity } from '../enrollment/enrollment.entity.js';
import { PhaseTransitionEntity } from '../enrollment/phase-transition.entity.js';
import { AfterSupportEpisodeEntity } from '../enrollment/after-support-episode.entity.js';
import { EmployerEntity } from '../employer/employer.entity.js';
import { PlacementEntity } from '../enrollment/placement.entity.js';
import { FollowUpEntity } from '../enrollment/follow-up.entity.js';
import { AttestationEntity } from '../attestation/attestation.entity.js';
import { CodeListEntryEntity } from '../code-list/code-list-entry.entity.js';
import { AuditLogEntryEntity } from '../audit/audit-log-entry.entity.js';
import { QuestionnaireEntity } from '../survey/questionnaire.entity.js';
import { SurveyInvitationEntity } from '../survey/survey-invitation.entity.js';
import { SurveyResponseEntity } from '../survey/survey-response.entity.js';
import { AssessmentEntity } from '../survey/assessment.entity.js';
import { AssessmentScoreEntity } from '../survey/assessment-score.entity.js';
import { ConsentEntity } from '../personal-data/consent.entity.js';
import { ParticipantChangeEntity } from '../personal-data/participant-change.entity.js';
import { RetentionRuleEntity } from '../retention/retention-rule.entity.js';
import { RetentionRunEntity } from '../retention/retention-run.entity.js';
import { ReallocationSettingsEntity } from '../reallocation/reallocation-settings.entity.js';
import { ReallocationBoundEntity } from '../reallocation/reallocation-bound.entity.js';
import { ReallocationProposalEntity } from '../reallocation/reallocation-proposal.entity.js';
import { ReallocationProposalLineEntity } from '../reallocation/reallocation-proposal-line.entity.js';
import { BoardReportEntity } from '../board-report/board-report.entity.js';
import { JobEffectEntity } from '../jobs/job-effect.entity.js';
import { JobFailureEntity } from '../jobs/job-failure.entity.js';
import { MailOutboxEntity } from '../mail/mail-outbox.entity.js';
import { ImportMappingEntity } from '../import/import-mapping.entity.js';
import { ImportRunEntity } from '../import/import-run.entity.js';

/** Every entity, for the data source: one per migrated table (test/entities-match-schema.int.test.ts). */
export const entities = [
  AssociationEntity,
  MunicipalityEntity,
  SalarySettingEntity,
  ProjectEntity,
  ProjectBudgetEntity,
  GoalEntity,
  ReallocationEntity,
  ReallocationLineEntity,
  PostEntity,
  CoachEntity,
  UserEntity,
  ParticipantEntity,
  SeGroupMeetingEntity,
  ReferralEntity,
  ReferralDecisionEntity,
  EnrollmentEntity,
  PhaseTransitionEntity,
  AfterSupportEpisodeEntity,
  EmployerEntity,
  PlacementEntity,
  FollowUpEntity,
  AttestationEntity,
  CodeListEntryEntity,
  AuditLogEntryEntity,
  QuestionnaireEntity,
  SurveyInvitationEntity,
  SurveyResponseEntity,
  AssessmentEntity,
  AssessmentScoreEntity,
  ConsentEntity,
  ParticipantChangeEntity,
  RetentionRuleEntity,
  RetentionRunEntity,
  ReallocationSettingsEntity,
  ReallocationBoundEntity,
  ReallocationProposalEntity,
  ReallocationProposalLineEntity,
  BoardReportEntity,
  JobEffectEntity,
  JobFailureEntity,
  MailOutboxEntity,
  ImportMappingEntity,
  ImportRunEntity,
];

export {
  AssociationEntity,
  MunicipalityEntity,
  SalarySettingEntity,
  ProjectEntity,
  ProjectBudgetEntity,
  GoalEntity,
  ReallocationEntity,
  ReallocationLineEntity,
  PostEntity,
  CoachEntity,
  UserEntity,
  ParticipantEntity,
  SeGroupMeetingEntity,
  ReferralEntity,
  ReferralDecisionEntity,
  EnrollmentEntity,
  PhaseTransitionEntity,
  AfterSupportEpisodeEntity,
  EmployerEntity,
  PlacementEntity,
  FollowUpEntity,
  AttestationEntity,
  CodeListEntryEntity,
  AuditLogEntryEntity,
  QuestionnaireEntity,
  SurveyInvitationEntity,
  SurveyResponseEntity,
  AssessmentEntity,
  AssessmentScoreEntity,
  ConsentEntity,
  ParticipantChangeEntity,
  RetentionRuleEntity,
  RetentionRunEntity,
  ReallocationSettingsEntity,
  ReallocationBoundEntity,
  ReallocationProposalEntity,
  ReallocationProposalLineEntity,
  BoardReportEntity,
  JobEffectEntity,
  JobFailureEntity,
  MailOutboxEntity,
  ImportMappingEntity,
  ImportRunEntity,
};
