import type { Interval, LinearProgram, LpSolver } from './lp.js';
import { propagateBounds } from './propagate.js';

/** Slack for the solver's floating point: a bound within this of the limit meets it. */
export const TOLERANCE = 1e-6;
/** Bounds propagation decides only with this much room beyond the tolerance. */
const BOX_MARGIN = 1e-6;

/**
 * What the audit knows of one hidden count. `protected` is exactly what the plain LP
 * attacker's interval would give (`isProtected`). With `exact`, `interval` is the LP's
 * range; without, it is an inner part of it for a protected count (points that were
 * found feasible) and an outer bound for an exposed one (bounds propagation).
 */
export type CellVerdict = {
  readonly protected: boolean;
  readonly interval: Interval;
  readonly exact: boolean;
  /**
   * With `explain`, for an exposed count: the row duals of the LP that bounds it (its
   * minimum when it cannot be 0, else its maximum). A row with a non-zero dual binds the
   * attacker; hiding a published cell of such a row can widen the range.
   */
  readonly binding?: Float64Array;
};

/** How each verdict was reached, for the bench and the README's figures. */
export type AuditWork = {
  /** LPs solved (every objective counts once). */
  lps: number;
  /** Exposed counts decided by bounds propagation, no LP. */
  byBounds: number;
  /** Counts whose 0 or k was seen in a point found for other counts. */
  byWitness: number;
};

export const noWork = (): AuditWork => ({ lps: 0, byBounds: 0, byWitness: 0 });

type Side = { value: number; exact: boolean };

/**
 * The audit of one independent program for the given target variables, with k the
 * protection limit. Exact but cheaper than two LPs per target:
 * 1. bounds propagation proves a count exposed when its box is narrower than [0, k];
 * 2. one model is kept for every objective (warm start);
 * 3. minimising the sum of the open counts finds a point where many are 0 at once, and
 *    maximising the sum of min(x, k) one where many reach k: each feasible point proves
 *    "can be 0" or "can be k" for every count it shows so, and the rounds repeat on the
 *    counts still open while they make progress;
 * 4. the counts left get one LP per open side, which also decides exposure exactly.
 * `exact: true` computes every range fully (the test's comparison with the plain LP).
 * Throws `LpSolveError` when the program has no solution, as the plain attacker does.
 */
export function auditComponent(
  program: LinearProgram,
  targets: readonly number[],
  solver: LpSolver,
  options: {
    readonly k: number;
    readonly exact?: boolean;
    readonly explain?: boolean;
    readonly work?: AuditWork;
  },
): CellVerdict[] {
  const { k, exact = false, explain = false } = options;
  const work = options.work ?? noWork();
  const box = propagateBounds(program);
  const low: (Side | undefined)[] = targets.map(() => undefined);
  const high: (Side | undefined)[] = targets.map(() => undefined);
  const decided = targets.map(() => false);
  targets.forEach((variable, i) => {
    if (!box) return;
    const lower = box.lower[variable] ?? 0;
    const upper = box.upper[variable] ?? Infinity;
    const pinned = upper - lower <= TOLERANCE * 1e-3;
    if (
      pinned ||
      (!exact && (upper < k - TOLERANCE - BOX_MARGIN || lower > TOLERANCE + BOX_MARGIN))
    ) {
      low[i] = { value: lower, exact: pinned };
      high[i] = { value: upper, exact: pinned };
      decided[i] = true;
      work.byBounds += 1;
    }
  });

  // Verdict mode keeps a twin t ≤ min(x, k) of each open target, so that "as many as
  // possible reach k" is a bounded LP.
  const open = targets.flatMap((_, i) => (decided[i] ? [] : [i]));
  const twins = exact ? [] : open;
  const twinOf = new Map(twins.map((i, position) => [i, program.variables + position]));
  const extended: LinearProgram = {
    variables: program.variables + twins.length,
    rows: [
      ...program.rows,
      ...twins.map((i, position) => ({
        indices: [program.variables + position, targets[i] ?? 0],
        values: [1, -1],
        lower: -Infinity,
        upper: 0,
      })),
    ],
    upper: [
      ...Array.from({ length: program.variables }, (_, j) => program.upper?.[j] ?? Infinity),
      ...twins.map(() => k),
    ],
  };
  const model = solver.open(extended);
  const lpsBefore = work.lps;
  try {
    const observe = (point: Float64Array): void => {
      for (const i of open) {
        const value = point[targets[i] ?? 0] ?? 0;
        if (value <= TOLERANCE && low[i] === undefined) {
          low[i] = { value: Math.max(0, value), exact: true };
          work.byWitness += 1;
        }
        if (!exact && value >= k - TOLERANCE && high[i] === undefined) {
          high[i] = { value, exact: false };
          work.byWitness += 1;
        }
      }
    };
    const solve = (indices: number[], sense: 'min' | 'max') => {
      work.lps += 1;
      const optimum = model.optimise({ indices, values: indices.map(() => 1) }, sense);
      if (optimum.kind === 'optimal') observe(optimum.point);
      return optimum;
    };
    const binding: (Float64Array | undefined)[] = targets.map(() => undefined);
    const explainExposed = (i: number): void => {
      const variable = targets[i] ?? 0;
      const cannotBeZero = (low[i]?.value ?? 0) > TOLERANCE;
      const optimum = solve([variable], cannotBeZero ? 'min' : 'max');
      if (optimum.kind === 'optimal') binding[i] = optimum.duals;
    };
    if (explain) targets.forEach((_, i) => decided[i] && explainExposed(i));
    if (open.length === 0) {
      // Every count was decided without an LP: the program must still have a solution.
      if (work.lps === lpsBefore) solve([], 'min');
      return verdicts(targets, low, high, k, binding);
    }
    // Any vertex has most counts at 0, and one costs little to find (nothing to improve).
    solve([], 'min');
    sweep(
      open,
      (i) => low[i] === undefined,
      (list) =>
        solve(
          list.map((i) => targets[i] ?? 0),
          'min',
        ),
    );
    for (const i of open) {
      if (low[i] !== undefined) continue;
      const optimum = solve([targets[i] ?? 0], 'min');
      low[i] = { value: optimum.kind === 'optimal' ? optimum.value : 0, exact: true };
      if (optimum.kind === 'optimal' && optimum.value > TOLERANCE) binding[i] = optimum.duals;
    }
    // A count that cannot be 0 is exposed whatever its maximum (unless exact is asked).
    const wantsHigh = (i: number): boolean =>
      high[i] === undefined && (exact || (low[i]?.value ?? 0) <= TOLERANCE);
    if (!exact)
      sweep(open, wantsHigh, (list) =>
        solve(
          list.map((i) => twinOf.get(i) ?? 0),
          'max',
        ),
      );
    for (const i of open) {
      if (!wantsHigh(i)) continue;
      const variable = exact ? (targets[i] ?? 0) : (twinOf.get(i) ?? 0);
      const optimum = solve([variable], 'max');
      if (optimum.kind === 'unbounded') high[i] = { value: Infinity, exact: true };
      // t = min(x, k): its maximum is x's when below k, and only says "at least k" else.
      else {
        high[i] = { value: optimum.value, exact: exact || optimum.value < k - TOLERANCE };
        if (optimum.value < k - TOLERANCE) binding[i] ??= optimum.duals;
      }
    }
    // An exposed count reports outer bounds: a maximum only seen at some point is replaced
    // by the box's (a count that cannot be 0 needs no LP for its maximum).
    for (const i of open)
      if (high[i] === undefined || (!high[i]?.exact && (low[i]?.value ?? 0) > TOLERANCE))
        high[i] = { value: box?.upper[targets[i] ?? 0] ?? Infinity, exact: false };
    return verdicts(targets, low, high, k, explain ? binding : []);
  } finally {
    model.close();
  }
}

/**
 * Solves for the sum of the counts still open (`wanted`) while a solve makes progress;
 * stops when one leaves them all open (one LP each then decides them).
 */
function sweep(
  open: readonly number[],
  wanted: (i: number) => boolean,
  solve: (list: number[]) => unknown,
): void {
  let list = open.filter(wanted);
  while (list.length > 1) {
    solve(list);
    const still = list.filter(wanted);
    if (still.length === list.length) return;
    list = still;
  }
}

function verdicts(
  targets: readonly number[],
  low: readonly (Side | undefined)[],
  high: readonly (Side | undefined)[],
  k: number,
  binding: readonly (Float64Array | undefined)[],
): CellVerdict[] {
  return targets.map((_, i) => {
    const min = low[i] ?? { value: 0, exact: false };
    const max = high[i] ?? { value: Infinity, exact: false };
    const isProtected = min.value <= TOLERANCE && max.value >= k - TOLERANCE;
    const duals = binding[i];
    return {
      protected: isProtected,
      interval: { min: min.value, max: max.value },
      exact: min.exact && max.exact,
      ...(duals !== undefined && !isProtected ? { binding: duals } : {}),
    };
  });
}
