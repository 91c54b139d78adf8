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
import { ReallocationProposalEntity } from './reallocation-proposal.entity.js';

/** One municipality's FTE after a proposed reallocation. Table `reallocation_proposal_lines`; lives only in persistence. */
@Entity({ name: 'reallocation_proposal_lines' })
@Check('reallocation_proposal_lines_fte_after_check', 'fte_after >= 0')
export class ReallocationProposalLineEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'fte_after', type: 'smallint' })
  fteAfter!: number;

  @ManyToOne(() => MunicipalityEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocation_proposal_lines_association_id_municipality_id_fkey',
    },
    { name: 'municipality_id', referencedColumnName: 'id' },
  ])
  municipality?: Relation<MunicipalityEntity>;

  @ManyToOne(() => ReallocationProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'reallocation_proposal_lines_association_id_proposal_id_fkey',
    },
    { name: 'proposal_id', referencedColumnName: 'id' },
  ])
  proposal?: Relation<ReallocationProposalEntity>;
}
