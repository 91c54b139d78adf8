import { describe, expect, it } from 'vitest';
import { economyReport } from './economy.js';
import { toCsv } from './to-csv.js';
import type { Table } from './table.js';

const table = (columns: Table['columns'], value: number): Table => ({
  id: 't',
  title: { sv: 'T', en: 'T' },
  dimension: { sv: 'Kommun', en: 'Municipality' },
  definition: { sv: 'D', en: 'D' },
  columns,
  rows: [
    {
      key: 'a',
      label: { sv: 'Eksjö', en: 'Eksjö' },
      role: 'detail',
      dims: {},
      cells: { [columns[0]?.key ?? 'x']: { kind: 'value', value, basis: null } },
    },
  ],
});

const lines = (csv: string) => csv.replace('\ufeff', '').trim().split('\r\n');

describe('CSV cells in their unit', () => {
  it('keeps one decimal of an average score (3,1 stays 3,1)', () => {
    const csv = toCsv(
      table(
        [{ key: 'mean', label: { sv: 'Medel', en: 'Mean' }, kind: 'value', unit: 'score' }],
        3.14,
      ),
    );
    expect(lines(csv)[1]).toBe('Eksjö;3,1');
  });

  it('writes money in kronor under a header that says kr once', () => {
    const csv = toCsv(
      table(
        [{ key: 'cost', label: { sv: 'Kostnad', en: 'Cost' }, kind: 'value', unit: 'ore' }],
        80924913,
      ),
    );
    expect(lines(csv)).toEqual(['Kommun;Kostnad (kr)', 'Eksjö;809249,13']);
  });

  it('the cost report says kronor once: no "(öre) (kr)" in its header', () => {
    const header = lines(toCsv(economyReport([])))[0] ?? '';
    expect(header).toContain('Kostnad (kr)');
    expect(header).not.toMatch(/öre/);
  });
});
