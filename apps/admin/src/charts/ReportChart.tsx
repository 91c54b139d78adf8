// A report as a chart (issue 19 item 1), loaded lazily with recharts: bars against the goal
// line, stacked bars per month, a funnel, grouped bars before → after. Every series has a
// hatch as well as a colour and the bars carry their figures, so nothing depends on colour;
// the figures are a press away as a table (ChartWithTable).
import { useId, useState } from 'react';
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
import { CHART_FONT_SIZE, type ChartLayout, chartLayoutOf } from './chartLayout';
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

const TICK = { fontSize: CHART_FONT_SIZE } as const;

/** The category and value axes: categories under columns, or beside horizontal bars. */
function axesOf(shape: ChartLayout, unit: ChartData['unit']) {
  const values = {
    allowDecimals: false,
    tick: TICK,
    ...(unit === 'percent' ? { domain: [0, 100], unit: ' %' } : {}),
    ...(unit === 'money' ? { tickFormatter: (v: number) => formatMoney(v) } : {}),
  };
  if (shape.layout === 'bars') {
    const labels = { ...TICK, width: shape.categoryAxisPx - 16 };
    return (
      <>
        <XAxis type="number" {...values} />
        <YAxis type="category" dataKey="category" width={shape.categoryAxisPx} tick={labels} />
      </>
    );
  }
  // Each label wraps within its column, level, so none runs into the next or off the drawing.
  const labels = { ...TICK, width: Math.max(shape.band - 8, 40) };
  return (
    <>
      <XAxis dataKey="category" interval={0} height={shape.categoryAxisPx} tick={labels} />
      <YAxis width="auto" {...values} />
    </>
  );
}

export function ReportChart({ chart, title, categoryLabel, height = 320 }: ReportChartProps) {
  const [locale] = useLocaleState();
  const texts = chartTextsOf(locale);
  const prefix = `chart${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const format = (value: string | number | null) => figureText(value, chart.unit);
  const caption = texts.caption(title);
  const [width, setWidth] = useState(0);
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
  const bars = chart.series.filter((s) => s.key !== 'goal');
  const goal = chart.series.find((s) => s.key === 'goal');
  const label = (value: unknown) => (typeof value === 'number' && value !== 0 ? format(value) : '');
  const stacked = chart.kind === 'stacked';
  const shape = chartLayoutOf({
    width,
    categories: chart.rows.map((row) => row.category),
    figures: stacked ? [] : chart.rows.flatMap((row) => bars.map((s) => label(row[s.key]))),
    barsPerCategory: stacked ? 1 : bars.length,
    alwaysBars: chart.kind === 'funnel',
  });
  const horizontal = shape.layout === 'bars';
  return (
    <div data-testid="report-chart" data-chart-kind={chart.kind} data-chart-layout={shape.layout}>
      <ChartWithTable
        caption={caption}
        rowHeader={{ key: 'category', label: categoryLabel }}
        columns={chart.series}
        rows={chart.rows}
        format={format}
        height={horizontal ? Math.max(height, shape.barsHeight ?? 0) : height}
      >
        <ResponsiveContainer width="100%" height="100%" onResize={(w) => setWidth(w)}>
          {/* Recharts' keyboard layer would be focusable inside the hidden drawing. */}
          <ComposedChart
            data={[...chart.rows]}
            layout={horizontal ? 'vertical' : 'horizontal'}
            margin={{ top: 20, right: shape.rightPx, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <SeriesPatterns prefix={prefix} count={bars.length} />
            <CartesianGrid strokeDasharray="3 3" />
            {axesOf(shape, chart.unit)}
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
                {...(stacked ? { stackId: 'all' } : {})}
              >
                {!stacked && (
                  <LabelList
                    dataKey={series.key}
                    position={horizontal ? 'right' : 'top'}
                    formatter={label}
                    fontSize={CHART_FONT_SIZE}
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
                // Hollow, so a bar's figure under a goal mark stays readable.
                dot={{ r: 4, fill: 'none', stroke: '#B00020', strokeWidth: 2 }}
                isAnimationActive={false}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </ChartWithTable>
    </div>
  );
}
