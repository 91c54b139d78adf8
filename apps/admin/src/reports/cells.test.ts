import { describe, expect, it } from 'vitest';
import { cellFor, cellText, csvFileName } from './cells';

const NBSP = '\u00a0';

describe('report cells', () => {
  it('shows suppressed cells as a dash', () => {
    expect(cellText({ column: 'a', count: null, share: null, value: null, suppressed: true })).toBe(
      '–',
    );
  });
  it('shows count with share, a bare share, or a value', () => {
    expect(cellText({ column: 'a', count: 12, share: 0.4, value: null, suppressed: false })).toBe(
      `12 (40${NBSP}%)`,
    );
    expect(
      cellText({ column: 'a', count: null, share: 0.355, value: null, suppressed: false }),
    ).toBe(`36${NBSP}%`);
    expect(
      cellText({ column: 'a', count: null, share: null, value: 3.25, suppressed: false }),
    ).toBe('3,3');
    expect(cellText(undefined)).toBe('');
  });
  it('finds a row cell by column and names the CSV file', () => {
    const row = {
      key: 'r',
      label: 'R',
      cells: [{ column: 'x', count: 1, share: null, value: null, suppressed: false }],
    };
    expect(cellFor(row, 'x')?.count).toBe(1);
    expect(cellFor(row, 'y')).toBeUndefined();
    expect(csvFileName('outcomeReport', '2025-01-01', '2025-06-30')).toBe(
      'outcomeReport_2025-01-01_2025-06-30.csv',
    );
  });
});
