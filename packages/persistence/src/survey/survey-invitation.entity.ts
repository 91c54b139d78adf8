import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { RespondentKind, SurveyTrigger } from '@finsam-se/domain';
import { EnrollmentEntity } from '../enrollment/enrollment.entity.js';
import { PlacementEntity } from '../enrollment/placement.entity.js';
import { QuestionnaireEntity } from './questionnaire.entity.js';
import { UserEntity } from '../user/user.entity.js';

/** A one-time survey link; only the SHA-256 of its token is stored. Table `survey_invitations`; lives only in persistence. */
@Entity({ name: 'survey_invitations' })
@Index('survey_invitations_by_enrollment', ['associationId', 'enrollmentId'])
@Index('survey_invitations_by_time', ['associationId', 'createdAt'])
@Index('survey_invitations_token_key', ['tokenHash'], { unique: true })
@Check(
  'survey_invitations_check',
  "(respondent_kind <> 'employer'::text) OR (placement_id IS NOT NULL)",
)
@Check('survey_invitations_check1', '(used_at IS NULL) OR (used_at >= created_at)')
@Check(
  'survey_invitations_respondent_kind_check',
  "respondent_kind = ANY (ARRAY['participant'::text, 'employer'::text])",
)
@Check('survey_invitations_token_hash_check', 'length(token_hash) = 32')
@Check(
  'survey_invitations_trigger_point_check',
  "trigger_point = ANY (ARRAY['enrollment'::text, 'discharge'::text, 'month_3'::text, 'month_6'::text, 'month_12'::text, 'year_end'::text])",
)
export class SurveyInvitationEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId!: string;

  @Column({ name: 'respondent_kind', type: 'text' })
  respondentKind!: RespondentKind;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @Column({ name: 'placement_id', type: 'uuid', nullable: true })
  placementId!: string | null;

  @Column({ name: 'trigger_point', type: 'text' })
  triggerPoint!: SurveyTrigger;

  @Column({ name: 'anonymous', type: 'boolean', default: true })
  anonymous!: boolean;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'survey_invitations_association_id_created_by_fkey',
    },
    { name: 'created_by', referencedColumnName: 'id' },
  ])
  createdByUser?: Relation<UserEntity>;

  @ManyToOne(() => EnrollmentEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'survey_invitations_association_id_enrollment_id_fkey',
    },
    { name: 'enrollment_id', referencedColumnName: 'id' },
  ])
  enrollment?: Relation<EnrollmentEntity>;

  @ManyToOne(() => PlacementEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'survey_invitations_association_id_placement_id_fkey',
    },
    { name: 'placement_id', referencedColumnName: 'id' },
  ])
  placement?: Relation<PlacementEntity>;

  @ManyToOne(() => QuestionnaireEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'survey_invitations_association_id_questionnaire_id_fkey',
    },
    { name: 'questionnaire_id', referencedColumnName: 'id' },
  ])
  questionnaire?: Relation<QuestionnaireEntity>;
}
