import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { AssessmentEntity } from './assessment.entity.js';

/** One item's score (1–5) in an assessment. Table `assessment_scores`; lives only in persistence. */
@Entity({ name: 'assessment_scores' })
@Check('assessment_scores_item_key_check', "item_key ~ '^[a-z][a-z0-9_]{1,59}$'::text")
@Check('assessment_scores_score_check', '(score >= 1) AND (score <= 5)')
export class AssessmentScoreEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @PrimaryColumn({ name: 'item_key', type: 'text' })
  itemKey!: string;

  @Column({ name: 'score', type: 'smallint' })
  score!: number;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'assessment_scores_association_id_assessment_id_fkey',
    },
    { name: 'assessment_id', referencedColumnName: 'id' },
  ])
  assessment?: Relation<AssessmentEntity>;
}
