// The public face of @finsam-se/funding. Everything another team may use is exported here.
export {
  type FundingError,
  type FundingErrorCode,
  type FundingLocale,
  type FundingMessages,
  fundingErrorMessages,
  fundingErrorCodes,
  describeFundingError,
} from './funding-error.js';
export {
  type OnCostPercent,
  type OnCostRates,
  type OnCostSetting,
  parseOnCostPercent,
  onCostForYear,
  onCostHundredthsForYear,
} from './on-cost.js';
export {
  type AnnualSalaryCostInput,
  type AnnualSalaryCostError,
  SALARY_SCALE,
  annualSalaryCost,
  salaryCostNumerator,
} from './salary-cost.js';
export {
  type YearSegment,
  type ProrateError,
  YEAR_FRACTION_SCALE,
  yearSegments,
  yearFraction,
  prorateAnnual,
} from './proration.js';
export {
  type CostedPost,
  type PostCostError,
  type MunicipalityCost,
  type PeriodCost,
  COST_DENOMINATOR,
  postCost,
  postCostNumerator,
  costForPeriod,
  splitExactly,
} from './post-cost.js';
export {
  type ProjectBudget,
  type BudgetStatus,
  type BudgetStatusInput,
  type BudgetStatusError,
  type MunicipalityBudgetLine,
  budgetForYear,
  budgetStatus,
} from './budget.js';
export { type BudgetMonth, budgetByMonth } from './budget-months.js';
export {
  type FteLine,
  type ApplyReallocationInput,
  type ApplyReallocationError,
  type BudgetChange,
  type ReallocationEffect,
  applyReallocation,
  reallocationEffect,
  nextNewYear,
} from './reallocation-effect.js';
export {
  type CoachPay,
  type StandardSalarySetting,
  type SalarySettingMissing,
  type MunicipalitySalaryInput,
  settingInForce,
  standardMonthlySalary,
  municipalitySalaries,
} from './municipality-salary.js';
export {
  type ApportionMethod,
  type DivisorMethod,
  apportionMethods,
  comparePriority,
} from './apportion-method.js';
export {
  type ApportionError,
  type ApportionInput,
  type ApportionUnit,
  type Allocation,
  type Apportionment,
  type FteApportionInput,
  type FteApportionUnit,
  type FteAllocation,
  type FteApportionment,
  apportion,
  apportionFte,
} from './apportion.js';
export {
  type CurrentFte,
  type Demand,
  type FteBounds,
  type PlanReallocationInput,
  type PlanRow,
  type PlanTotals,
  type PlanBudget,
  type ReallocationPlan,
  type PlanReallocationError,
  planReallocation,
} from './plan-reallocation.js';
export {
  type ReallocationRules,
  type ReallocationBudgetRule,
  type ReallocationViolation,
  type ReallocationViolationCode,
  validateReallocation,
} from './validate-reallocation.js';
export {
  type FteBoundSetting,
  type ResolveFteBoundsInput,
  type ResolveFteBoundsError,
  resolveFteBounds,
} from './fte-bounds.js';
export {
  type CapacityStatus,
  type CapacityThresholds,
  CASELOAD_FLOOR_PER_FTE,
  CASELOAD_CEILING_PER_FTE,
  capacityStatus,
} from './capacity-status.js';
export {
  type CaseloadWindow,
  type MonthlyCount,
  DEFAULT_WINDOW_MONTHS,
  MAX_WINDOW_MONTHS,
  caseloadWindow,
  meanCaseload,
  meanCaseloadOfMonths,
} from './caseload-window.js';
export {
  type DecisionMode,
  type DecisionSettings,
  type ProposalStatus,
  checkDecisionSettings,
  steeringRoute,
  reviewProposal,
} from './decision-route.js';
export {
  type Scenario,
  type ScenarioCell,
  type ScenarioRow,
  type ScenarioSummary,
  type ScenarioComparison,
  type ScenarioVariant,
  type CompareScenariosError,
  compareScenarios,
  planScenarios,
} from './compare-scenarios.js';
