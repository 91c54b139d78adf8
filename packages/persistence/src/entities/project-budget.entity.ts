import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Salary funding of a project for a calendar year. Table `project_budgets`; lives only in persistence. */
@Entity({ name: 'project_budgets' })
export class ProjectBudgetEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @PrimaryColumn({ name: 'year', type: 'int' })
  year!: number;

  @Column({ name: 'amount_ore', type: 'bigint' })
  amountOre!: string;
}
