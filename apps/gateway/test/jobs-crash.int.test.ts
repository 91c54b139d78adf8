import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalDate } from '@finsam-se/domain';
import { createTestPersistence, type TestPersistence } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockholmDateOf } from '../src/clock/today.js';
import { type RunningWorker, startWorker } from '../src/jobs/worker.js';
import { smtpMailer } from '../src/mail/mailer.js';
import { givenDueFollowUp, jobDeps } from './support/job-world.js';
import { type MailServer, startMailServer } from './support/mail-server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

let db: TestPersistence;
let smtp: MailServer;
let child: ChildProcess | undefined;
let second: RunningWorker | undefined;
let output = '';

beforeAll(async () => {
  db = await createTestPersistence();
  smtp = await startMailServer();
});

afterAll(async () => {
  child?.kill('SIGKILL');
  await second?.stop();
  await smtp?.close();
  await db?.close();
});

const until = async (check: () => Promise<boolean> | boolean, what: string) => {
  const give = Date.now() + 120_000;
  while (!(await check())) {
    if (Date.now() > give) throw new Error(`waited in vain for ${what}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe('a worker killed in the middle of a job', () => {
  it('loses nothing and does nothing twice: the next worker sends the mail once', async () => {
    const w = await givenDueFollowUp(db, {
      dueOn: LocalDate.addDays(stockholmDateOf(new Date()), 2),
    });
    // The first worker is `npm run worker` as its own process; the SMTP server takes its
    // message's data and never answers, so the process is killed while the send job runs.
    smtp.stall(true);
    child = spawn('node', [path.join(root, 'apps/gateway/dist/jobs/worker-main.js')], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        PII_KEY: db.piiKey,
        SMTP_URL: smtp.url,
        PUBLIC_URL: 'https://se.example.org',
        LOG_LEVEL: 'warn',
        INIT_CWD: root,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    await until(() => smtp.started() >= 1, 'the first worker to start sending');
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    // What the dead worker had done is there; what it was doing was rolled back.
    const outbox = () =>
      db.database.queryOwner<{ id: string; state: string; attempts: number }>(
        `SELECT id, state, attempts FROM mail_outbox WHERE association_id = $1`,
        [w.world.associationId],
      );
    expect((await outbox()).map((m) => m.state)).toEqual(['pending']);
    expect(smtp.received).toHaveLength(0);

    // A second worker (the gateway's, say) finds the pending message by its next scan.
    smtp.stall(false);
    second = await startWorker(
      jobDeps(db, { mailer: smtpMailer(smtp.url, 'Höglandet SE <no-reply@se.example.org>') }),
      { connectionString: db.url, schedule: false, pollInterval: 200 },
    );
    await second.scan();
    await until(async () => (await outbox())[0]?.state === 'sent', 'the second worker to send');
    await second.scan();
    await second.scan();
    // Let anything wrongly queued run before counting.
    await until(
      async () =>
        (
          await db.database.queryOwner<{ n: number }>(
            `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE locked_by IS NULL`,
          )
        )[0]?.n === 0,
      'the queue to drain',
    );
    expect(smtp.received.map((m) => m.to)).toEqual([[w.coachUser.email]]);
    expect(await outbox()).toHaveLength(1);
    const effects = await db.database.queryOwner(
      `SELECT key FROM job_effects WHERE association_id = $1`,
      [w.world.associationId],
    );
    expect(effects).toEqual([{ key: `follow-up:${w.followUpId}` }]);
  });
});
