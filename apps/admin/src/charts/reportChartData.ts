// Which chart a report reads best as, and its figures: a pure reshaping of the gateway's
// report table (the same figures as the table below it, suppressed cells left out of the
// drawing and written as "–" in the chart's table, never as 0).
import type { ReportCell, ReportRow, ReportTable } from '../api/types';
import type { ReportChoice } from '../reports/cells';

/**
 * `goal`: one bar per row with the goal drawn over it; `stacked`: one stacked bar per row;
 * `grouped`: bars side by side per row; `funnel`: horizontal bars, largest first.
 */
export type ChartKind = 'goal' | 'stacked' | 'grouped' | 'funnel';

export interface ChartSeries {
  readonly key: string;
  readonly label: string;
}

/** One category of the chart: its label and a value (percent or count) per series. */
export type ChartDatum = { readonly category: string } & Record<string, string | number | null>;

export interface ChartData {
  readonly kind: ChartKind;
  /** Values are percent (0–100), whole counts or money in öre. */
  readonly unit: 'percent' | 'count' | 'money';
  readonly series: readonly ChartSeries[];
  readonly rows: readonly ChartDatum[];
}

type Locale = 'sv' | 'en';

const labelOf = (row: ReportRow, locale: Locale) =>
  locale === 'en' && row.labelEn ? row.labelEn : row.label;

function cellOf(row: ReportRow, column: string): ReportCell | undefined {
  return row.cells.find((c) => c.column === column);
}

function columnLabel(table: ReportTable, key: string, locale: Locale): string {
  const column = table.columns.find((c) => c.key === key);
  if (!column) return key;
  return locale === 'en' && column.labelEn ? column.labelEn : column.label;
}

/** A share in percent, rounded to one decimal; null when hidden or not computed. */
function percentOf(cell: ReportCell | undefined, from: 'share' | 'value'): number | null {
  if (!cell || cell.suppressed) return null;
  const share = from === 'share' ? cell.share : cell.value;
  return share === null || share === undefined ? null : Math.round(share * 1000) / 10;
}

function countOf(cell: ReportCell | undefined): number | null {
  if (!cell || cell.suppressed) return null;
  return cell.count ?? null;
}

/** Share of `shareColumn` per row against the row's goal (both in percent). */
function goalChart(
  table: ReportTable,
  rows: readonly ReportRow[],
  shareColumn: string,
  locale: Locale,
): ChartData {
  return {
    kind: 'goal',
    unit: 'percent',
    series: [
      { key: 'share', label: columnLabel(table, shareColumn, locale) },
      { key: 'goal', label: columnLabel(table, 'goal', locale) },
    ],
    rows: rows.map((row) => ({
      category: labelOf(row, locale),
      share: percentOf(cellOf(row, shareColumn), 'share'),
      goal: percentOf(cellOf(row, 'goal'), 'value'),
    })),
  };
}

/** Counts of `columns` per row, drawn stacked, grouped or as a funnel. */
function countChart(
  kind: ChartKind,
  table: ReportTable,
  rows: readonly { category: string; row: ReportRow }[],
  columns: readonly string[],
  locale: Locale,
): ChartData {
  return {
    kind,
    unit: 'count',
    series: columns.map((key) => ({ key, label: columnLabel(table, key, locale) })),
    rows: rows.map(({ category, row }) => {
      const datum: Record<string, string | number | null> = { category };
      for (const key of columns) datum[key] = countOf(cellOf(row, key));
      return datum as ChartDatum;
    }),
  };
}

const REFERRAL_STATES = ['accepted', 'not_now', 'declined', 'escalated', 'pending'];

/**
 * The chart of a report choice, or null when the report reads better as its table only
 * (fidelity, costs, assessments).
 */
export function reportChartOf(
  choice: ReportChoice,
  table: ReportTable,
  locale: Locale,
): ChartData | null {
  switch (choice) {
    case 'outcomeReport':
      return goalChart(table, table.rows, 'work_or_studies', locale);
    case 'durableOutcome':
    case 'afterSupportReport':
      return goalChart(table, table.rows, 'in_work_or_studies', locale);
    case 'surveyReport':
      // One bar per survey goal (all respondents); the per-gender and per-municipality
      // rows stay in the table.
      return goalChart(
        table,
        table.rows.filter((row) => /^goal:[^:]+$/.test(row.key)),
        'agreeing',
        locale,
      );
    case 'referralStats':
      // One stacked bar per month: its total row, by the referrals' state.
      return countChart(
        'stacked',
        table,
        table.rows
          .filter((row) => row.key.endsWith('|total'))
          .map((row) => ({ category: row.key.slice(0, -'|total'.length), row })),
        REFERRAL_STATES,
        locale,
      );
    case 'phaseFunnel':
      return countChart(
        'funnel',
        table,
        table.rows.map((row) => ({ category: labelOf(row, locale), row })),
        ['reached'],
        locale,
      );
    case 'transitionMatrix':
    case 'incomeBeforeDuring':
    case 'incomeDuringAfter':
      // Rows: the income source at the first stage; bars: the source at the next.
      return countChart(
        'grouped',
        table,
        table.rows
          .filter((row) => row.key !== 'total')
          .map((row) => ({ category: labelOf(row, locale), row })),
        table.columns.map((c) => c.key).filter((key) => key !== 'total'),
        locale,
      );
    default:
      return null;
  }
}

/** Whether the chart has anything to draw (an empty period draws a message instead). */
export function hasFigures(chart: ChartData): boolean {
  return chart.rows.some((row) =>
    chart.series.some(
      (s) => s.key !== 'goal' && typeof row[s.key] === 'number' && row[s.key] !== 0,
    ),
  );
}
