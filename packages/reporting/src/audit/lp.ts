/**
 * The attacker's linear program, in the shape any LP solver takes: variables `x ≥ 0` (the
 * hidden counts, integers relaxed to reals, as every disclosure audit does) and rows
 * `lower ≤ Σ coefficient · x ≤ upper`. The auditor asks for the smallest and largest value
 * of some variables; the solver is injected (`highsLpSolver`), so this package stays pure.
 */
export type LpRow = {
  readonly indices: readonly number[];
  readonly values: readonly number[];
  readonly lower: number;
  readonly upper: number;
};

export type LinearProgram = {
  /** Number of variables, each bounded below by 0 and unbounded above. */
  readonly variables: number;
  readonly rows: readonly LpRow[];
};

/** The feasible range of one variable; `max` is `Infinity` when nothing bounds it. */
export type Interval = { readonly min: number; readonly max: number };

export type LpSolver = {
  /**
   * For each target variable, its minimum and maximum over the feasible set. Throws
   * `LpSolveError` when the program is infeasible or the solver fails: a table whose
   * relations contradict its own cells must never be treated as protected.
   */
  ranges(program: LinearProgram, targets: readonly number[]): Interval[];
};

export class LpSolveError extends Error {
  override readonly name = 'LpSolveError';
}
