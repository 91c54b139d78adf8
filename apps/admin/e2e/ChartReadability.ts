// What a chart shows a reader at a given width (issue 21 item 3): its axis labels, legend
// and figures, each found whole inside the drawing and the window and none on top of
// another. Returns the problems found, in words, so a failing test says what it saw.
import type { Locator } from 'playwright-core';

export interface ChartReading {
  /** Every tick label of the category axis, spaces left out (wrapped labels lose theirs). */
  readonly categories: string[];
  readonly legend: string[];
  readonly figures: number;
  readonly problems: string[];
}

export async function readChart(chart: Locator): Promise<ChartReading> {
  await chart.locator('.recharts-wrapper > svg.recharts-surface').waitFor();
  return chart.evaluate((root) => {
    const problems: string[] = [];
    const surface = root.querySelector('.recharts-wrapper > svg.recharts-surface');
    if (!surface) return { categories: [], legend: [], figures: 0, problems: ['no drawing'] };
    const drawing = surface.getBoundingClientRect();
    const view = document.documentElement.clientWidth;
    const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '');
    const boxOf = (el: Element) => el.getBoundingClientRect();
    const inside = (el: Element, what: string) => {
      const b = boxOf(el);
      if (b.width === 0 || b.height === 0) problems.push(`${what} "${textOf(el)}" is not drawn`);
      if (b.left < drawing.left - 1 || b.right > drawing.right + 1)
        problems.push(`${what} "${textOf(el)}" is cut off at the drawing's side`);
      if (b.top < drawing.top - 1 || b.bottom > drawing.bottom + 1)
        problems.push(`${what} "${textOf(el)}" is cut off at the drawing's top or bottom`);
      if (b.left < -1 || b.right > view + 1)
        problems.push(`${what} "${textOf(el)}" is outside the window`);
    };
    const apart = (els: Element[], what: string) => {
      const boxes = els.map(boxOf);
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b, j) => {
          const overlap =
            Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
            Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
          if (overlap)
            problems.push(
              `${what} "${textOf(els[i] as Element)}" overlaps "${textOf(els[i + j + 1] as Element)}"`,
            );
        }),
      );
    };
    // recharts 3 draws the tick labels in a layer of their own above the chart
    // (.recharts-xAxis-tick-labels), not inside the axis (.recharts-xAxis): looked for there,
    // no chart ever seemed to have axis labels.
    const ticks = (axis: string) => [
      ...surface.querySelectorAll(
        `.recharts-${axis}-tick-labels .recharts-cartesian-axis-tick-value`,
      ),
    ];
    const xTicks = ticks('xAxis');
    const yTicks = ticks('yAxis');
    for (const tick of [...xTicks, ...yTicks]) inside(tick, 'axis label');
    apart(xTicks, 'axis label');
    apart(yTicks, 'axis label');
    const across = root instanceof HTMLElement && root.dataset.chartLayout === 'bars';
    const categoryAxis =
      across || (root instanceof HTMLElement && root.dataset.chartKind === 'funnel')
        ? yTicks
        : xTicks;
    const figures = [...surface.querySelectorAll('.recharts-label-list text')].filter(
      (el) => textOf(el) !== '',
    );
    for (const figure of figures) inside(figure, 'figure');
    apart(figures, 'figure');
    const legend = [...root.querySelectorAll('.recharts-legend-item-text')];
    for (const item of legend) {
      const b = boxOf(item);
      if (b.width === 0 || b.left < -1 || b.right > view + 1)
        problems.push(`legend "${textOf(item)}" is not inside the window`);
    }
    apart(legend, 'legend');
    return {
      categories: categoryAxis.map(textOf),
      legend: legend.map((el) => el.textContent ?? ''),
      figures: figures.length,
      problems,
    };
  });
}

/** The chart's categories as its table names them (spaces left out), after a press. */
export async function tableCategories(chart: Locator): Promise<string[]> {
  await chart.getByTestId('chart-table-toggle').click();
  const table = chart.getByTestId('chart-table');
  await table.waitFor();
  const names = await table.locator('tbody th').allInnerTexts();
  await chart.getByTestId('chart-table-toggle').click();
  return names.map((name) => name.replace(/\s+/g, ''));
}
