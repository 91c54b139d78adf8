import { describe, expect, it } from 'vitest';
import { cellId } from '../relations.js';
import { SUPPRESSED, type Table, countCell } from '../table.js';
import { loadHighsLpSolver } from './highs-solver.js';
import { exposedCounts, smallCounts } from './exposed-counts.js';

// One row, two parts and their total: hiding only one small part pins it (total − other).
const table = (a: number, b: number, hideA: boolean): Table => ({
  id: 't',
  title: { sv: 't', en: 't' },
  dimension: { sv: 'd', en: 'd' },
  definition: { sv: 'd', en: 'd' },
  columns: [
    {
      key: 'total',
      label: { sv: 'T', en: 'T' },
      kind: 'count',
      unit: 'persons',
      sumOf: ['a', 'b'],
    },
    { key: 'a', label: { sv: 'A', en: 'A' }, kind: 'count', unit: 'persons' },
    { key: 'b', label: { sv: 'B', en: 'B' }, kind: 'count', unit: 'persons' },
  ],
  rows: [
    {
      key: 'r',
      label: { sv: 'r', en: 'r' },
      role: 'detail',
      dims: {},
      cells: {
        total: countCell(a + b),
        a: hideA ? SUPPRESSED : countCell(a),
        b: countCell(b),
      },
    },
  ],
});

describe('smallCounts and exposedCounts', () => {
  it('finds the counts from 1 to k − 1, and the hidden one an attacker pins', async () => {
    const truth = table(3, 20, false);
    const small = smallCounts(truth, 5);
    expect([...small]).toEqual([[cellId(0, 'a'), 'r.a']]);
    const solver = await loadHighsLpSolver();
    const exposed = exposedCounts(table(3, 20, true), small, solver, 5);
    expect(exposed.map((e) => e.where)).toEqual(['r.a']);
    expect(exposed[0]?.interval).toMatchObject({ min: expect.closeTo(3), max: expect.closeTo(3) });
    expect(exposedCounts(truth, new Map(), solver, 5)).toEqual([]);
  });
});
