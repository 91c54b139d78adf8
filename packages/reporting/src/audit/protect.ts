import type { Label } from '../table.js';
import { type Cell, type Table, isSuppressed } from '../table.js';
import { type CellId, cellId, parseCellId } from '../relations.js';
import { hiddenByLines, isSmallCount, publishHidden, thresholdOf } from '../suppress.js';
import { type TableAudit, auditTable } from './audit-table.js';
import { bindingCells } from './binding-cells.js';
import { type AuditWork, TOLERANCE, noWork } from './component-audit.js';
import { type Interval, type LpSolver, LpSolveError } from './lp.js';

export type ProtectOptions = {
  /** Smallest count that may be published (other than 0). Default 5. */
  readonly k?: number;
  /** The LP solver the audit runs on (`loadHighsLpSolver()`, created once). */
  readonly solver: LpSolver;
};

export type DisclosureErrorCode = 'DISCLOSURE.UNPROTECTABLE';

export type ProtectResult =
  | {
      readonly ok: true;
      readonly table: Table;
      /** Cells hidden beyond the small counts and the "two per line" rule. */
      readonly addedByAudit: number;
      /** LP audits run (one per round of secondary suppression, at least one). */
      readonly rounds: number;
      /** LPs solved over all rounds, and verdicts reached without one. */
      readonly work: AuditWork;
    }
  | {
      readonly ok: false;
      readonly error: { readonly code: DisclosureErrorCode; readonly message: Label };
    };

/**
 * The protection rule: a small count is protected when everything published allows it to
 * be anything from 0 to k, i.e. its feasible interval contains [0, k]. An attacker can then
 * neither exclude that the cell is 0 nor that it is a publishable count.
 */
export const isProtected = (interval: Interval | undefined, k: number): boolean =>
  interval !== undefined && interval.min <= TOLERANCE && interval.max >= k - TOLERANCE;

/**
 * Disclosure control as statistical offices do it (τ-ARGUS, sdcTable): primary
 * suppression of every count from 1 to k−1, secondary suppression by the "two per line"
 * rule, then an audit of the attacker's linear program for every small count
 * (`auditTable`: the plain LP attacker's verdicts, with few LPs). While some small count
 * is not protected, one more published count is hidden for it per round, cheapest first
 * (smallest non-zero count, ties by row then column) among the cells that bind the LP
 * exposing it (`bindingCells`; if none, of a relation it is in, else of a relation of its
 * group of hidden cells), unless this round already hid one of them; then the audit runs
 * again, once per round. A table that cannot be protected is refused with
 * `DISCLOSURE.UNPROTECTABLE`, never published unprotected: when no published count is
 * left to hide for a failing cell, or when the table contradicts its own relations (the
 * attacker's program has no solution, so no protection can be proved).
 */
export function protectTable(table: Table, options: ProtectOptions): ProtectResult {
  const k = thresholdOf(options);
  const primary = new Set<CellId>();
  table.rows.forEach((row, index) => {
    for (const column of table.columns)
      if (column.kind === 'count' && isSmallCount(row.cells[column.key], k))
        primary.add(cellId(index, column.key));
  });
  const hidden = hiddenByLines(table, k);
  const byLines = hidden.size;
  const columnOrder = new Map(table.columns.map((column, index) => [column.key, index]));
  const countOf = (id: CellId): number | undefined => {
    const { row, column } = parseCellId(id);
    const cell: Cell | undefined = table.rows[row]?.cells[column];
    return cell?.kind === 'count' ? cell.count : undefined;
  };
  const cheapest = (candidates: Iterable<CellId>): CellId | undefined => {
    let best: { id: CellId; rank: number[] } | undefined;
    for (const id of candidates) {
      const count = countOf(id);
      if (count === undefined || hidden.has(id)) continue;
      const { row, column } = parseCellId(id);
      const rank = [count === 0 ? 1 : 0, count, row, columnOrder.get(column) ?? Infinity];
      if (!best || lexLess(rank, best.rank)) best = { id, rank };
    }
    return best?.id;
  };

  // Hiding a cell only relaxes the attacker's program, so a cell that passed stays
  // protected: each round audits only the cells that failed the round before.
  let targets: ReadonlySet<CellId> = primary;
  const work = noWork();
  for (let rounds = 1; ; rounds += 1) {
    const published = publishHidden(table, hidden, k);
    const attack = auditOrUndefined(published, options.solver, targets, k);
    if (attack === undefined) return refused();
    work.lps += attack.work.lps;
    work.byBounds += attack.work.byBounds;
    work.byWitness += attack.work.byWitness;
    const failing = [...targets].filter((id) => attack.verdicts.get(id)?.protected !== true);
    if (failing.length === 0)
      return {
        ok: true,
        table: { ...published, disclosure: { k, audited: true } },
        addedByAudit: hidden.size - byLines,
        rounds,
        work,
      };
    const addedNow = new Set<CellId>();
    for (const id of failing) {
      // One new cell per failing cell, from those that move the bound exposing it, unless
      // this round already hid one of them.
      const binding = bindingCells(attack, id);
      if ([...addedNow].some((added) => binding.has(added))) continue;
      const near = attack.constraints.filter((c) => c.terms.some((t) => t.cell === id));
      if (binding.size === 0 && near.some((c) => c.terms.some((t) => addedNow.has(t.cell))))
        continue;
      const component = attack.componentOf.get(id) ?? -1;
      const pick =
        cheapest(binding) ??
        cheapest(near.flatMap((c) => c.terms.map((t) => t.cell))) ??
        cheapest(
          attack.constraints
            .filter((c) => c.terms.some((t) => attack.componentOf.get(t.cell) === component))
            .flatMap((c) => c.terms.map((t) => t.cell)),
        );
      if (pick === undefined) continue;
      hidden.add(pick);
      addedNow.add(pick);
    }
    if (addedNow.size === 0) return refused();
    targets = new Set(failing);
  }
}

/**
 * The audit, or undefined when its program has no solution: the table contradicts its own
 * relations, so nothing about its protection can be proved and it is refused.
 */
function auditOrUndefined(
  published: Table,
  solver: LpSolver,
  targets: ReadonlySet<CellId>,
  k: number,
): TableAudit | undefined {
  try {
    return auditTable(published, solver, { k, targets, explain: true });
  } catch (error) {
    if (error instanceof LpSolveError) return undefined;
    throw error;
  }
}

function refused(): ProtectResult {
  return {
    ok: false,
    error: {
      code: 'DISCLOSURE.UNPROTECTABLE',
      message: {
        sv: 'Tabellen kan inte skyddas mot röjande: dolda små antal skulle kunna räknas fram. Den lämnas därför inte ut; välj en grövre indelning eller en längre period.',
        en: 'The table cannot be protected against disclosure: hidden small counts could be worked out. It is therefore not released; choose a coarser grouping or a longer period.',
      },
    },
  };
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

/** Whether a table carries hidden cells (for notes). */
export const hiddenCount = (table: Table): number =>
  table.rows.reduce(
    (sum, row) => sum + Object.values(row.cells).filter((cell) => isSuppressed(cell)).length,
    0,
  );
