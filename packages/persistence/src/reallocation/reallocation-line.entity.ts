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
import { ReallocationEntity } from './reallocation.entity.js';

/** Before and after of one municipality in a reallocation. Table `reallocation_lines`; lives only in persistence. */
@Entity({ name: 'reallocation_lines' })
@Check('reallocation_lines_fte_after_check', 'fte_after >= 0')
@Check('reallocation_lines_fte_before_check', 'fte_before >= 0')
export class ReallocationLineEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'reallocation_id', type: 'uuid' })
  reallocationId!: string;

  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'fte_before', type: 'smallint' })
  fteBefore!: number;

  @Column({ name: 'fte_after', type: 'smallint' })
  fteAfter!: number;

  @ManyToOne(() => MunicipalityEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocation_lines_association_id_municipality_id_fkey',
    },
    { name: 'municipality_id', referencedColumnName: 'id' },
  ])
  municipality?: Relation<MunicipalityEntity>;

  @ManyToOne(() => ReallocationEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocation_lines_association_id_reallocation_id_fkey',
    },
    { name: 'reallocation_id', referencedColumnName: 'id' },
  ])
  reallocation?: Relation<ReallocationEntity>;
}
