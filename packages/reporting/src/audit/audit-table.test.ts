import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { outcomeReport } from '../outcome-report.js';
import { type CellId, cellId } from '../relations.js';
import { publishHidden, suppress } from '../suppress.js';
import type { Table } from '../table.js';
import { enrollmentArb, period } from '../test-support/builders.js';
import { matrixTable } from '../test-support/tables.js';
import { attackTable } from './attack.js';
import { auditTable } from './audit-table.js';
import { loadHighsLpSolver } from './highs-solver.js';
import type { Interval, LpSolver } from './lp.js';
import { isProtected } from './protect.js';

let solver: LpSolver;
beforeAll(async () => {
  solver = await loadHighsLpSolver();
});

const near = (a: number, b: number): boolean =>
  a === b || Math.abs(a - b) <= 1e-6 * (1 + Math.abs(a) + Math.abs(b));
const contains = (outer: Interval, inner: Interval): boolean =>
  outer.min <= inner.min + 1e-6 && outer.max >= inner.max - 1e-6;

/**
 * The fast audit against the plain LP attacker (the oracle: two LPs per hidden count):
 * the same verdict for every hidden count; where the fast audit says its interval is
 * exact, the LP's interval; where not, an inner part of the LP's for a protected count
 * and an outer bound for an exposed one. With `exact`, every interval is the LP's.
 */
function agreesWithPlainLp(published: Table, k: number): void {
  const plain = attackTable(published, solver).intervals;
  const fast = auditTable(published, solver, { k });
  const full = auditTable(published, solver, { k, exact: true });
  expect([...fast.verdicts.keys()].sort()).toEqual([...plain.keys()].sort());
  for (const [id, interval] of plain) {
    const verdict = fast.verdicts.get(id);
    expect(verdict?.protected, id).toBe(isProtected(interval, k));
    if (!verdict) continue;
    if (verdict.exact) {
      expect(near(verdict.interval.min, interval.min), id).toBe(true);
      expect(near(verdict.interval.max, interval.max), id).toBe(true);
    } else if (verdict.protected) expect(contains(interval, verdict.interval), id).toBe(true);
    else expect(contains(verdict.interval, interval), id).toBe(true);
    const exact = full.verdicts.get(id);
    expect(exact?.exact, id).toBe(true);
    expect(near(exact?.interval.min ?? NaN, interval.min), id).toBe(true);
    expect(near(exact?.interval.max ?? NaN, interval.max), id).toBe(true);
    expect(exact?.protected, id).toBe(verdict.protected);
  }
}

/** A table with the chosen count cells hidden (shares and values follow). */
function withHidden(table: Table, pick: readonly boolean[], k: number): Table {
  const hidden = new Set<CellId>();
  let i = 0;
  table.rows.forEach((row, index) => {
    for (const column of table.columns)
      if (column.kind === 'count' && row.cells[column.key]?.kind === 'count') {
        if (pick[i % pick.length]) hidden.add(cellId(index, column.key));
        i += 1;
      }
  });
  return publishHidden(table, hidden, k);
}

describe('the fast audit gives the plain LP attacker’s verdicts (property, LP as oracle)', () => {
  const matrixArb = fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }))
    .chain(([r, c]) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), {
          minLength: c,
          maxLength: c,
        }),
        { minLength: r, maxLength: r },
      ),
    );

  it('random 2-D tables with margins and any cells hidden, k from 2 to 8', () => {
    fc.assert(
      fc.property(
        matrixArb,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 2, max: 8 }),
        (matrix, pick, k) => agreesWithPlainLp(withHidden(matrixTable(matrix), pick, k), k),
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('random outcome tables after "two per line", every grouping', () => {
    fc.assert(
      fc.property(
        fc.array(enrollmentArb, { maxLength: 80 }),
        fc.constantFrom('municipality' as const, 'gender' as const, 'ageBand' as const),
        fc.integer({ min: 3, max: 8 }),
        (sample, by, k) =>
          agreesWithPlainLp(
            suppress(
              outcomeReport(sample, {
                period: period('2022-01-01', '2027-01-01'),
                by,
                goalShare: 0.35,
              }),
              { k },
            ),
            k,
          ),
      ),
      { numRuns: 80 },
    );
  }, 120_000);
});

describe('what the fast audit skips', () => {
  it('a relation with one hidden cell pins it: decided by bounds propagation, one LP only to prove the table consistent', () => {
    const published = publishHidden(
      matrixTable([
        [3, 10],
        [20, 30],
      ]),
      new Set([cellId(0, 'c0')]),
      5,
    );
    const audit = auditTable(published, solver, { k: 5 });
    expect(audit.verdicts.get(cellId(0, 'c0'))).toMatchObject({
      protected: false,
      exact: true,
      interval: { min: 3, max: 3 },
    });
    expect(audit.work).toEqual({ lps: 1, byBounds: 1, byWitness: 0 });
  }, 60_000);

  it('a wide table of small counts is decided with far fewer LPs than two per count', () => {
    const matrix = Array.from({ length: 40 }, (_, i) =>
      Array.from({ length: 5 }, (_, j) => ((i * 7 + j * 3) % 5) + (j === 4 ? 30 : 0)),
    );
    const published = suppress(matrixTable(matrix), { k: 5 });
    const targets = new Set(
      published.rows.flatMap((row, index) =>
        Object.entries(row.cells).flatMap(([key, cell]) =>
          cell.kind === 'suppressed' ? [cellId(index, key)] : [],
        ),
      ),
    );
    const audit = auditTable(published, solver, { k: 5, targets });
    expect(audit.verdicts.size).toBe(targets.size);
    expect(targets.size).toBeGreaterThan(100);
    // The plain attacker solves 2 × targets.size LPs here.
    expect(audit.work.lps).toBeLessThan(targets.size / 4);
    expect(audit.work.byWitness).toBeGreaterThan(targets.size);
  }, 120_000);
});
