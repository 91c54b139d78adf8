import { LocalDate } from '@finsam-se/domain';
import { givenEnrollment, givenParticipant } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockholmDateOf } from '../src/clock/today.js';
import { followUpDueJob } from '../src/jobs/follow-up-job.js';
import { createLogger } from '../src/logging/logger.js';
import { outboxOnly } from '../src/mail/mailer.js';
import { type Cast, givenCast, givenSignedInCoach } from './support/builders.js';
import { type Harness, codesOf, startHarness } from './support/gateway-harness.js';

let h: Harness;
let cast: Cast;
let followUpId: string;
let enrollmentId: string;
let name: string;
const today = stockholmDateOf(new Date());

type Task = { id: string; kind: string; title: string; dueOn: string | null; link: string | null };
const TASKS = '{ myTasks { id kind title dueOn overdue link } }';

beforeAll(async () => {
  h = await startHarness({ data: 'built' });
  cast = await givenCast(h);
  const person = await givenParticipant(cast.world, { homeMunicipalityId: cast.nassjo.id });
  name = `${person.firstName} ${person.lastName}`;
  const enrollment = await givenEnrollment(cast.world, {
    participantId: person.id,
    coachId: cast.coach.coach.id,
    projectId: cast.project.id,
    enrolledOn: '2025-03-01',
  });
  enrollmentId = enrollment.id;
  followUpId = await cast.world.asTenant(async (tx) => {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO follow_ups (association_id, enrollment_id, months_after, due_on) VALUES ($1, $2, 6, $3) RETURNING id`,
      [tx.associationId, enrollment.id, LocalDate.addDays(today, -2)],
    );
    if (!row) throw new Error('no follow-up');
    return row.id;
  });
});

afterAll(async () => {
  await h?.close();
});

describe('"Att göra" per role, from the data the jobs use', () => {
  it('shows the coach their own due follow-up, naming the person, and audits the read', async () => {
    const response = await cast.coach.client.gql<{ myTasks: Task[] }>(TASKS);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.myTasks).toEqual([
      {
        id: `follow-up:${followUpId}`,
        kind: 'FOLLOW_UP',
        title: `Uppföljning 6 månader: ${name}`,
        dueOn: LocalDate.addDays(today, -2),
        overdue: true,
        link: `#/Enrollment/${enrollmentId}/show`,
      },
    ]);
    const audit = await h.db.database.queryOwner<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE association_id = $1 AND user_id = $2 AND action = 'read' AND entity = 'participant'`,
      [cast.world.associationId, cast.coach.id],
    );
    expect(audit[0]?.n).toBe(1);
  });

  it('shows another coach nothing of it', async () => {
    const other = await givenSignedInCoach(h, cast.world, cast.nassjo.id);
    const response = await other.client.gql<{ myTasks: Task[] }>(TASKS);
    expect(response.body.data?.myTasks).toEqual([]);
  });

  it('shows the chief the ended half-years of their municipality to attest, counts only', async () => {
    const response = await cast.chief.client.gql<{ myTasks: Task[] }>(TASKS);
    const tasks = response.body.data?.myTasks ?? [];
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.every((t) => t.kind === 'ATTESTATION' && t.title.includes('Nässjö'))).toBe(true);
    expect(tasks.some((t) => t.title.includes(name))).toBe(false);
  });

  it('gives the manager the outbox once a job wrote to it, and refuses it to the others', async () => {
    await followUpDueJob(
      {
        database: h.db.database,
        pii: h.db.pii,
        mailer: outboxOnly,
        log: createLogger('silent'),
        now: () => new Date(),
        publicUrl: 'https://se.example.org',
        mailAttempts: 3,
      },
      cast.world.associationId,
      followUpId,
    );
    const query =
      '{ mailOutbox(perPage: 10) { total items { recipient subject state template } } }';
    const response = await cast.manager.client.gql<{
      mailOutbox: { total: number; items: { recipient: string; subject: string; state: string }[] };
    }>(query);
    expect(response.body.data?.mailOutbox).toEqual({
      total: 1,
      items: [
        {
          recipient: cast.coach.email,
          subject: `Uppföljning efter 6 månader: ${name}`,
          state: 'HELD',
          template: 'follow_up_due',
        },
      ],
    });
    for (const user of [cast.coach, cast.chief, cast.board, cast.referrer])
      expect(codesOf(await user.client.gql(query))).toEqual(['FORBIDDEN']);
    expect(
      codesOf(await cast.manager.client.gql('{ mailOutbox(perPage: 500) { total } }')),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
