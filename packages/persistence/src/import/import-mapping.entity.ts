import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { AssociationEntity } from '../organisation/association.entity.js';
import { UserEntity } from '../user/user.entity.js';

/** The column mapping an association last used for a register's import files. Table `import_mappings`; lives only in persistence. */
@Entity({ name: 'import_mappings' })
@Check(
  'import_mappings_register_check',
  "register = ANY (ARRAY['participants'::text, 'referrals'::text, 'placements'::text])",
)
@Check('import_mappings_mapping_check', "jsonb_typeof(mapping) = 'object'::text")
export class ImportMappingEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'register', type: 'text' })
  register!: string;

  @Column({ name: 'mapping', type: 'jsonb' })
  mapping!: Record<string, unknown>;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => AssociationEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'import_mappings_association_id_fkey',
    },
  ])
  association?: Relation<AssociationEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'import_mappings_association_id_updated_by_fkey',
    },
    { name: 'updated_by', referencedColumnName: 'id' },
  ])
  updatedByUser?: Relation<UserEntity>;
}
