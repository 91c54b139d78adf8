// The public face of @finsam-se/reporting: pure figures from narrow rows to one table shape.
export {
  type Label,
  type Suppressed,
  type Share,
  type CountCell,
  type ValueCell,
  type Cell,
  type Unit,
  type Column,
  type Row,
  type Table,
  type CellRef,
  type TableRelation,
  SUPPRESSED,
  isSuppressed,
  plain,
  countCell,
  valueCell,
  countOf,
  shareOf,
  valueOf,
  withShares,
  findRow,
  cellAt,
} from './table.js';
export type {
  EnrollmentRow,
  PostRow,
  ReferralRow,
  FollowUpStatus,
  FollowUpRow,
  PlacementRow,
  ReContactRow,
  EconomyRow,
  SusRegistrationRow,
  Labels,
} from './rows.js';
export { median, ratio, percentagePoints } from './stats.js';
export { ageBands, type AgeBand, ageBandLabels, ageBandOf } from './age-band.js';
export { genderLabels, totalLabel } from './labels.js';
export { outcomeKindOf, isWorkOrStudies } from './outcome-kind.js';
export { isActiveDuring } from './active.js';
export { type EnrollmentDimension, dimensionLabels, groupKeys } from './group-by.js';
/**
 * `outcomeReport(rows, options)` is `outcomeReportFromTallies(outcomeTallies(rows, options),
 * options)`: the table step also takes counts made elsewhere (grouped in SQL, say).
 */
export {
  type OutcomeReportOptions,
  type OutcomeTally,
  type OutcomeTallyOptions,
  outcomeReport,
  outcomeReportFromTallies,
  outcomeTallies,
} from './outcome-report.js';
/**
 * `caseloadSeriesPoints(rows, posts, options)` is `caseloadSeriesPointsFromCounts(
 * caseloadCounts(rows, options), posts, options)`: the points step also takes active
 * enrollments per unit per month counted elsewhere (in SQL, say); FTE comes from the posts.
 */
export {
  type CaseloadUnit,
  type CaseloadSeriesOptions,
  type CaseloadPoint,
  type CaseloadCount,
  type CaseloadCountOptions,
  monthlyFte,
  caseloadCounts,
  caseloadSeriesPoints,
  caseloadSeriesPointsFromCounts,
  caseloadSeries,
} from './caseload-series.js';
/**
 * `transitionMatrix(rows, options)` is `transitionMatrixFromTallies(transitionTallies(rows,
 * options), options)`: the table step also takes counts made elsewhere, categorised with
 * `incomeCategory`.
 */
export {
  type IncomeMode,
  type IncomeStage,
  type TransitionMatrixOptions,
  type TransitionStep,
  type TransitionTally,
  NO_SOURCE,
  stagesOf,
  transitionSteps,
  incomeCategory,
  incomeCodesRead,
  transitionMatrix,
  transitionMatrixFromTallies,
  transitionTallies,
} from './transition-matrix.js';
export { type PhaseFunnelOptions, daysInPhases, phaseFunnel } from './phase-funnel.js';
export { type ReferralStatsOptions, referralStats } from './referral-stats.js';
export { type AfterSupportOptions, afterSupportReport } from './after-support-report.js';
export {
  type DurableOutcomeOptions,
  durableOffsets,
  durableOutcomeReport,
  lastDischargePerPerson,
} from './durable-outcome.js';
export { type ReContactOptions, reContactReport } from './re-contact-report.js';
export { byGender, genderAnalysis } from './gender-analysis.js';
export { costPer, economyRows, economyReport } from './economy.js';
export { type FidelityInput, type FidelityOptions, fidelityReport } from './fidelity-report.js';
export { type SuppressOptions, additiveRelations, suppress } from './suppress.js';
/**
 * The disclosure audit: the attacker's linear program on a published table
 * (`attackTable`) and protection that repeats secondary suppression until no small count
 * can be narrowed below [0, k] (`protectTable`). The LP solver is injected; HiGHS is
 * loaded once with `loadHighsLpSolver()`.
 */
export {
  type CellId,
  type LinearConstraint,
  cellId,
  parseCellId,
  linearConstraints,
} from './relations.js';
export {
  type LinearProgram,
  type LpRow,
  type Interval,
  type LpSolver,
  LpSolveError,
} from './audit/lp.js';
export { highsLpSolver, loadHighsLpSolver } from './audit/highs-solver.js';
export { type AttackResult, attackTable } from './audit/attack.js';
export { exposedCounts, smallCounts } from './audit/exposed-counts.js';
export {
  type ProtectOptions,
  type ProtectResult,
  type DisclosureErrorCode,
  isProtected,
  protectTable,
  hiddenCount,
} from './audit/protect.js';
export {
  type CsvLocale,
  type CsvOptions,
  SUPPRESSED_MARK,
  formatNumber,
  formatValue,
  toCsv,
} from './to-csv.js';
export { csvText, isFormulaLike } from './csv-cell.js';
export {
  susFields,
  type SusField,
  CODE_SEPARATOR,
  susRecord,
  susExportCsv,
  susExportFields,
} from './sus-export.js';
export {
  type SurveyResponseRow,
  type SurveyInvitationRow,
  type SurveyReportOptions,
  surveyMetricLabels,
  surveyReport,
} from './survey-report.js';
export { type AssessmentRow, assessmentChangeReport } from './survey-assessment-change.js';
export {
  type SelfSupporting,
  selfSupportingAfter,
  selfSupportingAtDischarge,
} from './self-supporting.js';
export {
  type SelfSupportingReportOptions,
  selfSupportingReport,
} from './self-supporting-report.js';
