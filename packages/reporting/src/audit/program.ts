import { type CellId, type LinearConstraint, cellId, linearConstraints } from '../relations.js';
import { type Table, isSuppressed } from '../table.js';
import type { LinearProgram, LpRow } from './lp.js';

/** One independent part of the attacker's program: hidden cells linked by relations. */
export type AttackComponent = {
  /** The hidden cells; variable `i` of `program` is `cells[i]`. */
  readonly cells: readonly CellId[];
  readonly program: LinearProgram;
  /** For each row of `program`, the index in `constraints` it was read from. */
  readonly rowConstraint: readonly number[];
};

/** The attacker's view of a published table, split into independent programs. */
export type AttackerPrograms = {
  readonly components: readonly AttackComponent[];
  /** Index into `components` of every hidden count. */
  readonly componentOf: ReadonlyMap<CellId, number>;
  /** The relations, as the attacker reads them from the published table. */
  readonly constraints: readonly LinearConstraint[];
};

/**
 * The attacker's linear program on a published table (τ-ARGUS / sdcTable audit): the
 * unknowns are the hidden cells of count columns, the constraints every published count,
 * every relation the table states (`linearConstraints`) and non-negativity; integers are
 * relaxed to reals. Hidden cells that share no relation, directly or through other hidden
 * cells, cannot inform each other: each connected group is its own program, and a cell's
 * range depends only on its own group's program.
 */
export function attackerPrograms(table: Table): AttackerPrograms {
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
  const lines = constraints.flatMap((constraint, source) => {
    const terms = constraint.terms.filter((term) => unknown.has(term.cell));
    if (terms.length === 0) return [];
    const constant = constraint.terms.reduce(
      (sum, term) => sum + term.coefficient * (known.get(term.cell) ?? 0),
      0,
    );
    return [{ terms, constant, sense: constraint.sense, source }];
  });

  const groups = new UnionFind();
  for (const line of lines) {
    const [first, ...rest] = line.terms;
    for (const term of rest) if (first) groups.union(first.cell, term.cell);
  }
  const componentOf = new Map<CellId, number>();
  const members: CellId[][] = [];
  const indexOfRoot = new Map<CellId, number>();
  for (const id of unknown) {
    const root = groups.find(id);
    let index = indexOfRoot.get(root);
    if (index === undefined) {
      index = members.length;
      indexOfRoot.set(root, index);
      members.push([]);
    }
    members[index]?.push(id);
    componentOf.set(id, index);
  }

  const rowsOf: LpRow[][] = members.map(() => []);
  const sourcesOf: number[][] = members.map(() => []);
  const variable = new Map<CellId, number>();
  for (const cells of members) cells.forEach((id, position) => variable.set(id, position));
  for (const line of lines) {
    const first = line.terms[0];
    if (!first) continue;
    sourcesOf[componentOf.get(first.cell) ?? -1]?.push(line.source);
    rowsOf[componentOf.get(first.cell) ?? -1]?.push({
      indices: line.terms.map((term) => variable.get(term.cell) ?? -1),
      values: line.terms.map((term) => term.coefficient),
      lower: -line.constant,
      upper: line.sense === 'eq' ? -line.constant : Infinity,
    });
  }
  const components = members.map((cells, index) => ({
    cells,
    program: { variables: cells.length, rows: rowsOf[index] ?? [] },
    rowConstraint: sourcesOf[index] ?? [],
  }));
  return { components, componentOf, constraints };
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
