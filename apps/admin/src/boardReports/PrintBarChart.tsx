// A bar chart for the printed board report: fixed size (a print has no resize), no
// animation (the PDF is taken once), each bar labelled with its figure so the chart reads
// without colour, the goal drawn as a dashed line. The figures are also printed in the
// section's table right under it.
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatDecimal, formatPercent } from '../lib/format';
import type { Bar as BarDatum } from './reportBars';

export function PrintBarChart({
  bars,
  asShare,
  goal,
  caption,
}: {
  bars: readonly BarDatum[];
  asShare: boolean;
  goal?: number;
  caption: string;
}) {
  const text = (value: unknown) =>
    typeof value !== 'number' ? '..' : asShare ? formatPercent(value) : formatDecimal(value, 0);
  return (
    <figure style={{ margin: '8px 0', breakInside: 'avoid' }}>
      <BarChart
        width={640}
        height={220}
        data={bars.map((bar) => ({ label: bar.label, value: bar.value }))}
        margin={{ top: 18, right: 16, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 11 }} />
        <YAxis
          tick={{ fontSize: 11 }}
          tickFormatter={(v: number) => (asShare ? formatPercent(v) : String(v))}
        />
        {goal === undefined ? null : (
          <ReferenceLine
            y={goal}
            stroke="#B00020"
            strokeDasharray="6 4"
            label={{
              value: `Mål ${formatPercent(goal)}`,
              position: 'insideTopRight',
              fontSize: 11,
            }}
          />
        )}
        <Bar dataKey="value" fill="#0072B2" isAnimationActive={false}>
          <LabelList dataKey="value" position="top" formatter={text} style={{ fontSize: 11 }} />
        </Bar>
      </BarChart>
      <figcaption style={{ fontSize: 12 }}>{caption}</figcaption>
    </figure>
  );
}
