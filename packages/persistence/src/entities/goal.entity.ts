import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A project goal as data. Table `goals`; lives only in persistence. */
@Entity({ name: 'goals' })
export class GoalEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'metric', type: 'text' })
  metric!: string;

  @Column({ name: 'target', type: 'int' })
  target!: number;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ name: 'description', type: 'text' })
  description!: string;
}
