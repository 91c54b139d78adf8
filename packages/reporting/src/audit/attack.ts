import type { CellId, LinearConstraint } from '../relations.js';
import type { Table } from '../table.js';
import type { Interval, LpSolver } from './lp.js';
import { attackerPrograms } from './program.js';

/** What an attacker can learn about each hidden count of a published table. */
export type AttackResult = {
  /** The feasible range of each hidden count asked about. */
  readonly intervals: ReadonlyMap<CellId, Interval>;
  /** Hidden counts linked by some relation share a component (an independent LP). */
  readonly componentOf: ReadonlyMap<CellId, number>;
  /** The relations, as the attacker reads them from the published table. */
  readonly constraints: readonly LinearConstraint[];
};

/**
 * The plain attacker (the reference the fast auditor is tested against): on the
 * attacker's program of a published table (`attackerPrograms`), for each hidden count in
 * `targets` (default: all) one LP for its smallest and one for its largest value
 * consistent with everything published. Independent groups of hidden cells are solved as
 * separate programs. Throws `LpSolveError` when a program asked about has no solution.
 */
export function attackTable(
  table: Table,
  solver: LpSolver,
  targets?: ReadonlySet<CellId>,
): AttackResult {
  const { components, componentOf, constraints } = attackerPrograms(table);
  const intervals = new Map<CellId, Interval>();
  for (const { cells, program } of components) {
    const wanted = cells.flatMap((id, variable) =>
      targets === undefined || targets.has(id) ? [{ id, variable }] : [],
    );
    if (wanted.length === 0) continue;
    const ranges = solver.ranges(
      program,
      wanted.map((target) => target.variable),
    );
    wanted.forEach(({ id }, position) => {
      const range = ranges[position];
      if (range) intervals.set(id, range);
    });
  }
  return { intervals, componentOf, constraints };
}
