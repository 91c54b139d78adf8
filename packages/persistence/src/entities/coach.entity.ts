import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An SE coach. Table `coaches`; lives only in persistence. */
@Entity({ name: 'coaches' })
export class CoachEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'id', type: 'uuid' })
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

  @Column({ name: 'version', type: 'int' })
  version!: number;
}
