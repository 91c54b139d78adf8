// Driving the panel with the keyboard alone (issue 21 item 2): Tab to a control, checking on
// the way that focus is visible (an outline while :focus-visible), and where focus is.
import type { Locator, Page } from 'playwright-core';

export interface FocusState {
  readonly visible: boolean;
  readonly description: string;
}

/** Whether the focused element shows a focus outline, and what it is (for messages). */
export async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { visible: false, description: 'body' };
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const name =
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      '';
    return {
      visible: el.matches(':focus-visible') && outlined,
      description: `${el.tagName.toLowerCase()} "${name.trim().slice(0, 60)}"`,
    };
  });
}

export class Keyboard {
  /** Every control passed on the way whose focus could not be seen. */
  readonly invisible: string[] = [];

  constructor(readonly page: Page) {}

  private async isFocused(target: Locator): Promise<boolean> {
    return target.evaluate((el) => el === document.activeElement).catch(() => false);
  }

  /** Presses Tab (or Shift+Tab) until the target has focus; at most `limit` presses. */
  async tabTo(target: Locator, { backwards = false, limit = 120 } = {}): Promise<void> {
    await target.waitFor();
    for (let i = 0; i < limit; i++) {
      if (await this.isFocused(target)) return;
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
      const focus = await focusState(this.page);
      // Past the page's last control Tab leaves the document (the browser's own bar): no
      // control of the panel is focused then.
      if (!focus.visible && focus.description !== 'body') this.invisible.push(focus.description);
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Replaces a text field's value by typing. */
  async typeInto(target: Locator, text: string): Promise<void> {
    await this.tabTo(target);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
  }

  /** Opens a focused MUI select and picks the option by arrowing to it. */
  async choose(select: Locator, option: string | RegExp, multiple = false): Promise<void> {
    await this.tabTo(select);
    await this.page.keyboard.press('Enter');
    const listbox = this.page.getByRole('listbox');
    await listbox.waitFor();
    const wanted = listbox.getByRole('option', { name: option }).first();
    for (let i = 0; i < 40 && !(await this.isFocused(wanted)); i++) {
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
    // A multiple select stays open after a choice: Escape closes it (only it: on a single
    // select, Escape during the closing animation would close the dialog).
    if (multiple) await this.page.keyboard.press('Escape');
    await listbox.waitFor({ state: 'hidden' });
  }

  /** Whether focus is inside the dialog's modal (MUI focuses the modal's container). */
  async focusIsWithin(dialog: Locator): Promise<boolean> {
    return dialog.evaluate((el) => {
      const modal = el.closest('.MuiModal-root') ?? el;
      return modal.contains(document.activeElement);
    });
  }
}
