import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { MunicipalityEntity } from '../organisation/municipality.entity.js';
import { ProjectEntity } from '../organisation/project.entity.js';
import { UserEntity } from '../user/user.entity.js';

/** A signed halvårsintyg. Table `attestations`; lives only in persistence. */
@Entity({ name: 'attestations' })
@Unique('attestations_association_id_municipality_id_project_id_half_key', [
  'associationId',
  'municipalityId',
  'projectId',
  'halfYear',
])
@Check('attestations_half_year_check', "half_year ~ '^[0-9]{4}H[12]$'::text")
@Check('attestations_statement_check', '(length(statement) >= 10) AND (length(statement) <= 4000)')
export class AttestationEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'half_year', type: 'text' })
  halfYear!: string;

  @Column({ name: 'signed_by', type: 'uuid' })
  signedBy!: string;

  @Column({ name: 'signed_on', type: 'date' })
  signedOn!: string;

  @Column({ name: 'statement', type: 'text' })
  statement!: string;

  @ManyToOne(() => MunicipalityEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'attestations_association_id_municipality_id_fkey',
    },
    { name: 'municipality_id', referencedColumnName: 'id' },
  ])
  municipality?: Relation<MunicipalityEntity>;

  @ManyToOne(() => ProjectEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'attestations_association_id_project_id_fkey',
    },
    { name: 'project_id', referencedColumnName: 'id' },
  ])
  project?: Relation<ProjectEntity>;

  @ManyToOne(() => UserEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'attestations_association_id_signed_by_fkey',
    },
    { name: 'signed_by', referencedColumnName: 'id' },
  ])
  signedByUser?: Relation<UserEntity>;
}
