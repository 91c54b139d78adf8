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
import type { PlacementKind } from '@finsam-se/domain';
import { EmployerEntity } from '../employer/employer.entity.js';
import { EnrollmentEntity } from './enrollment.entity.js';

/** A job tasting, work trial, employment or studies. Table `placements`; lives only in persistence. */
@Entity({ name: 'placements' })
@Index('placements_by_enrollment', ['associationId', 'enrollmentId'])
@Check('placements_check', '(ended_on IS NULL) OR (ended_on >= started_on)')
@Check(
  'placements_hours_per_week_check',
  '(hours_per_week > (0)::numeric) AND (hours_per_week <= (60)::numeric)',
)
@Check(
  'placements_kind_check',
  "kind = ANY (ARRAY['job_tasting'::text, 'work_trial'::text, 'employment'::text, 'subsidised_employment'::text, 'studies'::text])",
)
export class PlacementEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @Column({ name: 'employer_id', type: 'uuid', nullable: true })
  employerId!: string | null;

  @Column({ name: 'kind', type: 'text' })
  kind!: PlacementKind;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'hours_per_week', type: 'numeric', precision: 4, scale: 1, nullable: true })
  hoursPerWeek!: string | null;

  @ManyToOne(() => EmployerEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'placements_association_id_employer_id_fkey',
    },
    { name: 'employer_id', referencedColumnName: 'id' },
  ])
  employer?: Relation<EmployerEntity>;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'placements_association_id_enrollment_id_fkey',
    },
    { name: 'enrollment_id', referencedColumnName: 'id' },
  ])
  enrollment?: Relation<EnrollmentEntity>;
}
