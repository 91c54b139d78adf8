import { LocalDate, Money, type Post } from '@finsam-se/domain';
import type { TenantTx } from '../db/database.js';
import { allocationRepository } from './allocation.repository.js';
import { type SalarySettingRow, reportRowsRepository } from './report-rows.repository.js';

/** The salary settings of a year (PO-pålägg and the standard salary). */
export type SalarySetting = SalarySettingRow;

export type PlanningContext = {
  readonly municipalities: readonly { id: string; name: string; code: string }[];
  /** Posts of the project that overlap the year of `asOf` (for costs) … */
  readonly postsOfYear: readonly Post[];
  /** … and the allocation in force on `asOf`. */
  readonly postsOn: readonly Post[];
  /** Mean monthly salary of each municipality's coaches in öre (standard salary when none). */
  readonly salaries: Readonly<Record<string, Money>>;
  readonly salarySettings: readonly SalarySetting[];
};

/** Everything a reallocation plan needs, in four statements. */
export async function loadPlanningContext(
  tx: TenantTx,
  projectId: string,
  asOf: LocalDate,
): Promise<PlanningContext> {
  const year = LocalDate.parts(asOf).year;
  const municipalities = await tx.query<{ id: string; name: string; code: string }>(
    `SELECT id, name, code FROM municipalities WHERE association_id = $1 ORDER BY name`,
    [tx.associationId],
  );
  const salarySettings = await reportRowsRepository.salarySettings(tx);
  const salaries = await tx.query<{ municipality_id: string; salary: string }>(
    `SELECT municipality_id, round(avg(monthly_salary_ore))::bigint::text AS salary FROM coaches
     WHERE association_id = $1 AND (employed_until IS NULL OR employed_until > $2::date) GROUP BY municipality_id`,
    [tx.associationId, asOf],
  );
  const allPosts = await allocationRepository.postsOfProject(tx, projectId);
  const yearStart = LocalDate.of(year, 1, 1);
  const yearEnd = LocalDate.of(year + 1, 1, 1);
  const standard =
    salarySettings.find((s) => s.year === year)?.standardMonthlySalary ?? Money.ofKronor(34_000);
  const byMunicipality = new Map(
    salaries.map((s) => [s.municipality_id, Money.fromBigInt(BigInt(s.salary))]),
  );
  return {
    municipalities,
    postsOfYear: allPosts.filter((p) => p.period.start < yearEnd && yearStart < p.period.end),
    postsOn: allPosts.filter((p) => p.period.start <= asOf && asOf < p.period.end),
    salaries: Object.fromEntries(
      municipalities.map((m) => [m.id, byMunicipality.get(m.id) ?? standard]),
    ),
    salarySettings,
  };
}
