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

/** Gallring: years to keep a kind of data; no row means the default in code. Table `retention_rules`; lives only in persistence. */
@Entity({ name: 'retention_rules' })
@Check(
  'retention_rules_kind_check',
  "kind = ANY (ARRAY['identifying_data'::text, 'audit_log'::text])",
)
@Check('retention_rules_years_check', '(years >= 1) AND (years <= 100)')
export class RetentionRuleEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'kind', type: 'text' })
  kind!: string;

  @Column({ name: 'years', type: 'int' })
  years!: number;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy!: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'retention_rules_association_id_changed_by_fkey',
    },
    { name: 'changed_by', referencedColumnName: 'id' },
  ])
  changedByUser?: Relation<UserEntity>;

  @ManyToOne(() => AssociationEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'retention_rules_association_id_fkey',
    },
  ])
  association?: Relation<AssociationEntity>;
}
