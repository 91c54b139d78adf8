import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { MunicipalityEntity } from '../organisation/municipality.entity.js';

/** An SE coach. Table `coaches`; lives only in persistence. */
@Entity({ name: 'coaches' })
@Index('coaches_by_municipality', ['associationId', 'municipalityId'])
@Check('coaches_check', '(employed_until IS NULL) OR (employed_from < employed_until)')
@Check('coaches_fte_check', '(fte >= 0) AND (fte <= 100)')
@Check('coaches_monthly_salary_ore_check', 'monthly_salary_ore >= 0')
@Check('coaches_name_check', '(length(name) >= 1) AND (length(name) <= 200)')
export class CoachEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  @Column({ name: 'fte', type: 'smallint' })
  fte!: number;

  @Column({ name: 'employed_from', type: 'date' })
  employedFrom!: string;

  @Column({ name: 'employed_until', type: 'date', nullable: true })
  employedUntil!: string | null;

  @Column({ name: 'monthly_salary_ore', type: 'bigint' })
  monthlySalaryOre!: string;

  @Column({ name: 'version', type: 'int', default: 1 })
  version!: number;

  @ManyToOne(() => MunicipalityEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'coaches_association_id_municipality_id_fkey',
    },
    { name: 'municipality_id', referencedColumnName: 'id' },
  ])
  municipality?: Relation<MunicipalityEntity>;
}
