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

/** A due item a scheduled job has acted on, under the item's key, so no job acts on it twice. Table `job_effects`; lives only in persistence. */
@Entity({ name: 'job_effects' })
@Check('job_effects_key_check', '(length(key) >= 1) AND (length(key) <= 200)')
@Check(
  'job_effects_kind_check',
  "kind = ANY (ARRAY['follow_up_due'::text, 'attestation_due'::text, 'se_group_missed'::text, 'retention'::text])",
)
export class JobEffectEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'key', type: 'text' })
  key!: string;

  @Column({ name: 'kind', type: 'text' })
  kind!: string;

  @Column({ name: 'done_at', type: 'timestamptz', default: () => 'now()' })
  doneAt!: Date;

  @ManyToOne(() => AssociationEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'job_effects_association_id_fkey',
    },
  ])
  association?: Relation<AssociationEntity>;
}
