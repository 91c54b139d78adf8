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
import { EnrollmentEntity } from './enrollment.entity.js';

/** A follow-up 3, 6 or 12 months after discharge. Table `follow_ups`; lives only in persistence. */
@Entity({ name: 'follow_ups' })
@Unique('follow_ups_association_id_enrollment_id_months_after_key', [
  'associationId',
  'enrollmentId',
  'monthsAfter',
])
@Check('follow_ups_months_after_check', 'months_after = ANY (ARRAY[3, 6, 12])')
export class FollowUpEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @Column({ name: 'months_after', type: 'smallint' })
  monthsAfter!: number;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn!: string | null;

  @Column({ name: 'working', type: 'boolean', nullable: true })
  working!: boolean | null;

  @Column({ name: 'studying', type: 'boolean', nullable: true })
  studying!: boolean | null;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'follow_ups_association_id_enrollment_id_fkey',
    },
    { name: 'enrollment_id', referencedColumnName: 'id' },
  ])
  enrollment?: Relation<EnrollmentEntity>;
}
