import { Fte, LocalDate, Money, type Result } from '@finsam-se/domain';
import { type FundingError, fundingError } from './funding-error.js';
import { parseOnCostPercent } from './on-cost.js';
import { checkSalary } from './funding-input.js';
import { roundCostWithinRange } from './post-cost.js';
import { prorateAnnual, yearFraction } from './proration.js';
import { type FteLine, nextNewYear } from './reallocation-effect.js';
import { salaryCostNumerator } from './salary-cost.js';

export type ReallocationBudgetRule = {
  /** Annual salary budget, in öre. */
  readonly annual: Money;
  readonly onCostPercent: string;
  /** Monthly full-time salary per municipality, in öre. */
  readonly salaries: Readonly<Record<string, Money>>;
  /** Current FTE applies before this day, proposed FTE from it. */
  readonly effectiveFrom: LocalDate;
  /** First day after the horizon; next 1 January unless given. */
  readonly yearEnd?: LocalDate;
};

export type ReallocationRules = {
  readonly step: Fte;
  readonly minimums?: Readonly<Record<string, Fte>>;
  readonly maximums?: Readonly<Record<string, Fte>>;
  /** Whether the total FTE may change; false unless given. */
  readonly allowGrowth?: boolean;
  /** When given, the year's salary cost with the proposal must stay within the budget. */
  readonly budget?: ReallocationBudgetRule;
};

export type ReallocationViolationCode =
  | 'APPORTION.BAD_STEP'
  | 'FUNDING.ON_COST_FORMAT'
  | 'FUNDING.BAD_PERIOD'
  | 'FUNDING.BAD_SALARY'
  | 'FUNDING.BAD_AMOUNT'
  | 'FUNDING.TOO_LARGE'
  | 'REALLOCATION.TOTAL_CHANGED'
  | 'REALLOCATION.NOT_A_STEP'
  | 'REALLOCATION.BELOW_MINIMUM'
  | 'REALLOCATION.ABOVE_MAXIMUM'
  | 'REALLOCATION.OVER_BUDGET'
  | 'REALLOCATION.UNKNOWN_MUNICIPALITY'
  | 'REALLOCATION.MISSING_MUNICIPALITY'
  | 'REALLOCATION.DUPLICATE_MUNICIPALITY'
  | 'REALLOCATION.MISSING_SALARY';

export type ReallocationViolation = FundingError<ReallocationViolationCode>;

function index(
  lines: readonly FteLine[],
  side: string,
  out: ReallocationViolation[],
): Map<string, Fte> {
  const map = new Map<string, Fte>();
  for (const line of lines) {
    if (map.has(line.municipalityId)) {
      out.push(
        fundingError('REALLOCATION.DUPLICATE_MUNICIPALITY', {
          field: side,
          municipalityId: line.municipalityId,
        }),
      );
    }
    map.set(line.municipalityId, line.fte);
  }
  return map;
}

/**
 * Checks a proposed allocation against the group's rules and returns every violation (an
 * empty array when it passes), in a stable order: structure, total, per municipality in
 * proposal order (step, minimum, maximum), minimums of municipalities left out, budget.
 */
export function validateReallocation(
  current: readonly FteLine[],
  proposed: readonly FteLine[],
  rules: ReallocationRules,
): ReallocationViolation[] {
  const out: ReallocationViolation[] = [];
  const before = index(current, 'current', out);
  const after = index(proposed, 'proposed', out);
  for (const id of after.keys()) {
    if (!before.has(id)) {
      out.push(
        fundingError('REALLOCATION.UNKNOWN_MUNICIPALITY', {
          field: 'proposed',
          municipalityId: id,
        }),
      );
    }
  }
  for (const id of before.keys()) {
    if (!after.has(id)) {
      out.push(
        fundingError('REALLOCATION.MISSING_MUNICIPALITY', {
          field: 'proposed',
          municipalityId: id,
        }),
      );
    }
  }
  const sum = (map: Map<string, Fte>): number => [...map.values()].reduce((a, b) => a + b, 0);
  if (!rules.allowGrowth && sum(before) !== sum(after)) {
    out.push(fundingError('REALLOCATION.TOTAL_CHANGED', { field: 'proposed' }));
  }
  const stepOk = Number.isSafeInteger(rules.step) && rules.step > 0;
  if (!stepOk) out.push(fundingError('APPORTION.BAD_STEP', { field: 'step' }));
  for (const [id, fte] of after) {
    if (stepOk && fte % rules.step !== 0) {
      out.push(fundingError('REALLOCATION.NOT_A_STEP', { field: 'proposed', municipalityId: id }));
    }
    const min = rules.minimums?.[id];
    if (min !== undefined && fte < min) {
      out.push(
        fundingError('REALLOCATION.BELOW_MINIMUM', { field: 'proposed', municipalityId: id }),
      );
    }
    const max = rules.maximums?.[id];
    if (max !== undefined && fte > max) {
      out.push(
        fundingError('REALLOCATION.ABOVE_MAXIMUM', { field: 'proposed', municipalityId: id }),
      );
    }
  }
  for (const [id, min] of Object.entries(rules.minimums ?? {})) {
    if (!after.has(id) && min > 0) {
      out.push(
        fundingError('REALLOCATION.BELOW_MINIMUM', { field: 'proposed', municipalityId: id }),
      );
    }
  }
  if (rules.budget !== undefined) out.push(...budgetViolations(before, after, rules.budget));
  return out;
}

function budgetViolations(
  before: Map<string, Fte>,
  after: Map<string, Fte>,
  rule: ReallocationBudgetRule,
): ReallocationViolation[] {
  const onCost: Result<bigint, FundingError<'FUNDING.ON_COST_FORMAT'>> = parseOnCostPercent(
    rule.onCostPercent,
    'budget.onCostPercent',
  );
  if (!onCost.ok) return [onCost.error];
  const yearEnd = rule.yearEnd ?? nextNewYear(rule.effectiveFrom);
  if (!(rule.effectiveFrom < yearEnd))
    return [fundingError('FUNDING.BAD_PERIOD', { field: 'budget.yearEnd' })];
  const out: ReallocationViolation[] = [];
  const ids = new Set([...before.keys(), ...after.keys()]);
  for (const id of ids) {
    const needed = (before.get(id) ?? 0) > 0 || (after.get(id) ?? 0) > 0;
    const salary = rule.salaries[id];
    const details = { field: 'budget.salaries', municipalityId: id };
    if (needed && salary === undefined) {
      out.push(fundingError('REALLOCATION.MISSING_SALARY', details));
    }
    const checked = salary === undefined ? undefined : checkSalary(salary, details);
    if (checked?.ok === false) out.push(checked.error);
  }
  if (out.length > 0) return out;
  const yearStart = LocalDate.of(LocalDate.parts(rule.effectiveFrom).year, 1, 1);
  const spent =
    rule.effectiveFrom > yearStart
      ? yearFraction({ start: yearStart, end: rule.effectiveFrom })
      : 0n;
  const rest = yearFraction({ start: rule.effectiveFrom, end: yearEnd });
  const numerators: bigint[] = [];
  for (const id of ids) {
    const salary = rule.salaries[id] ?? Money.zero;
    numerators.push(salaryCostNumerator(salary, before.get(id) ?? Fte.zero, onCost.value) * spent);
    numerators.push(salaryCostNumerator(salary, after.get(id) ?? Fte.zero, onCost.value) * rest);
  }
  const cost = roundCostWithinRange(numerators.reduce((a, b) => a + b, 0n));
  if (!cost.ok) return [cost.error];
  const budget = prorateAnnual(rule.annual, { start: yearStart, end: yearEnd }, 'budget.annual');
  if (!budget.ok) return [budget.error];
  return cost.value > budget.value
    ? [fundingError('REALLOCATION.OVER_BUDGET', { field: 'budget' })]
    : [];
}
