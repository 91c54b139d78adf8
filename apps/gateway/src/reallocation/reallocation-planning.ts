// The reallocation screen's view of a project on a date: the stored facts with the pure rules
// applied once (allocation in force, salary per municipality), so the plan, the check, the
// decision and the dashboard all read the same figures.
import {
  type Fte,
  type Money,
  type Post,
  LocalDate,
  Period,
  allocationOn,
} from '@finsam-se/domain';
import { municipalitySalaries } from '@finsam-se/funding';
import { type SalarySetting, type TenantTx, loadPlanningFacts } from '@finsam-se/persistence';
import { fundingRefusal } from '../report/report.service.js';

export type PlanningContext = {
  readonly asOf: LocalDate;
  readonly municipalities: readonly { id: string; name: string; code: string }[];
  /** Posts of the project that overlap the year of `asOf` (for costs) … */
  readonly postsOfYear: readonly Post[];
  /** … and the FTE per municipality in force on `asOf` (`allocationOn`). */
  readonly allocation: ReadonlyMap<string, Fte>;
  /** Monthly salary per municipality on `asOf` (`municipalitySalaries`). */
  readonly salaries: Readonly<Record<string, Money>>;
  readonly salarySettings: readonly SalarySetting[];
};

export async function loadPlanningContext(
  tx: TenantTx,
  projectId: string,
  asOf: LocalDate,
): Promise<PlanningContext> {
  const facts = await loadPlanningFacts(tx, projectId);
  const year = Period.year(LocalDate.parts(asOf).year);
  const salaries = municipalitySalaries({
    municipalityIds: facts.municipalities.map((m) => m.id),
    period: Period.of(asOf, LocalDate.addDays(asOf, 1)),
    coaches: facts.coaches,
    settings: facts.salarySettings,
  });
  if (!salaries.ok) throw fundingRefusal(salaries.error.code, 'asOf');
  return {
    asOf,
    municipalities: facts.municipalities,
    postsOfYear: facts.posts.filter((post) => Period.overlaps(post.period, year)),
    allocation: allocationOn(facts.posts, asOf),
    salaries: salaries.value,
    salarySettings: facts.salarySettings,
  };
}
