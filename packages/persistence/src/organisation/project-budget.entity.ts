import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { ProjectEntity } from './project.entity.js';

/** Salary funding of a project for a calendar year. Table `project_budgets`; lives only in persistence. */
@Entity({ name: 'project_budgets' })
@Check('project_budgets_amount_ore_check', 'amount_ore >= 0')
@Check('project_budgets_year_check', '(year >= 2000) AND (year <= 2100)')
export class ProjectBudgetEntity {
  @PrimaryColumn({ name: 'association_id', type: 'uuid' })
  associationId!: string;

  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @PrimaryColumn({ name: 'year', type: 'int' })
  year!: number;

  @Column({ name: 'amount_ore', type: 'bigint' })
  amountOre!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'association_id',
      referencedColumnName: 'associationId',
      foreignKeyConstraintName: 'project_budgets_association_id_project_id_fkey',
    },
    { name: 'project_id', referencedColumnName: 'id' },
  ])
  project?: Relation<ProjectEntity>;
}
