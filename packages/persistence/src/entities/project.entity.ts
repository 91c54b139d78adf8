import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A funded project (insats). Table `projects`; lives only in persistence. */
@Entity({ name: 'projects' })
export class ProjectEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ name: 'target_group', type: 'text' })
  targetGroup!: string;

  @Column({ name: 'allocation_version', type: 'int' })
  allocationVersion!: number;

  @Column({ name: 'version', type: 'int' })
  version!: number;
}
