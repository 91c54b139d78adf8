import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminPage, launch } from './AdminPage';
import { OutboxPage, TodoPage, answerTo } from './TodoPages';

// The demo's coach in Nässjö and manager. The gateway runs the job queue (no SMTP in the
// tests, so every message is held in the outbox); "Att göra" reads the same due items.
const COACH = { email: 'coach.nassjo@demo.hoglandet.se', password: 'demo-coach' };
const MANAGER = { email: 'chef@demo.hoglandet.se', password: 'demo-chef' };

type Task = { id: string; kind: string; title: string; link: string | null };
type Outbox = { total: number; items: { recipient: string; subject: string; state: string }[] };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('"Att göra" and the outbox', () => {
  it('shows the coach their due follow-ups, each opening the enrollment', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login(COACH.email, COACH.password);
    const todo = new TodoPage(admin.page);
    const answer = await answerTo<{ myTasks: Task[] }>(admin.page, 'MyTasks', () => todo.open());
    const followUps = answer.myTasks.filter((t) => t.kind === 'FOLLOW_UP');
    expect(followUps.length).toBeGreaterThan(0);
    const shown = await todo.items();
    expect(shown).toEqual(answer.myTasks.map((t) => ({ title: t.title, kind: 'Uppföljning' })));
    expect(shown[0]?.title).toMatch(/^Uppföljning (3|6|12) månader: /);
    const first = followUps[0];
    await todo.openItem(first?.title ?? '');
    await admin.page.waitForURL((url) => url.toString().endsWith(first?.link ?? '-'));
  });

  it('shows the manager the outbox with the reminders the job queue held there', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login(MANAGER.email, MANAGER.password);
    const outbox = new OutboxPage(admin.page);
    // The worker writes the reminders shortly after the gateway starts: reload until it has.
    let answer: { mailOutbox: Outbox } = { mailOutbox: { total: 0, items: [] } };
    for (let attempt = 0; attempt < 60 && answer.mailOutbox.total === 0; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 1000));
      answer = await answerTo(admin.page, 'MailOutbox', () =>
        attempt === 0 ? outbox.open() : admin.page.reload().then(() => undefined),
      );
    }
    expect(answer.mailOutbox.total).toBeGreaterThan(0);
    await admin.page.getByTestId('outbox-row').first().waitFor();
    const rows = await outbox.rows();
    expect(rows).toEqual(
      answer.mailOutbox.items.map((m) => ({
        recipient: m.recipient,
        subject: m.subject,
        state: m.state === 'HELD' ? 'Kvar i utkorgen' : m.state,
      })),
    );
    expect(rows.some((r) => r.subject.startsWith('Uppföljning efter'))).toBe(true);
  });
});
