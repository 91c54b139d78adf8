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
import { AssociationEntity } from './association.entity.js';

/** A funded project (insats). Table `projects`; lives only in persistence. */
@Entity({ name: 'projects' })
@Check('projects_allocation_version_check', 'allocation_version >= 1')
@Check('projects_check', 'starts_on < ends_on')
@Check('projects_name_check', '(length(name) >= 1) AND (length(name) <= 200)')
@Check('projects_target_group_check', 'length(target_group) <= 2000')
export class ProjectEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ name: 'target_group', type: 'text', default: '' })
  targetGroup!: string;

  @Column({ name: 'allocation_version', type: 'int', default: 1 })
  allocationVersion!: number;

  @Column({ name: 'version', type: 'int', default: 1 })
  version!: number;

  @ManyToOne(() => AssociationEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'projects_association_id_fkey',
    },
  ])
  association?: Relation<AssociationEntity>;
}
