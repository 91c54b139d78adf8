import { createHash } from 'node:crypto';
import { LocalDate } from '@finsam-se/domain';
import { createTestPersistence, type TestPersistence } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpDueJob } from '../src/jobs/follow-up-job.js';
import type { JobDeps } from '../src/jobs/job-deps.js';
import { planDueJobs } from '../src/jobs/scan.js';
import { givenDueFollowUp, jobDeps } from './support/job-world.js';

// "Today" for the jobs: 2026-11-20 in Stockholm.
const NOW = new Date('2026-11-20T09:00:00Z');

let db: TestPersistence;
let deps: JobDeps;

beforeAll(async () => {
  db = await createTestPersistence();
  deps = jobDeps(db, { now: () => NOW });
});

afterAll(async () => {
  await db?.close();
});

const outboxOf = (world: { world: { associationId: string } }) =>
  db.database.queryOwner<{
    template: string;
    recipient: string;
    subject: string;
    text_body: string;
    html_body: string;
    state: string;
  }>(
    `SELECT template, recipient, subject, text_body, html_body, state FROM mail_outbox WHERE association_id = $1 ORDER BY template`,
    [world.world.associationId],
  );

describe('the follow-up job', () => {
  it('acts once on a due follow-up however often and however concurrently it runs', async () => {
    const w = await givenDueFollowUp(db, {
      dueOn: LocalDate.from('2026-11-25'),
      surveyConsent: true,
    });
    const runs = await Promise.all([
      followUpDueJob(deps, w.world.associationId, w.followUpId),
      followUpDueJob(deps, w.world.associationId, w.followUpId),
    ]);
    const again = await followUpDueJob(deps, w.world.associationId, w.followUpId);
    expect(runs.map((ids) => ids.length).sort()).toEqual([0, 2]);
    expect(again).toEqual([]);
    const effects = await db.database.queryOwner(
      `SELECT key FROM job_effects WHERE association_id = $1`,
      [w.world.associationId],
    );
    expect(effects).toEqual([{ key: `follow-up:${w.followUpId}` }]);
    const invitations = await db.database.queryOwner<{ token_hash: Buffer; trigger_point: string }>(
      `SELECT token_hash, trigger_point FROM survey_invitations WHERE association_id = $1`,
      [w.world.associationId],
    );
    expect(invitations).toHaveLength(1);
    expect(invitations[0]?.trigger_point).toBe('month_3');

    const mails = await outboxOf(w);
    expect(mails.map((m) => [m.template, m.recipient, m.state])).toEqual([
      ['follow_up_due', w.coachUser.email, 'held'],
      ['survey_link', w.coachUser.email, 'held'],
    ]);
    const [reminder, survey] = mails;
    // The coach's reminder names the person, never the personnummer.
    expect(reminder?.text_body).toContain(`${w.participant.firstName} ${w.participant.lastName}`);
    expect(reminder?.text_body).toContain('2026-11-25');
    expect(reminder?.html_body).toContain(`/#/Enrollment/${w.enrollmentId}/show`);
    for (const m of mails)
      expect(`${m.text_body}${m.html_body}`).not.toContain(w.participant.personnummer.slice(0, 8));
    // The survey mail holds only the link: no name, and the link is the invitation's token.
    expect(survey?.text_body).not.toContain(w.participant.lastName);
    expect(survey?.subject).not.toContain(w.participant.lastName);
    const token = /\/survey\/([A-Za-z0-9_-]{43})/.exec(survey?.text_body ?? '')?.[1] ?? '';
    const hash = createHash('sha256').update(Buffer.from(token, 'base64url')).digest();
    expect(invitations[0]?.token_hash.equals(hash)).toBe(true);
    // Each message written is audited (by the system, not a user).
    const audit = await db.database.queryOwner<{ entity: string; n: number }>(
      `SELECT entity, cardinality(entity_ids) AS n FROM audit_log WHERE association_id = $1 AND role = 'system'`,
      [w.world.associationId],
    );
    expect(audit).toEqual([{ entity: 'mail', n: 2 }]);
  });

  it('sends no survey link without the surveys consent, and nothing for a follow-up recorded meanwhile', async () => {
    const w = await givenDueFollowUp(db, { dueOn: LocalDate.from('2026-11-30') });
    const recorded = await givenDueFollowUp(db, {
      dueOn: LocalDate.from('2026-11-30'),
      world: w.world,
    });
    await recorded.world.asTenant((tx) =>
      tx.query(
        `UPDATE follow_ups SET done_on = '2026-11-19', working = true, studying = false WHERE association_id = $1 AND id = $2`,
        [tx.associationId, recorded.followUpId],
      ),
    );
    expect(await followUpDueJob(deps, w.world.associationId, recorded.followUpId)).toEqual([]);
    expect(await followUpDueJob(deps, w.world.associationId, w.followUpId)).toHaveLength(1);
    expect((await outboxOf(w)).map((m) => m.template)).toEqual(['follow_up_due']);
  });

  it('plans a job per due item not yet acted on, keyed by the item, and none once done', async () => {
    const w = await givenDueFollowUp(db, { dueOn: LocalDate.from('2026-12-10') });
    const notYet = await givenDueFollowUp(db, {
      dueOn: LocalDate.from('2027-02-01'),
      world: w.world,
    });
    const planned = (await planDueJobs(deps)).filter(
      (j) => j.payload.associationId === w.world.associationId,
    );
    const followUps = planned
      .filter((j) => j.task === 'follow-up-due')
      .map((j) => j.payload.followUpId);
    expect(followUps).toEqual([w.followUpId]);
    expect(followUps).not.toContain(notYet.followUpId);
    await followUpDueJob(deps, w.world.associationId, w.followUpId);
    const after = (await planDueJobs(deps)).filter(
      (j) => j.payload.associationId === w.world.associationId,
    );
    expect(after.filter((j) => j.task === 'follow-up-due')).toEqual([]);
  });
});
