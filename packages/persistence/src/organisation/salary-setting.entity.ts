import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { AssociationEntity } from './association.entity.js';

/** PO-pålägg and planning salary per year. Table `salary_settings`; lives only in persistence. */
@Entity({ name: 'salary_settings' })
@Check(
  'salary_settings_on_cost_percent_check',
  '(on_cost_percent >= (0)::numeric) AND (on_cost_percent < (100)::numeric)',
)
@Check('salary_settings_standard_monthly_salary_ore_check', 'standard_monthly_salary_ore >= 0')
@Check('salary_settings_year_check', '(year >= 2000) AND (year <= 2100)')
export class SalarySettingEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'year', type: 'int' })
  year!: number;

  @Column({ name: 'on_cost_percent', type: 'numeric', precision: 5, scale: 2 })
  onCostPercent!: string;

  @Column({ name: 'standard_monthly_salary_ore', type: 'bigint' })
  standardMonthlySalaryOre!: string;

  @ManyToOne(() => AssociationEntity)
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'salary_settings_association_id_fkey',
    },
  ])
  association?: Relation<AssociationEntity>;
}
