import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ProjectEntity } from './project.entity.js';

/** A project goal as data. Table `goals`; lives only in persistence. */
@Entity({ name: 'goals' })
@Check('goals_check', 'starts_on < ends_on')
@Check('goals_description_check', 'length(description) <= 2000')
@Check(
  'goals_metric_check',
  "metric = ANY (ARRAY['work_or_studies_at_discharge'::text, 'self_supporting_after'::text, 'still_working_after_support'::text, 'satisfied_participants'::text, 'satisfied_employers'::text, 'closer_to_labour_market'::text, 'enrolled_participants'::text])",
)
@Check('goals_target_check', 'target >= 0')
export class GoalEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
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

  @Column({ name: 'description', type: 'text', default: '' })
  description!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'goals_association_id_project_id_fkey',
    },
    { name: 'project_id', referencedColumnName: 'id' },
  ])
  project?: Relation<ProjectEntity>;
}
