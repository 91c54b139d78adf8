import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A follow-up 3, 6 or 12 months after discharge. Table `follow_ups`; lives only in persistence. */
@Entity({ name: 'follow_ups' })
export class FollowUpEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
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
}
