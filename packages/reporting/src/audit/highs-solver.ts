import type { Highs, InitOptions } from 'highs';
import {
  type Interval,
  type LinearProgram,
  type LpSolver,
  LpSolveError,
  type Objective,
  type OpenProgram,
  type Optimum,
} from './lp.js';

/**
 * An `LpSolver` on HiGHS (compiled to WebAssembly, the `highs` package). One model per
 * program, kept while only the objective changes, so each solve starts from the previous
 * basis. Pure computation on an already loaded instance.
 */
export function highsLpSolver(highs: Highs): LpSolver {
  const open = (program: LinearProgram): OpenProgram => openHighsProgram(highs, program);
  return {
    open,
    ranges(program: LinearProgram, targets: readonly number[]): Interval[] {
      if (targets.length === 0) return [];
      // Nothing constrains the variables: each can be anything from 0 up.
      if (program.rows.length === 0 && program.upper === undefined)
        return targets.map(() => ({ min: 0, max: Infinity }));
      const opened = open(program);
      try {
        return targets.map((target) => {
          const objective = { indices: [target], values: [1] };
          const low = opened.optimise(objective, 'min');
          const high = opened.optimise(objective, 'max');
          return {
            min: low.kind === 'optimal' ? low.value : -Infinity,
            max: high.kind === 'optimal' ? high.value : Infinity,
          };
        });
      } finally {
        opened.close();
      }
    },
  };
}

function openHighsProgram(highs: Highs, program: LinearProgram): OpenProgram {
  const { modelStatus, objectiveSense } = highs.constants;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of program.rows) {
    indices.push(...row.indices);
    values.push(...row.values);
    starts.push(indices.length);
  }
  const bound = (value: number): number =>
    value === Infinity ? highs.infinity : value === -Infinity ? -highs.infinity : value;
  const columns = program.variables;
  const model = highs.createModel({
    numCols: columns,
    numRows: program.rows.length,
    colCost: new Array<number>(columns).fill(0),
    colLower: new Array<number>(columns).fill(0),
    colUpper: Array.from({ length: columns }, (_, i) => bound(program.upper?.[i] ?? Infinity)),
    rowLower: program.rows.map((row) => bound(row.lower)),
    rowUpper: program.rows.map((row) => bound(row.upper)),
    matrix: {
      format: 'csr',
      numRows: program.rows.length,
      numCols: columns,
      starts,
      indices,
      values,
    },
  });
  // Presolve would run again on every solve and throw the previous basis away (no warm
  // start); the attacker's rows are sums with coefficients ±1, which need no scaling.
  // Measured on the outcome table at 10,000 enrollments: the first solve 1.8 s → 0.1 s.
  model.options.set({ output_flag: false, presolve: 'off', simplex_scale_strategy: 0 });
  let feasible = false;
  const costs = new Float64Array(columns);
  const everyColumn = { kind: 'range', from: 0, to: columns - 1 } as const;

  const run = (objective: Objective, sense: 'min' | 'max'): number => {
    costs.fill(0);
    objective.indices.forEach((index, i) => {
      costs[index] = (costs[index] ?? 0) + (objective.values[i] ?? 0);
    });
    if (columns > 0) model.changeColsCost(everyColumn, costs);
    model.changeObjectiveSense(sense === 'min' ? objectiveSense.minimize : objectiveSense.maximize);
    model.run();
    let status = model.getModelStatus();
    if (status === modelStatus.unknown) {
      // Without presolve, a solve that follows an unbounded one can end undecided from
      // the basis it inherited: solved again from scratch, it decides.
      model.clearSolver();
      model.run();
      status = model.getModelStatus();
    }
    return status;
  };
  const solve = (objective: Objective, sense: 'min' | 'max'): Optimum => {
    const status = run(objective, sense);
    if (status === modelStatus.optimal) {
      feasible = true;
      const solution = model.getSolution();
      return {
        kind: 'optimal',
        value: model.getObjectiveValue(),
        point: Float64Array.from(solution.colValue),
        duals: Float64Array.from(solution.rowDual),
      };
    }
    if (status === modelStatus.unbounded) return { kind: 'unbounded' };
    // "Unbounded or infeasible": once a solution has been found, it can only be unbounded;
    // before, a solve with no objective tells the two apart.
    if (status === modelStatus.unboundedOrInfeasible) {
      if (!feasible) solve({ indices: [], values: [] }, 'min');
      return { kind: 'unbounded' };
    }
    throw new LpSolveError(`HiGHS ended with model status ${status}`);
  };
  return { optimise: solve, close: () => model.dispose() };
}

/**
 * Loads HiGHS once and wraps it. Loading is asynchronous (the WebAssembly module is
 * compiled); call it once at start and pass the solver to `protectTable` and `attackTable`.
 */
export async function loadHighsLpSolver(): Promise<LpSolver> {
  // The ES entry's default export is the loader; the package's one declaration file
  // describes its CommonJS face, so the type is named here.
  const loaded: { default: unknown } = await import('highs');
  const loadHighs = loaded.default as (options?: InitOptions) => Promise<Highs>;
  return highsLpSolver(await loadHighs());
}
