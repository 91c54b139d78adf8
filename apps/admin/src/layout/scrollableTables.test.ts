import { describe, expect, it } from 'vitest';
import { markScrollableTables } from './scrollableTables';

/** A table whose content is `content` px wide in a box `box` px wide. */
function table(content: number, box: number, attributes: Record<string, string> = {}) {
  const element = document.createElement('table');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.defineProperty(element, 'scrollWidth', { configurable: true, get: () => content });
  Object.defineProperty(element, 'clientWidth', { configurable: true, get: () => box });
  document.body.append(element);
  return element;
}

describe('tables that scroll sideways', () => {
  it('become a named tab stop, and stop being one when they fit again', () => {
    const wide = table(900, 400);
    markScrollableTables(document.body, 'Table, scrolls sideways');
    expect(wide.tabIndex).toBe(0);
    expect(wide.getAttribute('aria-label')).toBe('Table, scrolls sideways');
    Object.defineProperty(wide, 'scrollWidth', { get: () => 400 });
    markScrollableTables(document.body, 'Table, scrolls sideways');
    expect(wide.hasAttribute('tabindex')).toBe(false);
    expect(wide.hasAttribute('aria-label')).toBe(false);
    wide.remove();
  });

  it('keep a name and tab stop of their own', () => {
    const named = table(900, 400, { 'aria-labelledby': 'report-title' });
    markScrollableTables(document.body, 'Table, scrolls sideways');
    expect(named.tabIndex).toBe(0);
    expect(named.hasAttribute('aria-label')).toBe(false);
    Object.defineProperty(named, 'scrollWidth', { get: () => 400 });
    markScrollableTables(document.body, 'Table, scrolls sideways');
    expect(named.getAttribute('aria-labelledby')).toBe('report-title');
    named.remove();
  });

  it('leave a table that fits alone', () => {
    const fits = table(401, 400);
    markScrollableTables(document.body, 'Table, scrolls sideways');
    expect(fits.hasAttribute('tabindex')).toBe(false);
    expect(fits.hasAttribute('aria-label')).toBe(false);
    fits.remove();
  });
});
