import { type Fte, type IpsCaseloadScore, type Money, type Result, ok } from '@finsam-se/domain';
import { type FundingError, fundingFail } from './funding-error.js';
import {
  type PlanReallocationError,
  type PlanReallocationInput,
  type ReallocationPlan,
  planReallocation,
} from './plan-reallocation.js';

export type Scenario = { readonly name: string; readonly plan: ReallocationPlan };

export type ScenarioCell = {
  readonly scenario: string;
  readonly suggestedFte: Fte;
  readonly change: number;
  readonly caseloadAfter: number | null;
  readonly ipsBandAfter: IpsCaseloadScore | null;
  readonly costAfter: Money;
};

export type ScenarioRow = {
  readonly municipalityId: string;
  readonly activeParticipants: number;
  readonly currentFte: Fte;
  readonly caseloadBefore: number | null;
  readonly ipsBandBefore: IpsCaseloadScore | null;
  /** One cell per scenario, in scenario order; null when the scenario lacks the municipality. */
  readonly cells: (ScenarioCell | null)[];
};

export type ScenarioSummary = {
  readonly scenario: string;
  readonly method: ReallocationPlan['method'];
  readonly suggestedFte: Fte;
  /** FTE hundredths that change hands: the sum of the increases. */
  readonly moved: number;
  readonly restCostAfter: Money;
  readonly restMarginAfter: Money;
  readonly yearMarginAfter: Money;
  readonly withinBudget: boolean;
  /** Highest and lowest caseload per FTE among municipalities with FTE; null when none has. */
  readonly maxCaseload: number | null;
  readonly minCaseload: number | null;
  /** How many municipalities land in each IPS caseload band (none: no FTE). */
  readonly bands: Readonly<Record<IpsCaseloadScore | 'none', number>>;
};

export type ScenarioComparison = {
  readonly scenarios: string[];
  readonly rows: ScenarioRow[];
  readonly summaries: ScenarioSummary[];
};

export type CompareScenariosError = FundingError<'SCENARIO.EMPTY' | 'SCENARIO.DUPLICATE_NAME'>;

function summarise(scenario: Scenario): ScenarioSummary {
  const { plan } = scenario;
  const caseloads = plan.rows
    .map((row) => row.caseloadAfter)
    .filter((value): value is number => value !== null);
  const bands = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, none: 0 };
  for (const row of plan.rows) bands[row.ipsBandAfter ?? 'none'] += 1;
  return {
    scenario: scenario.name,
    method: plan.method,
    suggestedFte: plan.totals.suggestedFte,
    moved: plan.rows.reduce((sum, row) => sum + Math.max(0, row.change), 0),
    restCostAfter: plan.budget.restCostAfter,
    restMarginAfter: plan.budget.restMarginAfter,
    yearMarginAfter: plan.budget.yearMarginAfter,
    withinBudget: plan.budget.withinBudget,
    maxCaseload: caseloads.length === 0 ? null : Math.max(...caseloads),
    minCaseload: caseloads.length === 0 ? null : Math.min(...caseloads),
    bands,
  };
}

/** Several plans side by side: one row per municipality with a cell per scenario, and totals. */
export function compareScenarios(
  scenarios: readonly Scenario[],
): Result<ScenarioComparison, CompareScenariosError> {
  if (scenarios.length === 0) return fundingFail('SCENARIO.EMPTY', { field: 'scenarios' });
  const names = new Set<string>();
  for (const scenario of scenarios) {
    if (names.has(scenario.name)) {
      return fundingFail('SCENARIO.DUPLICATE_NAME', { field: scenario.name });
    }
    names.add(scenario.name);
  }
  const rows = new Map<string, ScenarioRow>();
  for (const scenario of scenarios) {
    for (const row of scenario.plan.rows) {
      if (!rows.has(row.municipalityId)) {
        rows.set(row.municipalityId, {
          municipalityId: row.municipalityId,
          activeParticipants: row.activeParticipants,
          currentFte: row.currentFte,
          caseloadBefore: row.caseloadBefore,
          ipsBandBefore: row.ipsBandBefore,
          cells: [],
        });
      }
    }
  }
  for (const row of rows.values()) {
    for (const scenario of scenarios) {
      const line = scenario.plan.rows.find((r) => r.municipalityId === row.municipalityId);
      row.cells.push(
        line === undefined
          ? null
          : {
              scenario: scenario.name,
              suggestedFte: line.suggestedFte,
              change: line.change,
              caseloadAfter: line.caseloadAfter,
              ipsBandAfter: line.ipsBandAfter,
              costAfter: line.costAfter,
            },
      );
    }
  }
  return ok({
    scenarios: scenarios.map((scenario) => scenario.name),
    rows: [...rows.values()],
    summaries: scenarios.map(summarise),
  });
}

/** A what-if: the base plan input with some of it changed, under a name. */
export type ScenarioVariant = Partial<PlanReallocationInput> & { readonly name: string };

/** Plans every variant of a base input and compares them, e.g. one variant per method. */
export function planScenarios(
  base: PlanReallocationInput,
  variants: readonly ScenarioVariant[],
): Result<ScenarioComparison, PlanReallocationError | CompareScenariosError> {
  const scenarios: Scenario[] = [];
  for (const variant of variants) {
    const { name, ...changes } = variant;
    const plan = planReallocation({ ...base, ...changes });
    if (!plan.ok) return plan;
    scenarios.push({ name, plan: plan.value });
  }
  return compareScenarios(scenarios);
}
