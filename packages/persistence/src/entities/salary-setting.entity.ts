import { Column, Entity, PrimaryColumn } from 'typeorm';

/** PO-pålägg and planning salary per year. Table `salary_settings`; lives only in persistence. */
@Entity({ name: 'salary_settings' })
export class SalarySettingEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'year', type: 'int' })
  year!: number;

  @Column({ name: 'on_cost_percent', type: 'numeric' })
  onCostPercent!: string;

  @Column({ name: 'standard_monthly_salary_ore', type: 'bigint' })
  standardMonthlySalaryOre!: string;
}
