import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import type { Answers, Gender, RespondentKind, SurveyTrigger } from '@finsam-se/domain';
import { EnrollmentEntity } from '../enrollment/enrollment.entity.js';
import { MunicipalityEntity } from '../organisation/municipality.entity.js';
import { PlacementEntity } from '../enrollment/placement.entity.js';
import { ProjectEntity } from '../organisation/project.entity.js';
import { QuestionnaireEntity } from './questionnaire.entity.js';
import { SurveyInvitationEntity } from './survey-invitation.entity.js';
import { UserEntity } from '../user/user.entity.js';

/** A submitted survey answer, never edited; an anonymous one keeps only gender, year and municipality. Table `survey_responses`; lives only in persistence. */
@Entity({ name: 'survey_responses' })
@Unique('survey_responses_association_id_invitation_id_key', ['associationId', 'invitationId'])
@Index('survey_responses_by_enrollment', ['associationId', 'enrollmentId'], {
  where: 'enrollment_id IS NOT NULL',
})
@Index('survey_responses_by_year', ['associationId', 'year', 'questionnaireId'])
@Check('survey_responses_answers_check', "jsonb_typeof(answers) = 'object'::text")
@Check('survey_responses_channel_check', "channel = ANY (ARRAY['link'::text, 'paper'::text])")
@Check(
  'survey_responses_check',
  '(NOT anonymous) OR ((enrollment_id IS NULL) AND (placement_id IS NULL) AND (invitation_id IS NULL) AND (recorded_by IS NULL) AND (answered_on IS NULL))',
)
@Check(
  'survey_responses_check1',
  'anonymous OR ((enrollment_id IS NOT NULL) AND (answered_on IS NOT NULL))',
)
@Check(
  'survey_responses_check2',
  '(answered_on IS NULL) OR (EXTRACT(year FROM answered_on) = (year)::numeric)',
)
@Check(
  'survey_responses_gender_check',
  "gender = ANY (ARRAY['female'::text, 'male'::text, 'other'::text])",
)
@Check(
  'survey_responses_respondent_kind_check',
  "respondent_kind = ANY (ARRAY['participant'::text, 'employer'::text])",
)
@Check(
  'survey_responses_trigger_point_check',
  "trigger_point = ANY (ARRAY['enrollment'::text, 'discharge'::text, 'month_3'::text, 'month_6'::text, 'month_12'::text, 'year_end'::text])",
)
@Check('survey_responses_year_check', '(year >= 2000) AND (year <= 2100)')
export class SurveyResponseEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId!: string;

  @Column({ name: 'respondent_kind', type: 'text' })
  respondentKind!: RespondentKind;

  @Column({ name: 'trigger_point', type: 'text' })
  triggerPoint!: SurveyTrigger;

  @Column({ name: 'channel', type: 'text' })
  channel!: 'link' | 'paper';

  @Column({ name: 'anonymous', type: 'boolean' })
  anonymous!: boolean;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'enrollment_id', type: 'uuid', nullable: true })
  enrollmentId!: string | null;

  @Column({ name: 'placement_id', type: 'uuid', nullable: true })
  placementId!: string | null;

  @Column({ name: 'invitation_id', type: 'uuid', nullable: true })
  invitationId!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'answered_on', type: 'date', nullable: true })
  answeredOn!: string | null;

  @Column({ name: 'gender', type: 'text', nullable: true })
  gender!: Gender | null;

  @Column({ name: 'year', type: 'int' })
  year!: number;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @Column({ name: 'answers', type: 'jsonb' })
  answers!: Answers;

  @ManyToOne(() => EnrollmentEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'survey_responses_association_id_enrollment_id_fkey',
    },
    { name: 'enrollment_id', referencedColumnName: 'id' },
  ])
  enrollment?: Relation<EnrollmentEntity>;

  @ManyToOne(() => SurveyInvitationEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'survey_responses_association_id_invitation_id_fkey',
    },
    { name: 'invitation_id', referencedColumnName: 'id' },
  ])
  invitation?: Relation<SurveyInvitationEntity>;

  @ManyToOne(() => MunicipalityEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'survey_responses_association_id_municipality_id_fkey',
    },
    { name: 'municipality_id', referencedColumnName: 'id' },
  ])
  municipality?: Relation<MunicipalityEntity>;

  @ManyToOne(() => PlacementEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'survey_responses_association_id_placement_id_fkey',
    },
    { name: 'placement_id', referencedColumnName: 'id' },
  ])
  placement?: Relation<PlacementEntity>;

  @ManyToOne(() => ProjectEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'survey_responses_association_id_project_id_fkey',
    },
    { name: 'project_id', referencedColumnName: 'id' },
  ])
  project?: Relation<ProjectEntity>;

  @ManyToOne(() => QuestionnaireEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'survey_responses_association_id_questionnaire_id_fkey',
    },
    { name: 'questionnaire_id', referencedColumnName: 'id' },
  ])
  questionnaire?: Relation<QuestionnaireEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'survey_responses_association_id_recorded_by_fkey',
    },
    { name: 'recorded_by', referencedColumnName: 'id' },
  ])
  recordedByUser?: Relation<UserEntity>;
}
