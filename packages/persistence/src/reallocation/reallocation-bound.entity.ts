import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { MunicipalityEntity } from '../organisation/municipality.entity.js';
import { ProjectEntity } from '../organisation/project.entity.js';

/** A municipality's minimum and maximum FTE (hundredths) in a project's reallocations. Table `reallocation_bounds`; lives only in persistence. */
@Entity({ name: 'reallocation_bounds' })
@Check(
  'reallocation_bounds_check',
  '(min_fte IS NULL) OR (max_fte IS NULL) OR (min_fte <= max_fte)',
)
@Check('reallocation_bounds_max_fte_check', '(max_fte >= 0) AND (max_fte <= 10000)')
@Check('reallocation_bounds_min_fte_check', '(min_fte >= 0) AND (min_fte <= 10000)')
export class ReallocationBoundEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'min_fte', type: 'smallint', nullable: true })
  minFte!: number | null;

  @Column({ name: 'max_fte', type: 'smallint', nullable: true })
  maxFte!: number | null;

  @ManyToOne(() => MunicipalityEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocation_bounds_association_id_municipality_id_fkey',
    },
    { name: 'municipality_id', referencedColumnName: 'id' },
  ])
  municipality?: Relation<MunicipalityEntity>;

  @ManyToOne(() => ProjectEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocation_bounds_association_id_project_id_fkey',
    },
    { name: 'project_id', referencedColumnName: 'id' },
  ])
  project?: Relation<ProjectEntity>;
}
