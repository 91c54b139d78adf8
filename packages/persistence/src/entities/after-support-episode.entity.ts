import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Efterstöd or a re-contact after discharge. Table `after_support_episodes`; lives only in persistence. */
@Entity({ name: 'after_support_episodes' })
export class AfterSupportEpisodeEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId!: string;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'reason', type: 'text' })
  reason!: string;
}
