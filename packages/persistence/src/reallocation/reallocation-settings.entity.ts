import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { ProjectEntity } from '../organisation/project.entity.js';
import { UserEntity } from '../user/user.entity.js';

/** Who decides a project's reallocations (delegated steering group or board approval); no row means DELEGATED with no reference. Table `reallocation_settings`; lives only in persistence. */
@Entity({ name: 'reallocation_settings' })
@Check(
  'reallocation_settings_check',
  "(decision_mode = 'BOARD_APPROVAL'::text) OR (delegation_reference IS NOT NULL)",
)
@Check(
  'reallocation_settings_decision_mode_check',
  "decision_mode = ANY (ARRAY['DELEGATED'::text, 'BOARD_APPROVAL'::text])",
)
@Check(
  'reallocation_settings_delegation_reference_check',
  '(length(delegation_reference) >= 1) AND (length(delegation_reference) <= 200)',
)
export class ReallocationSettingsEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'decision_mode', type: 'text', default: 'DELEGATED' })
  decisionMode!: string;

  @Column({ name: 'delegation_reference', type: 'text', nullable: true })
  delegationReference!: string | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => ProjectEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocation_settings_association_id_project_id_fkey',
    },
    { name: 'project_id', referencedColumnName: 'id' },
  ])
  project?: Relation<ProjectEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocation_settings_association_id_updated_by_fkey',
    },
    { name: 'updated_by', referencedColumnName: 'id' },
  ])
  updatedByUser?: Relation<UserEntity>;
}
