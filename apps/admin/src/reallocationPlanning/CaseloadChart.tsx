// Caseload per FTE over time, one line per municipality, target drawn. Loaded lazily.
// Each line has its own dash pattern as well as its colour (not colour alone), and the
// figures are one press away as a table (ChartWithTable).
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslate } from 'react-admin';
import type { CaseloadSeries } from '../api/types';
import { ChartWithTable } from '../common/ChartWithTable';
import { formatDecimal } from '../lib/format';
import { colourAt, dashAt, toChartRows } from './caseloadData';

export function CaseloadChart({ series }: { series: CaseloadSeries }) {
  const translate = useTranslate();
  const rows = toChartRows(series);
  return (
    <ChartWithTable
      caption={translate('app.reallocation.chart_label', { target: series.target })}
      rowHeader={{ key: 'month', label: translate('app.reallocation.month') }}
      columns={series.municipalities.map((line) => ({ key: line.key, label: line.label }))}
      rows={rows}
      format={(value) =>
        typeof value === 'number' ? formatDecimal(value) : value === null ? '–' : value
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        {/* Recharts' keyboard layer would be focusable inside the hidden drawing; the table
            is the chart's accessible form. */}
        <LineChart
          data={rows}
          margin={{ top: 10, right: 24, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" minTickGap={16} />
          <YAxis allowDecimals={false} />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? formatDecimal(value) : '–')}
          />
          <Legend iconType="plainline" />
          <ReferenceLine
            y={series.target}
            stroke="#B00020"
            strokeDasharray="6 4"
            label={{
              value: translate('app.reallocation.target', { target: series.target }),
              position: 'insideTopRight',
            }}
          />
          {series.municipalities.map((line, index) => (
            <Line
              key={line.key}
              type="monotone"
              dataKey={line.key}
              name={line.label}
              stroke={colourAt(index)}
              strokeDasharray={dashAt(index)}
              dot={false}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartWithTable>
  );
}
