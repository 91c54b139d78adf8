import {
  Check,
  Column,
  Entity,
  Exclusion,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { MunicipalityEntity } from './municipality.entity.js';
import { ProjectEntity } from './project.entity.js';
import { ReallocationEntity } from '../reallocation/reallocation.entity.js';

/** Funded coach capacity (hundredths of FTE) over a half-open date range. Table `posts`; lives only in persistence. */
@Entity({ name: 'posts' })
@Exclusion(
  'posts_no_overlap',
  'USING gist (association_id WITH =, project_id WITH =, municipality_id WITH =, slot WITH =, period WITH &&)',
)
@Check('posts_fte_check', '(fte >= 1) AND (fte <= 100)')
@Check(
  'posts_period_check',
  '(NOT isempty(period)) AND lower_inc(period) AND (NOT upper_inc(period))',
)
@Check('posts_slot_check', '(slot >= 1) AND (slot <= 200)')
export class PostEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'slot', type: 'smallint', default: 1 })
  slot!: number;

  @Column({ name: 'fte', type: 'smallint' })
  fte!: number;

  @Column({ name: 'period', type: 'daterange' })
  period!: string;

  @Column({ name: 'reallocation_id', type: 'uuid', nullable: true })
  reallocationId!: string | null;

  @ManyToOne(() => MunicipalityEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'posts_association_id_municipality_id_fkey',
    },
    { name: 'municipality_id', referencedColumnName: 'id' },
  ])
  municipality?: Relation<MunicipalityEntity>;

  @ManyToOne(() => ProjectEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'posts_association_id_project_id_fkey',
    },
    { name: 'project_id', referencedColumnName: 'id' },
  ])
  project?: Relation<ProjectEntity>;

  @ManyToOne(() => ReallocationEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'posts_association_id_reallocation_id_fkey',
    },
    { name: 'reallocation_id', referencedColumnName: 'id' },
  ])
  reallocation?: Relation<ReallocationEntity>;
}
