// A table wider than its box scrolls sideways inside it (the layout's pageFit), never the
// page (WCAG 1.4.10). Such a table is a scrolling region: a keyboard user must be able to
// reach it to scroll it (WCAG 2.1.1), and a screen reader user must hear what it is. A table
// that fits is left as it was, so only what scrolls is an extra tab stop.
import { useEffect } from 'react';

/** Set on a table this rule made focusable, so it can be undone when the table fits again. */
const MARK = 'data-scroll-region';

/** Whether the element scrolls sideways (a pixel of rounding is not scrolling). */
function scrollsSideways(element: HTMLElement): boolean {
  return element.scrollWidth > element.clientWidth + 1;
}

/** Makes each table under root that scrolls sideways focusable and named; undoes it when it fits. */
export function markScrollableTables(root: ParentNode, label: string): void {
  for (const table of root.querySelectorAll<HTMLElement>('table')) {
    const marked = table.getAttribute(MARK);
    if (scrollsSideways(table)) {
      if (marked !== null) {
        if (marked.includes('label')) table.setAttribute('aria-label', label); // the language may change
        continue;
      }
      const named = table.hasAttribute('aria-label') || table.hasAttribute('aria-labelledby');
      const focusable = table.hasAttribute('tabindex');
      if (named && focusable) continue;
      if (!focusable) table.tabIndex = 0;
      if (!named) table.setAttribute('aria-label', label);
      table.setAttribute(MARK, [focusable ? '' : 'tabindex', named ? '' : 'label'].join(' '));
    } else if (marked !== null) {
      if (marked.includes('tabindex')) table.removeAttribute('tabindex');
      if (marked.includes('label')) table.removeAttribute('aria-label');
      table.removeAttribute(MARK);
    }
  }
}

/** Keeps markScrollableTables true while the page changes or the window is resized. */
export function useScrollableTables(label: string): void {
  useEffect(() => {
    let frame = 0;
    // A table's box also narrows with no change to the page (the menu sliding open): each
    // table's size, and its parts', is watched as well as the page's content and the window.
    const sizes = new ResizeObserver(() => check());
    const check = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        markScrollableTables(document.body, label);
        // Its parts too: a table's content can grow past its box with no change to either
        // the page's nodes or the box (a text field's outline measured after fonts load).
        for (const table of document.body.querySelectorAll('table')) {
          sizes.observe(table);
          for (const part of table.children) sizes.observe(part);
        }
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', check);
    check();
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      sizes.disconnect();
      window.removeEventListener('resize', check);
    };
  }, [label]);
}
