import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import type { Question, RespondentKind } from '@finsam-se/domain';
import { AssociationEntity } from '../organisation/association.entity.js';
import { UserEntity } from '../user/user.entity.js';

/** A questionnaire version (immutable once written): its questions as validated by the domain's `validateQuestionnaire`. Table `questionnaires`; lives only in persistence. */
@Entity({ name: 'questionnaires' })
@Unique('questionnaires_association_id_key_version_key', ['associationId', 'key', 'version'])
@Check('questionnaires_key_check', "key ~ '^[a-z][a-z0-9_]{1,59}$'::text")
@Check('questionnaires_questions_check', "jsonb_typeof(questions) = 'array'::text")
@Check(
  'questionnaires_respondent_kind_check',
  "respondent_kind = ANY (ARRAY['participant'::text, 'employer'::text])",
)
@Check('questionnaires_title_en_check', '(length(title_en) >= 1) AND (length(title_en) <= 200)')
@Check('questionnaires_title_sv_check', '(length(title_sv) >= 1) AND (length(title_sv) <= 200)')
@Check('questionnaires_version_check', 'version >= 1')
export class QuestionnaireEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'key', type: 'text' })
  key!: string;

  @Column({ name: 'version', type: 'int' })
  version!: number;

  @Column({ name: 'title_sv', type: 'text' })
  titleSv!: string;

  @Column({ name: 'title_en', type: 'text' })
  titleEn!: string;

  @Column({ name: 'respondent_kind', type: 'text' })
  respondentKind!: RespondentKind;

  @Column({ name: 'questions', type: 'jsonb' })
  questions!: Question[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'questionnaires_association_id_created_by_fkey',
    },
    { name: 'created_by', referencedColumnName: 'id' },
  ])
  createdByUser?: Relation<UserEntity>;

  @ManyToOne(() => AssociationEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'questionnaires_association_id_fkey',
    },
  ])
  association?: Relation<AssociationEntity>;
}
