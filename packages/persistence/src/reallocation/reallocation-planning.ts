import type { Post } from '@finsam-se/domain';
import type { TenantTx } from '../db/database.js';
import { allocationRepository } from './reallocation.repository.js';
import {
  type CoachSalaryRow,
  type SalarySettingRow,
  reportRowsRepository,
} from '../report/report.repository.js';

/** The salary settings of a year (PO-pålägg and the standard salary). */
export type SalarySetting = SalarySettingRow;

/**
 * What a reallocation plan reads, as stored: no rule is applied here. Which posts are in
 * force on a date (`allocationOn`) and what a municipality's posts cost a month
 * (`municipalitySalaries`) are decided by the pure rules, in the gateway.
 */
export type PlanningFacts = {
  readonly municipalities: readonly { id: string; name: string; code: string }[];
  /** Every post of the project, every period. */
  readonly posts: readonly Post[];
  /** Every coach's salary and employment (half-open). */
  readonly coaches: readonly CoachSalaryRow[];
  readonly salarySettings: readonly SalarySetting[];
};

/** Everything a reallocation plan needs: four statements, issued together (one round trip). */
export async function loadPlanningFacts(tx: TenantTx, projectId: string): Promise<PlanningFacts> {
  const [municipalities, posts, coaches, salarySettings] = await Promise.all([
    tx.query<{ id: string; name: string; code: string }>(
      `SELECT id, name, code FROM municipalities WHERE association_id = $1 ORDER BY name`,
      [tx.associationId],
    ),
    allocationRepository.postsOfProject(tx, projectId),
    reportRowsRepository.coachSalaries(tx),
    reportRowsRepository.salarySettings(tx),
  ]);
  return { municipalities, posts, coaches, salarySettings };
}
