import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A move between SE steps. Table `phase_transitions`; lives only in persistence. */
@Entity({ name: 'phase_transitions' })
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
}
