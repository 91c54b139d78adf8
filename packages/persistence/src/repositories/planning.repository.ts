import { LocalDate, Money, type Post } from '@finsam-se/domain';
import type { TenantTx } from '../db/database.js';
import { allocationRepository } from './allocation.repository.js';

export type SalarySetting = {
  readonly year: number;
  readonly onCostPercent: string;
  readonly standardMonthlySalary: Money;
};

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

/** Everything a reallocation plan needs, in three statements. */
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
  const settings = await tx.query<{
    year: number;
    on_cost_percent: string;
    standard_monthly_salary_ore: string;
  }>(
    `SELECT year, on_cost_percent::text, standard_monthly_salary_ore FROM salary_settings WHERE association_id = $1 ORDER BY year`,
    [tx.associationId],
  );
  const salaries = await tx.query<{ municipality_id: string; salary: string }>(
    `SELECT municipality_id, round(avg(monthly_salary_ore))::bigint::text AS salary FROM coaches
     WHERE association_id = $1 AND (employed_until IS NULL OR employed_until > $2::date) GROUP BY municipality_id`,
    [tx.associationId, asOf],
  );
  const allPosts = await allocationRepository.postsOfProject(tx, projectId);
  const yearStart = LocalDate.of(year, 1, 1);
  const yearEnd = LocalDate.of(year + 1, 1, 1);
  const salarySettings = settings.map((s) => ({
    year: s.year,
    onCostPercent: s.on_cost_percent,
    standardMonthlySalary: Money.fromBigInt(BigInt(s.standard_monthly_salary_ore)),
  }));
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
