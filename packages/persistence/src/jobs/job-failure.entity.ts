import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { AssociationEntity } from '../organisation/association.entity.js';

/** The last failed attempt of a scheduled job, for the manager's panel. Table `job_failures`; lives only in persistence. */
@Entity({ name: 'job_failures' })
@Check('job_failures_attempts_check', 'attempts >= 1')
@Check('job_failures_job_key_check', '(length(job_key) >= 1) AND (length(job_key) <= 200)')
@Check('job_failures_last_error_check', 'length(last_error) <= 500')
@Check('job_failures_task_check', '(length(task) >= 1) AND (length(task) <= 60)')
export class JobFailureEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'job_key', type: 'text' })
  jobKey!: string;

  @Column({ name: 'task', type: 'text' })
  task!: string;

  @Column({ name: 'attempts', type: 'int' })
  attempts!: number;

  @Column({ name: 'final', type: 'boolean', default: false })
  final!: boolean;

  @Column({ name: 'last_error', type: 'text' })
  lastError!: string;

  @Column({ name: 'failed_at', type: 'timestamptz', default: () => 'now()' })
  failedAt!: Date;

  @ManyToOne(() => AssociationEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'job_failures_association_id_fkey',
    },
  ])
  association?: Relation<AssociationEntity>;
}
