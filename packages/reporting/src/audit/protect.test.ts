import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { afterSupportReport } from '../after-support-report.js';
import { fidelityReport } from '../fidelity-report.js';
import { outcomeReport, outcomeReportFromTallies } from '../outcome-report.js';
import { cellId, parseCellId } from '../relations.js';
import { suppress } from '../suppress.js';
import { type Table, countCell, isSuppressed } from '../table.js';
import { d, enrollmentArb, followUp, period } from '../test-support/builders.js';
import { matrixTable } from '../test-support/tables.js';
import { attackTable } from './attack.js';
import { loadHighsLpSolver } from './highs-solver.js';
import type { Interval, LpSolver } from './lp.js';
import { isProtected, protectTable } from './protect.js';

let solver: LpSolver;
beforeAll(async () => {
  solver = await loadHighsLpSolver();
});

const K = 5;

/** What the attacker learns about one cell of a published table (undefined: published). */
function intervalAt(table: Table, row: string, column: string): Interval | undefined {
  const index = table.rows.findIndex((r) => r.key === row);
  return attackTable(table, solver).intervals.get(cellId(index, column));
}

/** The small counts of the original table whose interval after publication is too narrow. */
function exposed(original: Table, published: Table, k = K): string[] {
  const intervals = attackTable(published, solver).intervals;
  const out: string[] = [];
  original.rows.forEach((row, index) => {
    for (const column of original.columns) {
      const cell = row.cells[column.key];
      if (column.kind !== 'count' || cell?.kind !== 'count') continue;
      if (cell.count < 1 || cell.count >= k) continue;
      const interval = intervals.get(cellId(index, column.key));
      if (!isProtected(interval, k)) out.push(`${row.key}.${column.key}`);
    }
  });
  return out;
}

function protectedOrThrow(table: Table): Table {
  const result = protectTable(table, { k: K, solver });
  if (!result.ok) throw new Error(result.error.code);
  return result.table;
}

const tally = (
  key: string,
  kind: 'work' | 'studies' | 'subsidised_work' | 'job_seeking' | 'other',
  count: number,
) => ({
  keys: [key],
  kind,
  count,
});

describe('the LP auditor on the issue’s examples', () => {
  it('outcome: M1’s hidden subsidised work 3 = 32 − 12 − 8 − 9 is pinned by "two per line", protected after the audit', () => {
    const table = outcomeReportFromTallies(
      [
        tally('m1', 'work', 5),
        tally('m1', 'studies', 7),
        tally('m1', 'subsidised_work', 3),
        tally('m1', 'job_seeking', 8),
        tally('m1', 'other', 9),
        tally('m2', 'work', 20),
        tally('m2', 'studies', 10),
        tally('m2', 'subsidised_work', 12),
        tally('m2', 'job_seeking', 15),
        tally('m2', 'other', 11),
      ],
      { period: period('2024-01-01', '2025-01-01'), by: 'municipality', goalShare: 0.35 },
    );
    const old = suppress(table, { k: K });
    expect(intervalAt(old, 'm1', 'subsidised_work')).toEqual({ min: 3, max: 3 });
    expect(exposed(table, old)).toEqual(['m1.subsidised_work']);

    const safe = protectedOrThrow(table);
    expect(exposed(table, safe)).toEqual([]);
    expect(isSuppressed(safe.rows[0]?.cells.subsidised_work)).toBe(true);
    const m1 = intervalAt(safe, 'm1', 'subsidised_work');
    expect(m1?.min).toBeLessThanOrEqual(1e-6);
    expect(m1?.max).toBeGreaterThanOrEqual(K);
    expect(safe.disclosure).toEqual({ k: K, audited: true });
  });

  it('after-support: neither = answered − in work or studies = 14 − 11 = 3 is pinned by "two per line", protected after the audit', () => {
    const rows = [
      ...Array.from({ length: 6 }, () => followUp({ status: 'work', offsetMonths: 3 })),
      ...Array.from({ length: 5 }, () => followUp({ status: 'studies', offsetMonths: 3 })),
      ...Array.from({ length: 3 }, () => followUp({ status: 'neither', offsetMonths: 3 })),
    ];
    const table = afterSupportReport(rows, {
      period: period('2020-01-01', '2030-01-01'),
      asOf: d('2030-01-01'),
      goalShare: 0.75,
    });
    const old = suppress(table, { k: K });
    expect(intervalAt(old, '3', 'neither')).toEqual({ min: 3, max: 3 });

    const safe = protectedOrThrow(table);
    expect(exposed(table, safe)).toEqual([]);
  });

  it('a 4×4 table whose two blocks of small cells are joined by one small cell: the joint is pinned by "two per line", protected after the audit', () => {
    const table = matrixTable([
      [1, 2, 30, 30],
      [2, 1, 1, 30],
      [30, 30, 2, 1],
      [30, 30, 1, 2],
    ]);
    const old = suppress(table, { k: K });
    expect(intervalAt(old, 'r1', 'c2')).toEqual({ min: 1, max: 1 });

    const safe = protectedOrThrow(table);
    expect(exposed(table, safe)).toEqual([]);
  });

  it('fidelity: subsidised jobs are not pinned through competitive + subsidised = jobs', () => {
    const placements = [
      ...Array.from({ length: 10 }, (_, i) => ({
        enrollmentId: `c${i}`,
        municipalityId: 'm1',
        kind: 'employment' as const,
        startedOn: d('2024-03-01'),
      })),
      ...Array.from({ length: 2 }, (_, i) => ({
        enrollmentId: `s${i}`,
        municipalityId: 'm1',
        kind: 'subsidised_employment' as const,
        startedOn: d('2024-03-01'),
      })),
    ];
    const table = fidelityReport(
      { enrollments: [], posts: [], placements, referrals: [] },
      { period: period('2024-01-01', '2025-01-01'), asOf: d('2025-01-01') },
    );
    // "Two per line" without the relation between the rows (as before it was declared).
    const old = { ...suppress({ ...table, relations: [] }, { k: K }), relations: table.relations };
    expect(intervalAt(old, 'subsidised_jobs', 'numerator')).toEqual({ min: 2, max: 2 });

    const safe = protectedOrThrow(table);
    expect(exposed(table, safe)).toEqual([]);
  });

  it('refuses a table that contradicts its own relations (nothing can be proved), never publishing it', () => {
    const table = matrixTable([
      [3, 3],
      [3, 3],
    ]);
    // r0's total says 7 although the columns add up to 6 + 6 with r1 at 6: no solution.
    const broken: Table = {
      ...table,
      rows: table.rows.map((row) =>
        row.key === 'r0' ? { ...row, cells: { ...row.cells, total: countCell(7) } } : row,
      ),
    };
    const result = protectTable(broken, { k: K, solver });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('DISCLOSURE.UNPROTECTABLE');
      expect(result.error.message.sv).toMatch(/lämnas därför inte ut/);
    }
  });

  it('a table without small counts is published unchanged, audited', () => {
    const table = matrixTable([
      [10, 20],
      [0, 7],
    ]);
    const result = protectTable(table, { k: K, solver });
    expect(result.ok && result.table.rows).toEqual(table.rows);
    expect(result.ok && result.addedByAudit).toBe(0);
  });
});

describe('property: after protection no small count is narrower than [0, k] (LP attacker as oracle)', () => {
  const matrixArb = fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
    .chain(([r, c]) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), {
          minLength: c,
          maxLength: c,
        }),
        { minLength: r, maxLength: r },
      ),
    );

  const check = (original: Table, k: number): void => {
    const result = protectTable(original, { k, solver });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(exposed(original, result.table, k)).toEqual([]);
    // Published counts are the original ones and never small.
    result.table.rows.forEach((row, index) => {
      for (const [key, cell] of Object.entries(row.cells)) {
        if (cell.kind !== 'count') continue;
        expect(cell.count).toBe(
          (original.rows[index]?.cells[key] as { count: number } | undefined)?.count,
        );
        expect(cell.count === 0 || cell.count >= k).toBe(true);
      }
    });
  };

  it('random 2-D tables with margins, k from 2 to 8', () => {
    fc.assert(
      fc.property(matrixArb, fc.integer({ min: 2, max: 8 }), (matrix, k) =>
        check(matrixTable(matrix), k),
      ),
      { numRuns: 120 },
    );
  }, 120_000);

  it('random outcome tables built from enrollments, every grouping', () => {
    fc.assert(
      fc.property(
        fc.array(enrollmentArb, { maxLength: 80 }),
        fc.constantFrom(
          'municipality' as const,
          'gender' as const,
          'ageBand' as const,
          'targetGroupFactor' as const,
          'total' as const,
        ),
        (sample, by) =>
          check(
            outcomeReport(sample, {
              period: period('2022-01-01', '2027-01-01'),
              by,
              goalShare: 0.35,
            }),
            K,
          ),
      ),
      { numRuns: 100 },
    );
  }, 120_000);

  it('parseCellId reads what cellId writes', () => {
    expect(parseCellId(cellId(3, 'a_b'))).toEqual({ row: 3, column: 'a_b' });
  });
});
