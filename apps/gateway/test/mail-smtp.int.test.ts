import { LocalDate } from '@finsam-se/domain';
import { createTestPersistence, type TestPersistence } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockholmDateOf } from '../src/clock/today.js';
import { type RunningWorker, startWorker } from '../src/jobs/worker.js';
import { smtpMailer } from '../src/mail/mailer.js';
import { givenDueFollowUp, jobDeps } from './support/job-world.js';
import { type MailServer, decoded, startMailServer } from './support/mail-server.js';

let db: TestPersistence;
let smtp: MailServer;
let worker: RunningWorker;
const today = stockholmDateOf(new Date());

const until = async (check: () => Promise<boolean>) => {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 200));
};

beforeAll(async () => {
  db = await createTestPersistence();
  smtp = await startMailServer();
  const deps = jobDeps(db, {
    mailer: smtpMailer(smtp.url, 'Höglandet SE <no-reply@se.example.org>'),
    mailAttempts: 2,
  });
  worker = await startWorker(deps, {
    connectionString: db.url,
    schedule: false,
    pollInterval: 200,
  });
});

afterAll(async () => {
  await worker?.stop();
  await smtp?.close();
  await db?.close();
});

const outbox = (associationId: string) =>
  db.database.queryOwner<{
    id: string;
    state: string;
    attempts: number;
    last_error: string | null;
  }>(`SELECT id, state, attempts, last_error FROM mail_outbox WHERE association_id = $1`, [
    associationId,
  ]);

describe('mail over SMTP from the job queue', () => {
  it('sends the coach a Swedish reminder in text and HTML, marks it sent and audits the send', async () => {
    const w = await givenDueFollowUp(db, { dueOn: LocalDate.addDays(today, 3) });
    const before = smtp.received.length;
    await worker.scan();
    await smtp.waitForReceived(before + 1);
    const message = smtp.received[before];
    expect(message?.to).toEqual([w.coachUser.email]);
    const body = decoded(message?.raw ?? '');
    expect(body).toMatch(/Subject: =\?UTF-8\?|Subject: Uppf/);
    expect(body).toContain('Content-Type: text/plain');
    expect(body).toContain('Content-Type: text/html');
    expect(body).toContain(
      `Uppföljningen 3 månader efter avslut för ${w.participant.firstName} ${w.participant.lastName}`,
    );
    expect(body).not.toContain(w.participant.personnummer.slice(0, 8));
    await until(async () => (await outbox(w.world.associationId))[0]?.state === 'sent');
    const [row] = await outbox(w.world.associationId);
    expect(body).toContain(`Message-ID: <${row?.id}@finsam-se.invalid>`);
    const audit = await db.database.queryOwner<{ entity: string }>(
      `SELECT entity FROM audit_log WHERE association_id = $1 AND role = 'system' ORDER BY id`,
      [w.world.associationId],
    );
    expect(audit.map((a) => a.entity)).toEqual(['mail', 'mail_sent']);
  });

  it('retries a refused message with backoff, then shows it failed, to the manager too', async () => {
    const w = await givenDueFollowUp(db, { dueOn: LocalDate.addDays(today, 5) });
    smtp.refuse.add(w.coachUser.email);
    await worker.scan();
    await until(async () => (await outbox(w.world.associationId))[0]?.state === 'failed');
    const [row] = await outbox(w.world.associationId);
    expect(row?.attempts).toBe(2);
    expect(row?.last_error).toContain('550');
    const failures = await db.database.queryOwner<{
      task: string;
      attempts: number;
      final: boolean;
    }>(`SELECT task, attempts, final FROM job_failures WHERE association_id = $1`, [
      w.world.associationId,
    ]);
    expect(failures).toEqual([{ task: 'mail-send', attempts: 2, final: true }]);
    expect(smtp.received.some((m) => m.to.includes(w.coachUser.email))).toBe(false);
  });
});
