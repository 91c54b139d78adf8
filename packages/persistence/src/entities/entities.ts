import { AssociationEntity } from './association.entity.js';
import { MunicipalityEntity } from './municipality.entity.js';
import { SalarySettingEntity } from './salary-setting.entity.js';
import { ProjectEntity } from './project.entity.js';
import { ProjectBudgetEntity } from './project-budget.entity.js';
import { GoalEntity } from './goal.entity.js';
import { ReallocationEntity } from './reallocation.entity.js';
import { ReallocationLineEntity } from './reallocation-line.entity.js';
import { PostEntity } from './post.entity.js';
import { CoachEntity } from './coach.entity.js';
import { UserEntity } from './user.entity.js';
import { ParticipantEntity } from './participant.entity.js';
import { SeGroupMeetingEntity } from './se-group-meeting.entity.js';
import { ReferralEntity } from './referral.entity.js';
import { ReferralDecisionEntity } from './referral-decision.entity.js';
import { EnrollmentEntity } from './enrollment.entity.js';
import { PhaseTransitionEntity } from './phase-transition.entity.js';
import { AfterSupportEpisodeEntity } from './after-support-episode.entity.js';
import { EmployerEntity } from './employer.entity.js';
import { PlacementEntity } from './placement.entity.js';
import { FollowUpEntity } from './follow-up.entity.js';
import { AttestationEntity } from './attestation.entity.js';
import { CodeListEntryEntity } from './code-list-entry.entity.js';
import { AuditLogEntryEntity } from './audit-log-entry.entity.js';
import { QuestionnaireEntity } from './questionnaire.entity.js';
import { SurveyInvitationEntity } from './survey-invitation.entity.js';
import { SurveyResponseEntity } from './survey-response.entity.js';
import { AssessmentEntity } from './assessment.entity.js';
import { AssessmentScoreEntity } from './assessment-score.entity.js';
import { ConsentEntity } from './consent.entity.js';
import { ParticipantChangeEntity } from './participant-change.entity.js';
import { RetentionRuleEntity } from './retention-rule.entity.js';
import { RetentionRunEntity } from './retention-run.entity.js';
import { ReallocationSettingsEntity } from './reallocation-settings.entity.js';
import { ReallocationBoundEntity } from './reallocation-bound.entity.js';
import { ReallocationProposalEntity } from './reallocation-proposal.entity.js';
import { ReallocationProposalLineEntity } from './reallocation-proposal-line.entity.js';

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
};
