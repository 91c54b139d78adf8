/**
 * The attacker's linear program, in the shape any LP solver takes: variables
 * `0 ≤ x ≤ upper` (the hidden counts, integers relaxed to reals, as every disclosure audit
 * does) and rows `lower ≤ Σ coefficient · x ≤ upper`. The auditor asks for the smallest and
 * largest value of some variables; the solver is injected (`highsLpSolver`), so this
 * package stays pure.
 */
export type LpRow = {
  readonly indices: readonly number[];
  readonly values: readonly number[];
  readonly lower: number;
  readonly upper: number;
};

export type LinearProgram = {
  /** Number of variables, each bounded below by 0. */
  readonly variables: number;
  readonly rows: readonly LpRow[];
  /** Upper bound of each variable; unbounded above when left out. */
  readonly upper?: readonly number[];
};

/** The feasible range of one variable; `max` is `Infinity` when nothing bounds it. */
export type Interval = { readonly min: number; readonly max: number };

/** A sparse objective: `Σ values[i] · x[indices[i]]`. */
export type Objective = { readonly indices: readonly number[]; readonly values: readonly number[] };

/**
 * The optimum of one objective, a point reaching it and the rows' dual values (how the
 * optimum moves per unit of each row's bound), or no finite optimum.
 */
export type Optimum =
  | {
      readonly kind: 'optimal';
      readonly value: number;
      readonly point: Float64Array;
      readonly duals: Float64Array;
    }
  | { readonly kind: 'unbounded' };

/**
 * One program kept loaded for several objectives: only the objective changes between
 * solves, so the solver starts each from the previous basis (warm start) instead of
 * building and solving the program from scratch.
 */
export type OpenProgram = {
  /** Throws `LpSolveError` when the program has no solution or the solver fails. */
  optimise(objective: Objective, sense: 'min' | 'max'): Optimum;
  /** Frees the solver's memory; the program is unusable afterwards. */
  close(): void;
};

export type LpSolver = {
  /**
   * For each target variable, its minimum and maximum over the feasible set. Throws
   * `LpSolveError` when the program is infeasible or the solver fails: a table whose
   * relations contradict its own cells must never be treated as protected.
   */
  ranges(program: LinearProgram, targets: readonly number[]): Interval[];
  /** Loads the program for several objectives (close it when done). */
  open(program: LinearProgram): OpenProgram;
};

export class LpSolveError extends Error {
  override readonly name = 'LpSolveError';
}
