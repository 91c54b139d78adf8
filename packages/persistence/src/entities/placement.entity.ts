import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A job tasting, work trial, employment or studies. Table `placements`; lives only in persistence. */
@Entity({ name: 'placements' })
export class PlacementEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @Column({ name: 'employer_id', type: 'uuid', nullable: true })
  employerId!: string | null;

  @Column({ name: 'kind', type: 'text' })
  kind!: string;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'hours_per_week', type: 'numeric', nullable: true })
  hoursPerWeek!: string | null;
}
