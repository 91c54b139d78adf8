// A bar chart for the printed board report: print size (a print has no resize) unless the
// screen is narrower (useFittedWidth), laid out by the panel's chart rule (columns while
// every label fits, else horizontal bars), no animation (the PDF is taken once), each bar
// labelled with its figure so the chart reads without colour, the goal drawn as a dashed
// line. The figures are also printed in the section's table right under it.
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { chartLayoutOf } from '../charts/chartLayout';
import { formatDecimal, formatPercent } from '../lib/format';
import { useFittedWidth } from './fittedWidth';
import type { Bar as BarDatum } from './reportBars';

const PRINT_WIDTH = 640;
const TICK = { fontSize: 11 } as const;

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
  const { box, width } = useFittedWidth<HTMLElement>(PRINT_WIDTH);
  const shape = chartLayoutOf({
    width,
    categories: bars.map((bar) => bar.label),
    figures: bars.map((bar) => text(bar.value)),
    barsPerCategory: 1,
    alwaysBars: false,
  });
  const horizontal = shape.layout === 'bars';
  const valueTicks = (v: number) => (asShare ? formatPercent(v) : String(v));
  return (
    <figure ref={box} style={{ margin: '8px 0', breakInside: 'avoid' }}>
      <BarChart
        width={width}
        height={horizontal ? (shape.barsHeight ?? 220) : 220}
        layout={horizontal ? 'vertical' : 'horizontal'}
        data={bars.map((bar) => ({ label: bar.label, value: bar.value }))}
        margin={{ top: 18, right: horizontal ? shape.rightPx : 16, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" tick={TICK} tickFormatter={valueTicks} />
            <YAxis
              type="category"
              dataKey="label"
              interval={0}
              width={shape.categoryAxisPx}
              tick={{ ...TICK, width: shape.categoryAxisPx - 16 }}
            />
          </>
        ) : (
          <>
            <XAxis
              dataKey="label"
              interval={0}
              tick={{ ...TICK, width: Math.max(shape.band - 8, 40) }}
            />
            <YAxis tick={TICK} tickFormatter={valueTicks} />
          </>
        )}
        {goal === undefined ? null : (
          <ReferenceLine
            {...(horizontal ? { x: goal } : { y: goal })}
            stroke="#B00020"
            strokeDasharray="6 4"
            label={{
              value: `Mål ${formatPercent(goal)}`,
              position: horizontal ? 'insideTopLeft' : 'insideTopRight',
              fontSize: 11,
            }}
          />
        )}
        <Bar dataKey="value" fill="#0072B2" isAnimationActive={false}>
          <LabelList
            dataKey="value"
            position={horizontal ? 'right' : 'top'}
            formatter={text}
            style={{ fontSize: 11 }}
          />
        </Bar>
      </BarChart>
      <figcaption style={{ fontSize: 12 }}>{caption}</figcaption>
    </figure>
  );
}
