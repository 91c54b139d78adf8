import { type Result, Fte, divideRounded, ok } from '@finsam-se/domain';
import { type ApportionMethod } from './apportion-method.js';
import { type StepUnit, apportionSteps } from './apportion-steps.js';
import { exactWeights } from './exact-weights.js';
import { type FundingError, fundingFail } from './funding-error.js';

export type ApportionError = FundingError<
  | 'APPORTION.BAD_STEP'
  | 'APPORTION.BAD_TOTAL'
  | 'APPORTION.BAD_BOUNDS'
  | 'APPORTION.NO_WEIGHT'
  | 'APPORTION.DUPLICATE_KEY'
  | 'APPORTION.INFEASIBLE'
>;

/** A unit in hundredths of a full-time post. `weight` is demand, e.g. active participants. */
export type FteApportionUnit = {
  readonly key: string;
  readonly weight: number;
  readonly min?: Fte;
  readonly max?: Fte;
};

export type FteApportionInput = {
  readonly method: ApportionMethod;
  readonly total: Fte;
  readonly step: Fte;
  readonly units: readonly FteApportionUnit[];
};

export type FteAllocation = {
  readonly key: string;
  readonly amount: Fte;
  /** The exact proportional share total × weight ÷ Σ weights, as decimal FTE (no bounds). */
  readonly quota: number;
};

export type FteApportionment = { readonly allocations: FteAllocation[] };

const isHundredths = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

/** The quota total × weight ÷ Σ weights in decimal FTE, rounded half-up to 10⁻⁶ FTE. */
function quotaOf(total: number, weight: bigint, weightSum: bigint): number {
  return Number(divideRounded(BigInt(total) * weight * 10_000n, weightSum)) / 1_000_000;
}

/**
 * Apportions `total` FTE in whole `step`s between units in proportion to their weights,
 * within each unit's min and max. Amounts are multiples of the step and add up to the total
 * exactly. The result does not depend on the order of units; it is returned in input order.
 */
export function apportionFte(input: FteApportionInput): Result<FteApportionment, ApportionError> {
  const { step, total } = input;
  if (!isHundredths(step) || step === 0)
    return fundingFail('APPORTION.BAD_STEP', { field: 'step' });
  if (!isHundredths(total)) return fundingFail('APPORTION.BAD_TOTAL', { field: 'total' });
  if (total % step !== 0) return fundingFail('APPORTION.BAD_STEP', { field: 'total' });
  if (input.units.length === 0) return fundingFail('APPORTION.NO_WEIGHT', { field: 'units' });
  const keys = new Set<string>();
  for (const [index, unit] of input.units.entries()) {
    if (keys.has(unit.key)) {
      return fundingFail('APPORTION.DUPLICATE_KEY', { field: `units[${index}].key` });
    }
    keys.add(unit.key);
    if (!Number.isFinite(unit.weight) || unit.weight < 0) {
      return fundingFail('APPORTION.NO_WEIGHT', { field: `units[${index}].weight` });
    }
    for (const bound of ['min', 'max'] as const) {
      const value = unit[bound];
      if (value !== undefined && (!isHundredths(value) || value % step !== 0)) {
        return fundingFail('APPORTION.BAD_STEP', { field: `units[${index}].${bound}` });
      }
    }
    if (unit.min !== undefined && unit.max !== undefined && unit.min > unit.max) {
      return fundingFail('APPORTION.BAD_BOUNDS', { field: `units[${index}]` });
    }
  }
  if (input.units.every((unit) => unit.weight === 0)) {
    return fundingFail('APPORTION.NO_WEIGHT', { field: 'units' });
  }
  const weights = exactWeights(input.units.map((unit) => unit.weight));
  const seats = total / step;
  const order = input.units
    .map((unit, index) => ({ unit, index }))
    .sort((a, b) => (a.unit.key < b.unit.key ? -1 : a.unit.key > b.unit.key ? 1 : 0));
  const stepUnits: StepUnit[] = order.map(({ unit, index }) => ({
    key: unit.key,
    weight: weights[index] ?? 0n,
    min: (unit.min ?? 0) / step,
    max: unit.max === undefined ? Infinity : unit.max / step,
  }));
  const minSum = stepUnits.reduce((sum, unit) => sum + unit.min, 0);
  const maxSum = stepUnits.reduce((sum, unit) => sum + unit.max, 0);
  if (minSum > seats || maxSum < seats) {
    return fundingFail('APPORTION.INFEASIBLE', { field: minSum > seats ? 'min' : 'max' });
  }
  const steps = apportionSteps(input.method, stepUnits, seats);
  const weightSum = weights.reduce((a, b) => a + b, 0n);
  const amounts = new Array<number>(input.units.length).fill(0);
  order.forEach(({ index }, sorted) => (amounts[index] = (steps[sorted] ?? 0) * step));
  return ok({
    allocations: input.units.map((unit, index) => ({
      key: unit.key,
      amount: Fte.ofHundredths(amounts[index] ?? 0),
      quota: quotaOf(total, weights[index] ?? 0n, weightSum),
    })),
  });
}

/** A unit in decimal FTE, e.g. `{ key: '0604', weight: 9, min: 0.5 }`. */
export type ApportionUnit = {
  readonly key: string;
  readonly weight: number;
  readonly min?: number;
  readonly max?: number;
};

export type ApportionInput = {
  readonly method: ApportionMethod;
  /** Decimal FTE, e.g. 6. */
  readonly total: number;
  /** Decimal FTE, e.g. 0.5. */
  readonly step: number;
  readonly units: readonly ApportionUnit[];
};

export type Allocation = {
  readonly key: string;
  /** Decimal FTE, a whole multiple of the step. */
  readonly amount: number;
  /** The exact proportional share in decimal FTE (before rounding and bounds). */
  readonly quota: number;
};

export type Apportionment = { readonly allocations: Allocation[] };

function hundredths(value: number): number | undefined {
  const parsed = Fte.fromDecimal(value);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * {@link apportionFte} in decimal FTE: total, step, min and max such as 6 and 0.5 are turned
 * into exact hundredths first (anything finer is `APPORTION.BAD_STEP` / `APPORTION.BAD_TOTAL`).
 */
export function apportion(input: ApportionInput): Result<Apportionment, ApportionError> {
  const step = hundredths(input.step);
  if (step === undefined) return fundingFail('APPORTION.BAD_STEP', { field: 'step' });
  const total = hundredths(input.total);
  if (total === undefined) return fundingFail('APPORTION.BAD_TOTAL', { field: 'total' });
  const units: FteApportionUnit[] = [];
  for (const [index, unit] of input.units.entries()) {
    const converted: { key: string; weight: number; min?: Fte; max?: Fte } = {
      key: unit.key,
      weight: unit.weight,
    };
    for (const bound of ['min', 'max'] as const) {
      const value = unit[bound];
      if (value === undefined) continue;
      const exact = hundredths(value);
      if (exact === undefined) {
        return fundingFail('APPORTION.BAD_STEP', { field: `units[${index}].${bound}` });
      }
      converted[bound] = Fte.ofHundredths(exact);
    }
    units.push(converted);
  }
  const result = apportionFte({
    method: input.method,
    total: Fte.ofHundredths(total),
    step: Fte.ofHundredths(step),
    units,
  });
  if (!result.ok) return result;
  return ok({
    allocations: result.value.allocations.map((allocation) => ({
      key: allocation.key,
      amount: Fte.toDecimal(allocation.amount),
      quota: allocation.quota,
    })),
  });
}
