// How a report chart is laid out at the width it is given (issue 21 item 3, 200 % zoom): as
// columns while every category's label and every bar's figure fit the column's width,
// otherwise as horizontal bars, whose labels wrap in a column of their own and whose figures
// stand to the right of the bars. At 640 CSS pixels (1280 at 200 %) slanted labels under
// narrow columns overlapped and ran off the drawing; bars keep every label whole.

/** The ticks' and labels' font size, and a generous width per character at that size. */
export const CHART_FONT_SIZE = 14;
const CHAR_PX = 8;
const LINE_PX = 18;
/** The most lines a column's label may wrap to before the chart turns to bars. */
const MAX_LABEL_LINES = 3;
const VALUE_AXIS_PX = 60;

export interface ChartLayoutInput {
  /** The drawing's width in CSS pixels; 0 while not measured yet. */
  readonly width: number;
  readonly categories: readonly string[];
  /** Every figure written on a bar. */
  readonly figures: readonly string[];
  /** Bars drawn side by side per category (1 when stacked). */
  readonly barsPerCategory: number;
  readonly alwaysBars: boolean;
}

export interface ChartLayout {
  readonly layout: 'columns' | 'bars';
  /** A column's width (columns layout). */
  readonly band: number;
  /** Columns: the room under the drawing for the wrapped labels; bars: the labels' column. */
  readonly categoryAxisPx: number;
  /** Room to the right of the drawing for the figures beside the longest bar. */
  readonly rightPx: number;
  /** The drawing's height in bars layout (one row per category); undefined for columns. */
  readonly barsHeight: number | undefined;
}

export const textPx = (text: string): number => text.length * CHAR_PX;

const longest = (texts: readonly string[]): number => Math.max(0, ...texts.map(textPx));

/** The lines a label wraps to at word breaks within `width` (a word longer stays whole). */
export function wrappedLines(label: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const px = textPx(word);
    if (used === 0) used = px;
    else if (used + CHAR_PX + px <= width) used += CHAR_PX + px;
    else {
      lines += 1;
      used = px;
    }
  }
  return lines;
}

export function chartLayoutOf(input: ChartLayoutInput): ChartLayout {
  const { categories, figures } = input;
  const figurePx = longest(figures);
  const band = (input.width - VALUE_AXIS_PX - 40) / Math.max(1, categories.length);
  const words = categories.flatMap((c) => c.split(/\s+/));
  const columnsFit =
    input.width > 0 &&
    longest(words) + 8 <= band &&
    figurePx + 4 <= band / Math.max(1, input.barsPerCategory) + 24 &&
    categories.every((c) => wrappedLines(c, band - 8) <= MAX_LABEL_LINES);
  if (!input.alwaysBars && (columnsFit || input.width === 0)) {
    const lines = Math.max(1, ...categories.map((c) => wrappedLines(c, band - 8)));
    return {
      layout: 'columns',
      band,
      categoryAxisPx: lines * LINE_PX + 12,
      rightPx: 24,
      barsHeight: undefined,
    };
  }
  // A whole label up to a third of the width, wrapped beyond that; never less than a word.
  const categoryAxisPx = Math.max(
    longest(words) + 16,
    Math.min(longest(categories) + 16, Math.floor(input.width / 3)),
    80,
  );
  const rowPx = Math.max(44, input.barsPerCategory * 20 + 20);
  const lines = Math.max(1, ...categories.map((c) => wrappedLines(c, categoryAxisPx - 16)));
  return {
    layout: 'bars',
    band,
    categoryAxisPx,
    rightPx: figurePx + 16,
    barsHeight: categories.length * Math.max(rowPx, lines * LINE_PX + 8) + 90,
  };
}
