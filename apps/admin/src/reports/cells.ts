// How a report cell reads on screen. Suppressed cells (small counts) show a dash.
import type { ReportCell, ReportName, ReportRow, ReportUnit } from '../api/types';
import { formatDecimal, formatFte, formatMoney, formatPercent } from '../lib/format';

export const REPORTS: readonly ReportName[] = [
  'outcomeReport',
  'transitionMatrix',
  'phaseFunnel',
  'referralStats',
  'afterSupportReport',
  'costReport',
  'fidelityReport',
  'selfSupportingReport',
  'surveyReport',
  'assessmentChangeReport',
];

/**
 * What the report picker offers: every report, the outcome report's durable view and the
 * income steps before → during and during → after (§9: "före, under och efter").
 */
export type ReportChoice =
  ReportName | 'durableOutcome' | 'incomeBeforeDuring' | 'incomeDuringAfter';

export const REPORT_CHOICES: readonly ReportChoice[] = [
  'outcomeReport',
  'durableOutcome',
  ...REPORTS.filter((r) => r !== 'outcomeReport').flatMap((r): ReportChoice[] =>
    r === 'transitionMatrix' ? ['incomeBeforeDuring', 'incomeDuringAfter', r] : [r],
  ),
];

/** Choices that are another report's grouping. */
const GROUPED: Partial<Record<ReportChoice, { name: ReportName; groupBy: string }>> = {
  durableOutcome: { name: 'outcomeReport', groupBy: 'durable' },
  incomeBeforeDuring: { name: 'transitionMatrix', groupBy: 'beforeDuring' },
  incomeDuringAfter: { name: 'transitionMatrix', groupBy: 'duringAfter' },
};

/** The query behind a choice: e.g. the durable outcome is the outcome report grouped `durable`. */
export function reportQueryOf(choice: ReportChoice): { name: ReportName; groupBy?: string } {
  return GROUPED[choice] ?? { name: choice as ReportName };
}

export const SUPPRESSED = '–';

/** A value in its column's unit: goals as percent, money in kronor, averages with a decimal. */
export function valueText(value: number, unit: ReportUnit | undefined): string {
  switch (unit) {
    case 'share':
      return formatPercent(value);
    case 'ore':
      return formatMoney(value);
    case 'fte':
      return formatFte(value);
    case 'persons':
    case 'count':
      return formatDecimal(value, 0);
    case 'score':
    case 'days':
    case 'per_fte':
    case 'percentage_points':
      return formatDecimal(value, 1);
    default:
      return formatDecimal(value, Number.isInteger(value) ? 0 : 1);
  }
}

export function cellText(cell: ReportCell | undefined, unit?: ReportUnit): string {
  if (!cell) return '';
  if (cell.suppressed) return SUPPRESSED;
  const parts: string[] = [];
  if (cell.count !== null && cell.count !== undefined) parts.push(String(cell.count));
  if (cell.share !== null && cell.share !== undefined) {
    const pct = formatPercent(cell.share);
    parts.push(parts.length > 0 ? `(${pct})` : pct);
  }
  if (parts.length === 0 && cell.value !== null && cell.value !== undefined) {
    parts.push(valueText(cell.value, unit));
  }
  return parts.length > 0 ? parts.join(' ') : '';
}

export function cellFor(row: ReportRow, column: string): ReportCell | undefined {
  return row.cells.find((c) => c.column === column);
}

export function csvFileName(report: string, from: string, to: string): string {
  return `${report}_${from}_${to}.csv`;
}
