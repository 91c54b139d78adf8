// What reflow asks of a table too wide for its box (issue 21 item 4): it scrolls sideways
// inside its box, and a keyboard user can reach it to scroll it and hears what it is.
import type { Page } from 'playwright-core';

/**
 * The tables on the page that scroll sideways but cannot be reached with Tab or have no
 * accessible name, each described by its first header cells.
 */
export async function unreachableScrollingTables(page: Page): Promise<string[]> {
  // Let the layout's check (a frame after a change) run first.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('table')]
      .filter((table) => table.offsetParent !== null && table.scrollWidth > table.clientWidth + 1)
      .flatMap((table) => {
        const problems = [
          table.tabIndex < 0 ? 'not focusable' : '',
          table.hasAttribute('aria-label') || table.hasAttribute('aria-labelledby')
            ? ''
            : 'no name',
        ].filter(Boolean);
        const heads = [...table.querySelectorAll('th')].slice(0, 3).map((th) => th.innerText);
        return problems.length === 0
          ? []
          : [`table "${heads.join(' | ')}" scrolls sideways: ${problems.join(', ')}`];
      }),
  );
}
