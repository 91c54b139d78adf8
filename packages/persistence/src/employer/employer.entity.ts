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
import { MunicipalityEntity } from '../organisation/municipality.entity.js';

/** An employer. Table `employers`; lives only in persistence. */
@Entity({ name: 'employers' })
@Check('employers_name_check', '(length(name) >= 1) AND (length(name) <= 200)')
@Check('employers_organisation_number_check', "organisation_number ~ '^[0-9]{6}-[0-9]{4}$'::text")
export class EmployerEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'organisation_number', type: 'text', nullable: true })
  organisationNumber!: string | null;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @ManyToOne(() => MunicipalityEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'employers_association_id_municipality_id_fkey',
    },
    { name: 'municipality_id', referencedColumnName: 'id' },
  ])
  municipality?: Relation<MunicipalityEntity>;
}
