// Fills that differ by more than colour (WCAG 1.4.1): each series gets an Okabe–Ito colour
// and its own hatching, so a grey-scale print or a colour-blind reader still tells the
// bars apart; the legend shows the same swatch.

/** A colour-blind-safe palette (Okabe–Ito), cycled. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8A6D00', '#56B4E9', '#000000'];

export function seriesColour(index: number): string {
  return PALETTE[index % PALETTE.length] ?? '#000000';
}

/** The hatch drawn over a series' colour: none, diagonal, dots, cross, horizontal, … */
const HATCHES: readonly string[] = [
  '',
  'M0,8 L8,0',
  'M3,3 h2 v2 h-2 Z',
  'M0,0 L8,8 M0,8 L8,0',
  'M0,4 H8',
  'M4,0 V8',
  'M0,0 L8,8',
];

export function patternId(prefix: string, index: number): string {
  return `${prefix}-hatch-${index}`;
}

/** The `<defs>` of every series' pattern; put inside the chart's SVG. */
export function SeriesPatterns({ prefix, count }: { prefix: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, index) => {
        const hatch = HATCHES[index % HATCHES.length] ?? '';
        return (
          <pattern
            key={index}
            id={patternId(prefix, index)}
            width={8}
            height={8}
            patternUnits="userSpaceOnUse"
          >
            <rect width={8} height={8} fill={seriesColour(index)} />
            {hatch && <path d={hatch} stroke="#FFFFFF" strokeWidth={1.5} fill="#FFFFFF" />}
          </pattern>
        );
      })}
    </defs>
  );
}
