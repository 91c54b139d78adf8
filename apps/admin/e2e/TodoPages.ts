// Page objects for "Att göra" and the manager's outbox (issue 20).
import type { Page } from 'playwright-core';

export type ShownTask = { readonly title: string; readonly kind: string };

/** The GraphQL answer the page itself received for an operation (what the page should show). */
export async function answerTo<T>(
  page: Page,
  operation: string,
  open: () => Promise<void>,
): Promise<T> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        (r.request().postData() ?? '').includes(`query ${operation}`),
    ),
    open(),
  ]);
  const body = (await response.json()) as { data: T };
  return body.data;
}

export class TodoPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: 'Att göra' }).click();
    await this.page.getByRole('heading', { name: 'Att göra', level: 1 }).waitFor();
  }

  list() {
    return this.page.getByRole('list', { name: 'Att göra' });
  }

  /** Every item shown: its title (a link where there is something to open) and its kind. */
  async items(): Promise<ShownTask[]> {
    await this.list().waitFor();
    const rows = await this.page.getByTestId('todo-item').all();
    return Promise.all(
      rows.map(async (row) => ({
        title: (await row.locator('.MuiListItemText-primary').innerText()).trim(),
        kind: (await row.locator('.MuiChip-label').first().innerText()).trim(),
      })),
    );
  }

  async openItem(title: string): Promise<void> {
    await this.list().getByRole('link', { name: title }).click();
  }
}

export class OutboxPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: 'Utkorg' }).click();
    await this.page.getByRole('heading', { name: /^Utkorg/, level: 1 }).waitFor();
  }

  /** Rows of the outbox table: recipient, subject and state as shown. */
  async rows(): Promise<{ recipient: string; subject: string; state: string }[]> {
    const rows = await this.page.getByTestId('outbox-row').all();
    return Promise.all(
      rows.map(async (row) => {
        const cells = row.locator('td');
        return {
          recipient: (await cells.nth(1).innerText()).trim(),
          subject: (await cells.nth(2).locator('summary').innerText()).trim(),
          state: (await cells.nth(3).innerText()).trim(),
        };
      }),
    );
  }
}
