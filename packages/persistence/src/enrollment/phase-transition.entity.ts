import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { EnrollmentEntity } from './enrollment.entity.js';

/** A move between SE steps. Table `phase_transitions`; lives only in persistence. */
@Entity({ name: 'phase_transitions' })
@Check(
  'phase_transitions_phase_check',
  "phase = ANY (ARRAY['agreement'::text, 'vocational_profile'::text, 'job_finding'::text, 'employer_engagement'::text, 'support_on_off_job'::text])",
)
@Check('phase_transitions_seq_check', 'seq >= 1')
export class PhaseTransitionEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @PrimaryColumn({ name: 'seq', type: 'int' })
  seq!: number;

  @Column({ name: 'phase', type: 'text' })
  phase!: string;

  @Column({ name: 'on_date', type: 'date' })
  onDate!: string;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'phase_transitions_association_id_enrollment_id_fkey',
    },
    { name: 'enrollment_id', referencedColumnName: 'id' },
  ])
  enrollment?: Relation<EnrollmentEntity>;
}
