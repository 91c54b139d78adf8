import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { additiveRelations, suppress } from './suppress.js';
import { outcomeReport } from './outcome-report.js';
import { type Column, type Table, countCell, isSuppressed, valueCell } from './table.js';
import { enrollmentArb, period } from './test-support/builders.js';
import { matrixTable } from './test-support/tables.js';

const hiddenAt = (table: Table, row: string, column: string): boolean =>
  isSuppressed(table.rows.find((r) => r.key === row)?.cells[column]);

/**
 * An attacker's view: repeatedly solves every additive relation with exactly one unknown
 * cell from the published ones. Returns the hidden cells it could recover.
 */
function recoverable(table: Table): string[] {
  const known = new Set<string>();
  const hidden = new Set<string>();
  table.rows.forEach((row, i) => {
    for (const [key, cell] of Object.entries(row.cells)) {
      (isSuppressed(cell) ? hidden : known).add(`${i}/${key}`);
    }
  });
  const recovered: string[] = [];
  let progress = true;
  while (progress) {
    progress = false;
    for (const relation of additiveRelations(table)) {
      const unknown = relation
        .map((ref) => `${ref.row}/${ref.column}`)
        .filter((id) => !known.has(id));
      if (unknown.length === 1 && unknown[0] !== undefined) {
        known.add(unknown[0]);
        recovered.push(unknown[0]);
        progress = true;
      }
    }
  }
  return recovered.filter((id) => hidden.has(id));
}

function oneDim(values: readonly number[]): Table {
  const columns: Column[] = [
    { key: 'n', label: { sv: 'Antal', en: 'Count' }, kind: 'count', unit: 'persons' },
  ];
  const total = values.reduce((a, b) => a + b, 0);
  return {
    id: 'one',
    title: { sv: '', en: '' },
    dimension: { sv: '', en: '' },
    definition: { sv: '', en: '' },
    columns,
    rows: [
      ...values.map((n, i) => ({
        key: `r${i}`,
        label: { sv: '', en: '' },
        role: 'detail' as const,
        sumGroup: 'g',
        dims: {},
        cells: { n: countCell(n) },
      })),
      {
        key: 'total',
        label: { sv: '', en: '' },
        role: 'total' as const,
        sumGroup: 'g',
        dims: {},
        cells: { n: countCell(total) },
      },
    ],
  };
}

describe('suppress', () => {
  it('1-D: hides the small count and the smallest other cell of the column', () => {
    // 3 + 10 + 12 = 25. 3 < 5 is hidden; then 3 could be had as 25 − 10 − 12, so the
    // smallest other non-zero count (10) is hidden too.
    const table = suppress(oneDim([3, 10, 12]));
    expect(hiddenAt(table, 'r0', 'n')).toBe(true);
    expect(hiddenAt(table, 'r1', 'n')).toBe(true);
    expect(hiddenAt(table, 'r2', 'n')).toBe(false);
    expect(hiddenAt(table, 'total', 'n')).toBe(false);
    expect(table.disclosure).toEqual({ k: 5 });
  });

  it('2-D: hides a second cell in the row and in the column', () => {
    //        x   y | total
    //  r0    2   8 | 10      2 is hidden → r0.y (8 < 10) by the row;
    //  r1    6   9 | 15      column x then has one hidden → r1.x (6 < 8); column y → r1.y.
    //  total 8  17 | 25      Margins stay published.
    const table = suppress(
      matrixTable([
        [2, 8],
        [6, 9],
      ]),
    );
    for (const [row, column] of [
      ['r0', 'c0'],
      ['r0', 'c1'],
      ['r1', 'c0'],
      ['r1', 'c1'],
    ] as const) {
      expect(hiddenAt(table, row, column)).toBe(true);
    }
    for (const [row, column] of [
      ['r0', 'total'],
      ['r1', 'total'],
      ['total', 'c0'],
      ['total', 'c1'],
      ['total', 'total'],
    ] as const) {
      expect(hiddenAt(table, row, column)).toBe(false);
    }
    expect(recoverable(table)).toEqual([]);
  });

  it('publishes zeros and hides a zero only when nothing else is left', () => {
    // 0 + 0 + 0 = 0: nothing to hide.
    expect(suppress(oneDim([0, 0, 0])).rows.every((row) => !isSuppressed(row.cells.n))).toBe(true);
    // Row 3, 0 | 3: the complement is the total 3, not the 0.
    const table = suppress(
      matrixTable([
        [3, 0],
        [10, 10],
      ]),
    );
    expect(hiddenAt(table, 'r0', 'c0')).toBe(true);
    expect(hiddenAt(table, 'r0', 'c1')).toBe(false);
    expect(hiddenAt(table, 'r0', 'total')).toBe(true);
    expect(recoverable(table)).toEqual([]);
  });

  it('never writes a hidden cell as 0 and keeps published values', () => {
    const original = matrixTable([
      [1, 20],
      [30, 40],
    ]);
    const table = suppress(original);
    const cell = table.rows[0]?.cells.c0;
    expect(cell).toEqual({ kind: 'suppressed', suppressed: true });
    expect(table.rows[1]?.cells.total).toEqual(original.rows[1]?.cells.total);
  });

  it('hides shares with their count and when their denominator is hidden', () => {
    const table = suppress(
      matrixTable([
        [3, 0],
        [10, 10],
      ]),
    );
    // r0.c1 = 0 is published but its denominator (the row total 3) is hidden.
    const zero = table.rows[0]?.cells.c1;
    expect(zero?.kind === 'count' && isSuppressed(zero.share)).toBe(true);
    // Column c0 then hides r1.c0 (10 < 13), the total column r1.total (20 < 25): so r1.c1 = 10
    // is published without its share; the total row keeps its shares (10 / 23).
    const lost = table.rows[1]?.cells.c1;
    expect(lost?.kind === 'count' && lost.count === 10 && isSuppressed(lost.share)).toBe(true);
    const published = table.rows[2]?.cells.c1;
    expect(published?.kind === 'count' && published.share).toBeCloseTo(10 / 23);
  });

  it('hides values computed from fewer than k people or from a hidden count', () => {
    const table: Table = {
      ...oneDim([3, 10, 12]),
      columns: [
        { key: 'n', label: { sv: '', en: '' }, kind: 'count', unit: 'persons' },
        {
          key: 'median',
          label: { sv: '', en: '' },
          kind: 'value',
          unit: 'days',
          derivedFrom: ['n'],
        },
        { key: 'fte', label: { sv: '', en: '' }, kind: 'value', unit: 'fte' },
        { key: 'small', label: { sv: '', en: '' }, kind: 'value', unit: 'days' },
      ],
    };
    const withValues: Table = {
      ...table,
      rows: table.rows.map((row) => ({
        ...row,
        cells: {
          ...row.cells,
          median: valueCell(10, 50),
          fte: valueCell(1.5),
          small: valueCell(7, row.key === 'r2' ? 2 : 20),
        },
      })),
    };
    const out = suppress(withValues);
    // r1.n (10) is the complement, so its median is hidden; FTE describes no people.
    expect(hiddenAt(out, 'r1', 'median')).toBe(true);
    expect(hiddenAt(out, 'r2', 'median')).toBe(false);
    expect(hiddenAt(out, 'r1', 'fte')).toBe(false);
    // A value from 2 people is hidden.
    expect(hiddenAt(out, 'r2', 'small')).toBe(true);
    expect(hiddenAt(out, 'total', 'small')).toBe(false);
  });

  it('k = 1 hides nothing; k is validated', () => {
    const table = suppress(
      matrixTable([
        [1, 2],
        [3, 4],
      ]),
      { k: 1 },
    );
    expect(
      table.rows.every((row) => Object.values(row.cells).every((cell) => !isSuppressed(cell))),
    ).toBe(true);
    expect(() => suppress(matrixTable([[1]]), { k: 0 })).toThrow(RangeError);
  });

  it('handles row sums inside one row (outcome parts) and the derived goal difference', () => {
    // discharged 12 = work 2 + studies 6 + subsidised 0 + job seeking 4 + other 0 → work hidden,
    // then within the row its smallest non-zero partner, and the numerator 8 = 2 + 6 too.
    const rows = [
      ...Array.from({ length: 2 }, () => 'employment'),
      ...Array.from({ length: 6 }, () => 'studies'),
      ...Array.from({ length: 4 }, () => 'job_seeking'),
    ].map((code, i) => ({
      ...enrollmentBase(i),
      dischargedOn: '2024-05-01' as never,
      occupationAfter: code,
    }));
    const table = suppress(
      outcomeReport(rows, {
        period: period('2024-01-01', '2025-01-01'),
        by: 'total',
        goalShare: 0.35,
      }),
    );
    expect(hiddenAt(table, 'total', 'work')).toBe(true);
    expect(recoverable(table)).toEqual([]);
    const published = table.rows[0]?.cells;
    expect(published?.discharged?.kind).toBe('count');
  });

  const matrixArb = fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
    .chain(([r, c]) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), {
          minLength: c,
          maxLength: c,
        }),
        {
          minLength: r,
          maxLength: r,
        },
      ),
    );

  it('property: nothing from 1 to k−1 is published', () => {
    fc.assert(
      fc.property(matrixArb, fc.integer({ min: 2, max: 10 }), (matrix, k) => {
        const table = suppress(matrixTable(matrix), { k });
        for (const row of table.rows) {
          for (const cell of Object.values(row.cells)) {
            if (cell.kind === 'count') expect(cell.count === 0 || cell.count >= k).toBe(true);
          }
        }
      }),
    );
  });

  it('property: no row or column (margins included) has exactly one hidden cell; nothing is recoverable', () => {
    fc.assert(
      fc.property(matrixArb, fc.integer({ min: 2, max: 10 }), (matrix, k) => {
        const table = suppress(matrixTable(matrix), { k });
        const keys = table.columns.map((column) => column.key);
        for (const row of table.rows) {
          expect(keys.filter((key) => isSuppressed(row.cells[key])).length).not.toBe(1);
        }
        for (const key of keys) {
          expect(table.rows.filter((row) => isSuppressed(row.cells[key])).length).not.toBe(1);
        }
        expect(recoverable(table)).toEqual([]);
      }),
    );
  });

  it('property: published counts are the original ones; shares are hidden with their counts', () => {
    fc.assert(
      fc.property(matrixArb, (matrix) => {
        const original = matrixTable(matrix);
        const table = suppress(original);
        table.rows.forEach((row, i) => {
          for (const [key, cell] of Object.entries(row.cells)) {
            if (isSuppressed(cell)) continue;
            const before = original.rows[i]?.cells[key];
            expect(cell.kind === 'count' && before?.kind === 'count' ? cell.count : NaN).toBe(
              before?.kind === 'count' ? before.count : NaN,
            );
            if (cell.kind === 'count' && isSuppressed(row.cells.total)) {
              expect(cell.share === null || isSuppressed(cell.share)).toBe(true);
            }
          }
        });
      }),
    );
  });

  it('property: suppressing twice changes nothing', () => {
    fc.assert(
      fc.property(matrixArb, (matrix) => {
        const once = suppress(matrixTable(matrix));
        expect(suppress(once)).toEqual(once);
      }),
    );
  });

  it('property: 1-D columns with margins are safe too', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 10 }),
        (values) => {
          const table = suppress(oneDim(values));
          const hidden = table.rows.filter((row) => isSuppressed(row.cells.n)).length;
          expect(hidden).not.toBe(1);
          expect(recoverable(table)).toEqual([]);
        },
      ),
    );
  });

  it('property: any figure built from enrollments is safe after suppression', () => {
    fc.assert(
      fc.property(
        fc.array(enrollmentArb, { maxLength: 60 }),
        fc.constantFrom(
          'municipality' as const,
          'gender' as const,
          'ageBand' as const,
          'coach' as const,
        ),
        (sample, by) => {
          const table = suppress(
            outcomeReport(sample, {
              period: period('2022-01-01', '2027-01-01'),
              by,
              goalShare: 0.35,
            }),
          );
          expect(recoverable(table)).toEqual([]);
          for (const row of table.rows) {
            for (const cell of Object.values(row.cells)) {
              if (cell.kind === 'count') expect(cell.count === 0 || cell.count >= 5).toBe(true);
            }
          }
        },
      ),
    );
  });
});

function enrollmentBase(i: number) {
  return {
    enrollmentId: `x${i}`,
    participantId: `x${i}`,
    coachId: 'c1',
    municipalityId: 'm1',
    projectId: 'p',
    gender: 'female' as const,
    birthDate: '1990-01-01' as never,
    targetGroupFactors: [],
    enrolledOn: '2023-01-01' as never,
    dischargeReason: 'other',
    incomeBefore: [],
    incomeAfter: [],
    phases: [],
    firstEmployerContactOn: null,
    firstJobOn: null,
  };
}
