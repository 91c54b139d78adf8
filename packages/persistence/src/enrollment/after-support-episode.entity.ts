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
import { EnrollmentEntity } from './enrollment.entity.js';

/** Efterstöd or a re-contact after discharge. Table `after_support_episodes`; lives only in persistence. */
@Entity({ name: 'after_support_episodes' })
@Index('after_support_by_enrollment', ['associationId', 'enrollmentId'])
@Check('after_support_episodes_check', '(ended_on IS NULL) OR (ended_on >= started_on)')
@Check(
  'after_support_episodes_reason_check',
  "reason = ANY (ARRAY['follow_up'::text, 're_contact'::text])",
)
export class AfterSupportEpisodeEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'reason', type: 'text' })
  reason!: string;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'after_support_episodes_association_id_enrollment_id_fkey',
    },
    { name: 'enrollment_id', referencedColumnName: 'id' },
  ])
  enrollment?: Relation<EnrollmentEntity>;
}
