// How a report cell reads on screen. Suppressed cells (small counts) show a dash.
import type { ReportCell, ReportName, ReportRow } from '../api/types';
import { formatDecimal, formatPercent } from '../lib/format';

export const REPORTS: readonly ReportName[] = [
  'outcomeReport',
  'transitionMatrix',
  'phaseFunnel',
  'referralStats',
  'afterSupportReport',
  'costReport',
  'fidelityReport',
  'surveyReport',
  'assessmentChangeReport',
];

export const SUPPRESSED = '–';

export function cellText(cell: ReportCell | undefined): string {
  if (!cell) return '';
  if (cell.suppressed) return SUPPRESSED;
  const parts: string[] = [];
  if (cell.count !== null && cell.count !== undefined) parts.push(String(cell.count));
  if (cell.share !== null && cell.share !== undefined) {
    const pct = formatPercent(cell.share);
    parts.push(parts.length > 0 ? `(${pct})` : pct);
  }
  if (parts.length === 0 && cell.value !== null && cell.value !== undefined) {
    parts.push(formatDecimal(cell.value, Number.isInteger(cell.value) ? 0 : 1));
  }
  return parts.length > 0 ? parts.join(' ') : '';
}

export function cellFor(row: ReportRow, column: string): ReportCell | undefined {
  return row.cells.find((c) => c.column === column);
}

export function csvFileName(report: string, from: string, to: string): string {
  return `${report}_${from}_${to}.csv`;
}
