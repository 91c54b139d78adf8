import type { CellId, LinearConstraint } from '../relations.js';
import type { Table } from '../table.js';
import { type AuditWork, type CellVerdict, auditComponent, noWork } from './component-audit.js';
import type { LpSolver } from './lp.js';
import { type AttackComponent, attackerPrograms } from './program.js';

export type TableAudit = {
  /** The verdict on each hidden count asked about. */
  readonly verdicts: ReadonlyMap<CellId, CellVerdict>;
  /** Hidden counts linked by some relation share a component (an independent program). */
  readonly componentOf: ReadonlyMap<CellId, number>;
  /** The relations, as the attacker reads them from the published table. */
  readonly constraints: readonly LinearConstraint[];
  /** The independent programs (`componentOf` indexes them). */
  readonly components: readonly AttackComponent[];
  /** LPs solved and verdicts reached without one. */
  readonly work: AuditWork;
};

export type AuditOptions = {
  /** Protection limit: a count is protected when it can be anything from 0 to k. */
  readonly k: number;
  /** The hidden counts to judge (default: all). */
  readonly targets?: ReadonlySet<CellId>;
  /** Compute every range fully, not only the verdict (for comparison with `attackTable`). */
  readonly exact?: boolean;
  /** Keep, for each exposed count, the duals of the LP that bounds it (`binding`). */
  readonly explain?: boolean;
};

/**
 * The fast disclosure audit of a published table: for each hidden count asked about,
 * whether the attacker's linear program (`attackerPrograms`, the same as `attackTable`
 * solves) allows it every value from 0 to k. Only the independent program of a count's
 * own group of hidden cells is looked at (`auditComponent` for how each is decided with
 * few LPs). The verdicts are those of the plain attacker; throws `LpSolveError` when a
 * program asked about has no solution.
 */
export function auditTable(table: Table, solver: LpSolver, options: AuditOptions): TableAudit {
  const { components, componentOf, constraints } = attackerPrograms(table);
  const work = noWork();
  const verdicts = new Map<CellId, CellVerdict>();
  for (const { cells, program } of components) {
    const wanted = cells.flatMap((id, variable) =>
      options.targets === undefined || options.targets.has(id) ? [{ id, variable }] : [],
    );
    if (wanted.length === 0) continue;
    const found = auditComponent(
      program,
      wanted.map((target) => target.variable),
      solver,
      { k: options.k, exact: options.exact, explain: options.explain, work },
    );
    wanted.forEach(({ id }, position) => {
      const verdict = found[position];
      if (verdict) verdicts.set(id, verdict);
    });
  }
  return { verdicts, componentOf, constraints, components, work };
}
