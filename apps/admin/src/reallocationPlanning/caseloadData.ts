// Reshapes caseloadSeries into recharts rows: one row per month, one key per municipality.
import type { CaseloadSeries } from '../api/types';

export type ChartRow = { month: string } & Record<string, number | string | null>;

export function toChartRows(series: CaseloadSeries): ChartRow[] {
  return series.months.map((month) => {
    const row: ChartRow = { month };
    for (const line of series.municipalities) {
      const point = line.points.find((p) => p.month === month);
      row[line.key] = point?.perFte ?? null;
    }
    return row;
  });
}

/** A colour-blind-safe palette (Okabe–Ito), cycled. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

export function colourAt(index: number): string {
  return PALETTE[index % PALETTE.length] ?? '#000000';
}

/** A dash pattern per line, so lines differ by more than colour (WCAG 1.4.1). */
const DASHES = ['', '8 4', '2 3', '12 4 2 4', '4 4', '16 6', '1 6'];

export function dashAt(index: number): string {
  return DASHES[index % DASHES.length] ?? '';
}
