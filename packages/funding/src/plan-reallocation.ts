import {
  type IpsCaseloadScore,
  type Result,
  Fte,
  LocalDate,
  Money,
  type Period,
  caseloadPerFte,
  ipsCaseloadBand,
  ok,
} from '@finsam-se/domain';
import { type ApportionError, type FteApportionUnit, apportionFte } from './apportion.js';
import { type ApportionMethod } from './apportion-method.js';
import { type CapacityStatus, capacityStatus } from './capacity-status.js';
import { type FundingError, fundingFail } from './funding-error.js';
import { parseOnCostPercent } from './on-cost.js';
import { checkSalary } from './funding-input.js';
import { checkCostBound, splitExactly } from './post-cost.js';
import { prorateAnnual, yearFraction } from './proration.js';
import { nextNewYear } from './reallocation-effect.js';
import { salaryCostNumerator } from './salary-cost.js';

export type CurrentFte = { readonly municipalityId: string; readonly fte: Fte };

export type Demand = {
  readonly municipalityId: string;
  /** Active participants now: the caseload is computed from this. */
  readonly activeParticipants: number;
  /**
   * Mean active participants over the window the group follows (`meanCaseload`): the
   * weight unless `weight` is given, and what a post's capacity status is judged on.
   */
  readonly meanActive?: number;
  /** What the FTE is shared by; `meanActive`, else `activeParticipants`, unless given. */
  readonly weight?: number;
};

export type FteBounds = Readonly<Record<string, { readonly min?: Fte; readonly max?: Fte }>>;

export type PlanReallocationInput = {
  readonly current: readonly CurrentFte[];
  readonly demand: readonly Demand[];
  readonly method: ApportionMethod;
  readonly step: Fte;
  readonly bounds?: FteBounds;
  /** FTE to share; the current total unless given. */
  readonly total?: Fte;
  /** Annual salary budget, in öre. */
  readonly budget: Money;
  /** On-cost of the year, e.g. `"40.15"`. */
  readonly onCostPercent: string;
  /** Monthly full-time salary per municipality, in öre. */
  readonly salaries: Readonly<Record<string, Money>>;
  /** First day of the new allocation. */
  readonly effectiveFrom: LocalDate;
  /** First day after the planning horizon (half-open, like Period.end); next 1 January unless given. */
  readonly yearEnd?: LocalDate;
};

export type PlanRow = {
  readonly municipalityId: string;
  readonly activeParticipants: number;
  readonly weight: number;
  readonly currentFte: Fte;
  readonly suggestedFte: Fte;
  /** suggested − current in hundredths; negative when the municipality gives up time. */
  readonly change: number;
  /** The unrounded proportional share, decimal FTE. */
  readonly quota: number;
  /** Active participants per FTE; null with no FTE. */
  readonly caseloadBefore: number | null;
  readonly caseloadAfter: number | null;
  readonly ipsBandBefore: IpsCaseloadScore | null;
  readonly ipsBandAfter: IpsCaseloadScore | null;
  /** `meanActive` as given; null when the plan was made on one day's count. */
  readonly meanActive: number | null;
  /**
   * Unused capacity, on target or over, judged on the caseload over the window
   * (`meanActive`, else the day's count) per FTE before and after.
   */
  readonly capacityBefore: CapacityStatus;
  readonly capacityAfter: CapacityStatus;
  /** Salary cost from `effectiveFrom` to the end of the horizon at current FTE. */
  readonly costBefore: Money;
  /** The same at the suggested FTE. */
  readonly costAfter: Money;
  readonly costChange: Money;
};

export type PlanTotals = {
  readonly activeParticipants: number;
  readonly currentFte: Fte;
  readonly suggestedFte: Fte;
  readonly change: number;
  readonly caseloadBefore: number | null;
  readonly caseloadAfter: number | null;
  readonly costBefore: Money;
  readonly costAfter: Money;
  readonly costChange: Money;
};

export type PlanBudget = {
  readonly annualBudget: Money;
  /** The annual budget prorated by days to [effectiveFrom, yearEnd). */
  readonly restBudget: Money;
  readonly restCostBefore: Money;
  readonly restCostAfter: Money;
  readonly restCostChange: Money;
  readonly restMarginBefore: Money;
  readonly restMarginAfter: Money;
  /** 1 January to the horizon: current FTE throughout. */
  readonly yearCostBefore: Money;
  /** 1 January to the horizon: current FTE until effectiveFrom, suggested FTE after. */
  readonly yearCostAfter: Money;
  /** The budget prorated to 1 January – horizon (the annual budget for a calendar year). */
  readonly yearBudget: Money;
  readonly yearMarginBefore: Money;
  readonly yearMarginAfter: Money;
  readonly withinBudget: boolean;
};

/** A suggestion for the steering group. Nothing is applied. */
export type ReallocationPlan = {
  readonly method: ApportionMethod;
  readonly step: Fte;
  /** [effectiveFrom, yearEnd). */
  readonly period: Period;
  readonly rows: PlanRow[];
  readonly totals: PlanTotals;
  readonly budget: PlanBudget;
};

export type PlanReallocationError =
  | ApportionError
  | FundingError<
      | 'FUNDING.ON_COST_FORMAT'
      | 'FUNDING.BAD_PERIOD'
      | 'FUNDING.BAD_COUNT'
      | 'FUNDING.BAD_SALARY'
      | 'FUNDING.BAD_AMOUNT'
      | 'FUNDING.TOO_LARGE'
      | 'REALLOCATION.DUPLICATE_MUNICIPALITY'
      | 'REALLOCATION.UNKNOWN_MUNICIPALITY'
      | 'REALLOCATION.MISSING_SALARY'
    >;

const band = (caseload: number | null): IpsCaseloadScore | null =>
  caseload === null ? null : ipsCaseloadBand(caseload);

/**
 * Suggests the next allocation of coach FTE in proportion to demand, with caseloads, IPS
 * bands and the salary effect for the rest of the year. A suggestion: the steering group decides.
 */
export function planReallocation(
  input: PlanReallocationInput,
): Result<ReallocationPlan, PlanReallocationError> {
  const yearEnd = input.yearEnd ?? nextNewYear(input.effectiveFrom);
  if (!(input.effectiveFrom < yearEnd))
    return fundingFail('FUNDING.BAD_PERIOD', { field: 'yearEnd' });
  const onCost = parseOnCostPercent(input.onCostPercent);
  if (!onCost.ok) return onCost;

  const ids: string[] = [];
  const current = new Map<string, Fte>();
  for (const line of input.current) {
    if (current.has(line.municipalityId)) {
      return fundingFail('REALLOCATION.DUPLICATE_MUNICIPALITY', {
        field: 'current',
        municipalityId: line.municipalityId,
      });
    }
    current.set(line.municipalityId, line.fte);
    ids.push(line.municipalityId);
  }
  const demand = new Map<string, Demand>();
  for (const line of input.demand) {
    if (demand.has(line.municipalityId)) {
      return fundingFail('REALLOCATION.DUPLICATE_MUNICIPALITY', {
        field: 'demand',
        municipalityId: line.municipalityId,
      });
    }
    if (!Number.isSafeInteger(line.activeParticipants) || line.activeParticipants < 0) {
      return fundingFail('FUNDING.BAD_COUNT', {
        field: 'activeParticipants',
        municipalityId: line.municipalityId,
      });
    }
    if (
      line.meanActive !== undefined &&
      !(line.meanActive >= 0 && Number.isFinite(line.meanActive))
    ) {
      return fundingFail('FUNDING.BAD_COUNT', {
        field: 'meanActive',
        municipalityId: line.municipalityId,
      });
    }
    demand.set(line.municipalityId, line);
    if (!current.has(line.municipalityId)) ids.push(line.municipalityId);
  }
  const known = new Set(ids);
  for (const id of Object.keys(input.bounds ?? {})) {
    if (!known.has(id)) {
      return fundingFail('REALLOCATION.UNKNOWN_MUNICIPALITY', {
        field: 'bounds',
        municipalityId: id,
      });
    }
  }
  for (const id of ids) {
    const salary = input.salaries[id];
    if (salary === undefined)
      return fundingFail('REALLOCATION.MISSING_SALARY', { municipalityId: id });
    const checked = checkSalary(salary, { municipalityId: id });
    if (!checked.ok) return checked;
  }

  const currentTotal = Fte.sum(ids.map((id) => current.get(id) ?? Fte.zero));
  const units: FteApportionUnit[] = ids.map((id) => {
    const bound = input.bounds?.[id];
    const line = demand.get(id);
    const unit: { key: string; weight: number; min?: Fte; max?: Fte } = {
      key: id,
      weight: line?.weight ?? line?.meanActive ?? line?.activeParticipants ?? 0,
    };
    if (bound?.min !== undefined) unit.min = bound.min;
    if (bound?.max !== undefined) unit.max = bound.max;
    return unit;
  });
  const apportioned = apportionFte({
    method: input.method,
    total: input.total ?? currentTotal,
    step: input.step,
    units,
  });
  if (!apportioned.ok) return apportioned;

  const period: Period = { start: input.effectiveFrom, end: yearEnd };
  const yearStart = LocalDate.of(LocalDate.parts(input.effectiveFrom).year, 1, 1);
  const before: Period = { start: yearStart, end: input.effectiveFrom };
  const restFraction = yearFraction(period);
  const beforeFraction = before.start < before.end ? yearFraction(before) : 0n;
  const bound = checkCostBound({
    highestSalary: Math.max(0, ...ids.map((id) => input.salaries[id] ?? 0)),
    largestFte: Math.max(currentTotal, Fte.sum(apportioned.value.allocations.map((a) => a.amount))),
    onCostHundredths: onCost.value,
    years: restFraction + beforeFraction,
  });
  if (!bound.ok) return bound;
  const exact = (id: string, fte: Fte, fraction: bigint): bigint =>
    salaryCostNumerator(input.salaries[id] ?? Money.zero, fte, onCost.value) * fraction;

  const allocations = apportioned.value.allocations;
  const suggested = allocations.map((allocation) => allocation.amount);
  const currents = ids.map((id) => current.get(id) ?? Fte.zero);
  const restBefore = splitExactly(
    ids.map((id, i) => exact(id, currents[i] ?? Fte.zero, restFraction)),
  );
  const restAfter = splitExactly(
    ids.map((id, i) => exact(id, suggested[i] ?? Fte.zero, restFraction)),
  );
  const spentBefore = ids.reduce(
    (sum, id, i) => sum + exact(id, currents[i] ?? Fte.zero, beforeFraction),
    0n,
  );
  const yearBefore = splitExactly([
    spentBefore,
    ids.reduce((sum, id, i) => sum + exact(id, currents[i] ?? Fte.zero, restFraction), 0n),
  ]).total;
  const yearAfter = splitExactly([
    spentBefore,
    ids.reduce((sum, id, i) => sum + exact(id, suggested[i] ?? Fte.zero, restFraction), 0n),
  ]).total;

  const rows: PlanRow[] = ids.map((municipalityId, i) => {
    const line = demand.get(municipalityId);
    const active = line?.activeParticipants ?? 0;
    const currentFte = currents[i] ?? Fte.zero;
    const suggestedFte = suggested[i] ?? Fte.zero;
    const caseloadBefore = caseloadPerFte(active, currentFte);
    const caseloadAfter = caseloadPerFte(active, suggestedFte);
    const followed = line?.meanActive ?? active;
    const costBefore = restBefore.parts[i] ?? Money.zero;
    const costAfter = restAfter.parts[i] ?? Money.zero;
    return {
      municipalityId,
      activeParticipants: active,
      weight: line?.weight ?? line?.meanActive ?? active,
      currentFte,
      suggestedFte,
      change: Fte.difference(suggestedFte, currentFte),
      quota: allocations[i]?.quota ?? 0,
      caseloadBefore,
      caseloadAfter,
      ipsBandBefore: band(caseloadBefore),
      ipsBandAfter: band(caseloadAfter),
      meanActive: line?.meanActive ?? null,
      capacityBefore: capacityStatus(caseloadPerFte(followed, currentFte)),
      capacityAfter: capacityStatus(caseloadPerFte(followed, suggestedFte)),
      costBefore,
      costAfter,
      costChange: Money.subtract(costAfter, costBefore),
    };
  });
  const activeTotal = rows.reduce((sum, row) => sum + row.activeParticipants, 0);
  const suggestedTotal = Fte.sum(suggested);
  const rest = prorateAnnual(input.budget, period, 'budget');
  if (!rest.ok) return rest;
  const whole = prorateAnnual(input.budget, { start: yearStart, end: yearEnd }, 'budget');
  if (!whole.ok) return whole;
  const restBudget = rest.value;
  const yearBudget = whole.value;
  const yearMarginAfter = Money.subtract(yearBudget, yearAfter);
  return ok({
    method: input.method,
    step: input.step,
    period,
    rows,
    totals: {
      activeParticipants: activeTotal,
      currentFte: currentTotal,
      suggestedFte: suggestedTotal,
      change: Fte.difference(suggestedTotal, currentTotal),
      caseloadBefore: caseloadPerFte(activeTotal, currentTotal),
      caseloadAfter: caseloadPerFte(activeTotal, suggestedTotal),
      costBefore: restBefore.total,
      costAfter: restAfter.total,
      costChange: Money.subtract(restAfter.total, restBefore.total),
    },
    budget: {
      annualBudget: input.budget,
      restBudget,
      restCostBefore: restBefore.total,
      restCostAfter: restAfter.total,
      restCostChange: Money.subtract(restAfter.total, restBefore.total),
      restMarginBefore: Money.subtract(restBudget, restBefore.total),
      restMarginAfter: Money.subtract(restBudget, restAfter.total),
      yearBudget,
      yearCostBefore: yearBefore,
      yearCostAfter: yearAfter,
      yearMarginBefore: Money.subtract(yearBudget, yearBefore),
      yearMarginAfter,
      withinBudget: yearMarginAfter >= 0,
    },
  });
}
