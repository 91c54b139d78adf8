// Shared by the reallocation screen's reads and writes: the project, its money settings, the
// allocation in force, the project's min/max rules and the caseload over a window.
import { Fte, LocalDate, Money, Period } from '@finsam-se/domain';
import {
  type FteBounds,
  type FundingError,
  caseloadWindow,
  describeFundingError,
  meanCaseloadOfMonths,
  resolveFteBounds,
  settingInForce,
  validateReallocation,
} from '@finsam-se/funding';
import {
  type ReallocationSettingsRecord,
  type TenantTx,
  projects,
  reportTalliesRepository,
} from '@finsam-se/persistence';
import { type AppError } from '../errors/error-codes.js';
import { fromRule, refuse } from '../errors/refuse.js';
import type { PlanningContext } from './reallocation-planning.js';

export type Project = NonNullable<Awaited<ReturnType<typeof projects.findById>>>;

/** The smallest step the screen moves in (0.25 FTE): a decision's default minimum. */
export const SMALLEST_STEP = Fte.ofHundredths(25);

/** A funding rule's refusal naming the field: the catalogue's one conversion. */
export function fundingInputError(error: FundingError<string>, fallbackField: string): AppError {
  return fromRule(error, fallbackField);
}

export function onCostFor(context: PlanningContext, year: number): string {
  const setting = settingInForce(context.salarySettings, year);
  if (!setting) throw refuse('FUNDING.ON_COST_MISSING');
  return setting.onCostPercent;
}

export function budgetOf(project: Project, year: number): Money {
  return project.yearlyBudgets.find((b) => b.year === year)?.amount ?? Money.zero;
}

export function costedPosts(context: PlanningContext) {
  return context.postsOfYear.map((post) => ({
    municipalityId: post.municipalityId,
    fte: post.fte,
    period: post.period,
    monthlySalary: context.salaries[post.municipalityId] ?? Money.zero,
  }));
}

export function currentLines(context: PlanningContext) {
  return context.municipalities.map((m) => ({
    municipalityId: m.id,
    fte: context.allocation.get(m.id) ?? Fte.zero,
  }));
}

export async function loadProject(tx: TenantTx, projectId: string): Promise<Project> {
  const project = await projects.findById(tx, projectId);
  if (!project) throw refuse('PROJECT.NOT_FOUND');
  return project;
}

export function requireInProject(project: Project, date: LocalDate, field: string): void {
  if (!Period.contains(project.period, date)) {
    throw refuse('PERIOD.OUTSIDE_PROJECT', {
      field,
      params: { start: project.period.start, end: Period.lastDay(project.period) },
    });
  }
}

/** The project's min/max settings as bounds for a plan or check in `step`; refusals as values. */
export function boundsFor(
  settings: ReallocationSettingsRecord,
  municipalityIds: readonly string[],
  step: Fte,
  total: Fte,
) {
  return resolveFteBounds({
    municipalityIds,
    settings: Object.fromEntries(
      settings.bounds.map((b) => [b.municipalityId, { min: b.min, max: b.max }]),
    ),
    step,
    total,
  });
}

/**
 * What the screen weighs per municipality, in one statement: the participants active on
 * `on`, and the mean active participants over the last `months` whole months before
 * `before` (the month under way is never whole; `caseloadWindow`, `meanCaseloadOfMonths`).
 */
export async function demandOverWindow(
  tx: TenantTx,
  projectId: string,
  { on, before, months }: { on: LocalDate; before: LocalDate; months: number },
) {
  const window = caseloadWindow(before, months);
  if (!window.ok) throw fundingInputError(window.error, 'windowMonths');
  const demand = await reportTalliesRepository.demandByMunicipality(tx, projectId, {
    on,
    window: window.value.period,
  });
  return {
    window: window.value,
    active: demand.active,
    means: (municipalityIds: readonly string[]) =>
      meanCaseloadOfMonths(demand.activeMonths, window.value, municipalityIds),
  };
}

export type DraftViolation = { code: string; message: string; municipalityId: string | null };

/** Every rule a draft breaks: steps, total, the project's min/max (resolved in `step`), budget. */
export function draftViolations(
  project: Project,
  context: PlanningContext,
  settings: ReallocationSettingsRecord,
  effectiveFrom: LocalDate,
  lines: readonly { municipalityId: string; fte: Fte }[],
  step: Fte,
  boundStep: Fte = step,
): DraftViolation[] {
  const year = LocalDate.parts(effectiveFrom).year;
  const current = currentLines(context);
  const proposed = current.map(
    (c) => lines.find((l) => l.municipalityId === c.municipalityId) ?? c,
  );
  const unknown = lines.filter((l) => !current.some((c) => c.municipalityId === l.municipalityId));
  const ids = current.map((c) => c.municipalityId);
  const bounds = boundsFor(settings, ids, boundStep, Fte.sum(current.map((c) => c.fte)));
  const limits: FteBounds = bounds.ok ? bounds.value : {};
  const pick = (key: 'min' | 'max') =>
    Object.fromEntries(
      Object.entries(limits).flatMap(([id, b]) => (b[key] === undefined ? [] : [[id, b[key]]])),
    ) as Record<string, Fte>;
  const violations: FundingError[] = [
    ...(bounds.ok ? [] : [bounds.error]),
    ...validateReallocation(current, [...proposed, ...unknown], {
      step,
      minimums: pick('min'),
      maximums: pick('max'),
      budget: {
        annual: budgetOf(project, year),
        onCostPercent: onCostFor(context, year),
        salaries: context.salaries,
        effectiveFrom,
        yearEnd: LocalDate.min(LocalDate.of(year + 1, 1, 1), project.period.end),
      },
    }),
  ];
  return violations.map((v) => ({
    code: v.code,
    message: describeFundingError(v.code, 'sv'),
    municipalityId: v.municipalityId ?? null,
  }));
}
