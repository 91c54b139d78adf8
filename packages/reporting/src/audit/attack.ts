import { type CellId, type LinearConstraint, cellId, linearConstraints } from '../relations.js';
import { type Table, isSuppressed } from '../table.js';
import type { Interval, LinearProgram, LpRow, LpSolver } from './lp.js';

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
 * The attacker's linear program on a published table (τ-ARGUS / sdcTable audit): the
 * unknowns are the hidden cells of count columns, the constraints every published count,
 * every relation the table states (`linearConstraints`) and non-negativity; integers are
 * relaxed to reals. For each hidden count in `targets` (default: all) returns the smallest
 * and largest value consistent with all of it. Independent groups of hidden cells are
 * solved as separate programs.
 */
export function attackTable(
  table: Table,
  solver: LpSolver,
  targets?: ReadonlySet<CellId>,
): AttackResult {
  const unknown = new Set<CellId>();
  const known = new Map<CellId, number>();
  table.rows.forEach((row, index) => {
    for (const column of table.columns) {
      if (column.kind !== 'count') continue;
      const cell = row.cells[column.key];
      const id = cellId(index, column.key);
      if (isSuppressed(cell)) unknown.add(id);
      else if (cell?.kind === 'count') known.set(id, cell.count);
    }
  });
  const constraints = linearConstraints(table);
  const lines = constraints.flatMap((constraint) => {
    const terms = constraint.terms.filter((term) => unknown.has(term.cell));
    if (terms.length === 0) return [];
    const constant = constraint.terms.reduce(
      (sum, term) => sum + term.coefficient * (known.get(term.cell) ?? 0),
      0,
    );
    return [{ terms, constant, sense: constraint.sense }];
  });

  const components = new UnionFind();
  for (const line of lines) {
    const [first, ...rest] = line.terms;
    for (const term of rest) if (first) components.union(first.cell, term.cell);
  }
  const componentIndex = new Map<CellId, number>();
  const members = new Map<number, CellId[]>();
  for (const id of unknown) {
    const root = components.find(id);
    const index = componentIndex.get(root) ?? componentIndex.size;
    componentIndex.set(root, index);
    const list = members.get(index);
    if (list) list.push(id);
    else members.set(index, [id]);
  }
  const componentOf = new Map<CellId, number>();
  for (const id of unknown) componentOf.set(id, componentIndex.get(components.find(id)) ?? -1);

  const byComponent = new Map<number, typeof lines>();
  for (const line of lines) {
    const first = line.terms[0];
    if (!first) continue;
    const index = componentOf.get(first.cell) ?? -1;
    const list = byComponent.get(index);
    if (list) list.push(line);
    else byComponent.set(index, [line]);
  }

  const intervals = new Map<CellId, Interval>();
  for (const [index, cells] of members) {
    const wanted = cells.filter((id) => targets === undefined || targets.has(id));
    if (wanted.length === 0) continue;
    const variable = new Map(cells.map((id, position) => [id, position]));
    const rows: LpRow[] = (byComponent.get(index) ?? []).map((line) => ({
      indices: line.terms.map((term) => variable.get(term.cell) ?? -1),
      values: line.terms.map((term) => term.coefficient),
      lower: -line.constant,
      upper: line.sense === 'eq' ? -line.constant : Infinity,
    }));
    const program: LinearProgram = { variables: cells.length, rows };
    const ranges = solver.ranges(
      program,
      wanted.map((id) => variable.get(id) ?? -1),
    );
    wanted.forEach((id, position) => {
      const range = ranges[position];
      if (range) intervals.set(id, range);
    });
  }
  return { intervals, componentOf, constraints };
}

class UnionFind {
  private readonly parent = new Map<string, string>();

  find(id: string): string {
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root)
      root = this.parent.get(root) ?? root;
    let node = id;
    while (node !== root) {
      const next = this.parent.get(node) ?? root;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}
