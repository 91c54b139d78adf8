// A report as a chart (issue 19 item 1), loaded lazily with recharts: bars against the goal
// line, stacked bars per month, a funnel, grouped bars before → after. Every series has a
// hatch as well as a colour and the bars carry their figures, so nothing depends on colour;
// the figures are a press away as a table (ChartWithTable).
import { useId } from 'react';
import { Typography } from '@mui/material';
import { useLocaleState } from 'react-admin';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartWithTable } from '../common/ChartWithTable';
import { formatDecimal, formatMoney } from '../lib/format';
import { chartTextsOf } from './chartTexts';
import { type ChartData, hasFigures } from './reportChartData';
import { SeriesPatterns, patternId, seriesColour } from './patterns';

export interface ReportChartProps {
  readonly chart: ChartData;
  /** What the chart shows (the report's title). */
  readonly title: string;
  /** The heading of the table's first column (e.g. "Månad"). */
  readonly categoryLabel: string;
  readonly height?: number;
}

/** A figure as the table and the bar labels write it: "45 %" or "12", "–" when hidden. */
export function figureText(value: string | number | null, unit: ChartData['unit']): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  if (unit === 'money') return formatMoney(value);
  return unit === 'percent' ? `${formatDecimal(value, 0)} %` : formatDecimal(value, 0);
}

export function ReportChart({ chart, title, categoryLabel, height = 320 }: ReportChartProps) {
  const [locale] = useLocaleState();
  const texts = chartTextsOf(locale);
  const prefix = `chart${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const format = (value: string | number | null) => figureText(value, chart.unit);
  const caption = texts.caption(title);
  if (!hasFigures(chart)) {
    return (
      <figure style={{ margin: 0 }} data-testid="report-chart" data-chart-kind={chart.kind}>
        <figcaption>{caption}</figcaption>
        <Typography variant="body2" data-testid="chart-empty">
          {texts.empty}
        </Typography>
      </figure>
    );
  }
  const funnel = chart.kind === 'funnel';
  const bars = chart.series.filter((s) => s.key !== 'goal');
  const goal = chart.series.find((s) => s.key === 'goal');
  const label = (value: unknown) => (typeof value === 'number' && value !== 0 ? format(value) : '');
  return (
    <div data-testid="report-chart" data-chart-kind={chart.kind}>
      <ChartWithTable
        caption={caption}
        rowHeader={{ key: 'category', label: categoryLabel }}
        columns={chart.series}
        rows={chart.rows}
        format={format}
        height={funnel ? Math.max(height, chart.rows.length * 44 + 60) : height}
      >
        <ResponsiveContainer width="100%" height="100%">
          {/* Recharts' keyboard layer would be focusable inside the hidden drawing. */}
          <ComposedChart
            data={[...chart.rows]}
            layout={funnel ? 'vertical' : 'horizontal'}
            margin={{ top: 20, right: 40, bottom: 0, left: funnel ? 40 : 0 }}
            accessibilityLayer={false}
          >
            <SeriesPatterns prefix={prefix} count={bars.length} />
            <CartesianGrid strokeDasharray="3 3" />
            {funnel ? (
              <>
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="category" width={180} />
              </>
            ) : (
              <>
                <XAxis dataKey="category" interval={0} angle={-20} textAnchor="end" height={70} />
                <YAxis
                  allowDecimals={false}
                  width={chart.unit === 'money' ? 90 : 60}
                  {...(chart.unit === 'percent' ? { domain: [0, 100], unit: ' %' } : {})}
                  {...(chart.unit === 'money'
                    ? { tickFormatter: (v: number) => formatMoney(v) }
                    : {})}
                />
              </>
            )}
            <Tooltip formatter={(value) => format(typeof value === 'number' ? value : null)} />
            <Legend />
            {bars.map((series, index) => (
              <Bar
                key={series.key}
                dataKey={series.key}
                name={series.label}
                fill={`url(#${patternId(prefix, index)})`}
                stroke={seriesColour(index)}
                isAnimationActive={false}
                {...(chart.kind === 'stacked' ? { stackId: 'all' } : {})}
              >
                {chart.kind !== 'stacked' && (
                  <LabelList
                    dataKey={series.key}
                    position={funnel ? 'right' : 'top'}
                    formatter={label}
                  />
                )}
              </Bar>
            ))}
            {goal && (
              <Line
                dataKey="goal"
                name={goal.label}
                stroke="#B00020"
                strokeWidth={2}
                strokeDasharray="6 4"
                dot={{ r: 5, fill: '#FFFFFF', stroke: '#B00020', strokeWidth: 2 }}
                isAnimationActive={false}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </ChartWithTable>
    </div>
  );
}
