import { describe, expect, it } from 'vitest';
import type { ReportTable } from '../api/types';
import { goalOf, reportBars } from './reportBars';

const cell = (
  column: string,
  fields: Partial<{ count: number; share: number; value: number; suppressed: boolean }>,
) => ({
  column,
  count: fields.count ?? null,
  share: fields.share ?? null,
  value: fields.value ?? null,
  suppressed: fields.suppressed ?? false,
});

const table = {
  title: 'Utfall',
  titleEn: 'Outcome',
  notes: [],
  notesEn: [],
  csv: '',
  columns: [],
  rows: [
    {
      key: 'a',
      label: 'Aneby',
      labelEn: 'Aneby',
      cells: [cell('work_or_studies', { suppressed: true }), cell('goal', { value: 0.35 })],
    },
    {
      key: 'b',
      label: 'Eksjö',
      labelEn: 'Eksjö',
      cells: [cell('work_or_studies', { count: 12, share: 0.4 }), cell('goal', { value: 0.35 })],
    },
    {
      key: 'total',
      label: 'Totalt',
      labelEn: 'Total',
      cells: [cell('work_or_studies', { count: 30, share: 0.38 })],
    },
  ],
} as unknown as ReportTable;

describe('reportBars', () => {
  it('draws shares where the column has them, leaves suppressed cells out and skips the total', () => {
    expect(reportBars(table, 'work_or_studies')).toEqual({
      asShare: true,
      bars: [
        { label: 'Aneby', value: null },
        { label: 'Eksjö', value: 0.4 },
      ],
    });
  });

  it('reads the goal from the goal column', () => {
    expect(goalOf(table, 'goal')).toBe(0.35);
    expect(goalOf(table, 'missing')).toBeUndefined();
  });
});
