import type { Highs, InitOptions } from 'highs';
import { type Interval, type LinearProgram, type LpSolver, LpSolveError } from './lp.js';

/**
 * An `LpSolver` on HiGHS (compiled to WebAssembly, the `highs` package). One model per
 * program; for each target the objective is that variable alone, minimised then maximised,
 * re-solved from the previous basis. Pure computation on an already loaded instance.
 */
export function highsLpSolver(highs: Highs): LpSolver {
  const { modelStatus, objectiveSense } = highs.constants;
  return {
    ranges(program: LinearProgram, targets: readonly number[]): Interval[] {
      if (targets.length === 0) return [];
      // Nothing constrains the variables: each can be anything from 0 up.
      if (program.rows.length === 0) return targets.map(() => ({ min: 0, max: Infinity }));
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
      const model = highs.createModel({
        numCols: program.variables,
        numRows: program.rows.length,
        colCost: new Array<number>(program.variables).fill(0),
        colLower: new Array<number>(program.variables).fill(0),
        colUpper: new Array<number>(program.variables).fill(highs.infinity),
        rowLower: program.rows.map((row) => bound(row.lower)),
        rowUpper: program.rows.map((row) => bound(row.upper)),
        matrix: {
          format: 'csr',
          numRows: program.rows.length,
          numCols: program.variables,
          starts,
          indices,
          values,
        },
      });
      try {
        model.options.set({ output_flag: false });
        const extreme = (sense: 'min' | 'max'): number => {
          model.changeObjectiveSense(
            sense === 'min' ? objectiveSense.minimize : objectiveSense.maximize,
          );
          model.run();
          const status = model.getModelStatus();
          // The minimum was found first, so the program is feasible: "unbounded or
          // infeasible" when maximising can only mean unbounded.
          const unbounded =
            status === modelStatus.unbounded || status === modelStatus.unboundedOrInfeasible;
          if (unbounded && sense === 'max') return Infinity;
          if (status !== modelStatus.optimal)
            throw new LpSolveError(`HiGHS ended with model status ${status}`);
          return model.getObjectiveValue();
        };
        return targets.map((target) => {
          model.changeColCost(target, 1);
          const interval = { min: extreme('min'), max: extreme('max') };
          model.changeColCost(target, 0);
          return interval;
        });
      } finally {
        model.dispose();
      }
    },
  };
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
