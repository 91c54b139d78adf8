import {
  givenAssociation,
  givenCoach,
  givenEnrollment,
  givenMeeting,
  givenMunicipality,
  givenParticipant,
  givenProject,
  givenUser,
} from '@finsam-se/persistence/testing';
import { createTestPersistence, type TestPersistence } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attestationDueJob } from '../src/jobs/attestation-job.js';
import type { JobDeps } from '../src/jobs/job-deps.js';
import { nightlyRetentionJob } from '../src/jobs/retention-job.js';
import { seGroupMissedJob } from '../src/jobs/se-group-job.js';
import { jobDeps } from './support/job-world.js';

// "Today" for the jobs: 2026-11-20 in Stockholm: 2026H1 has ended, 2026H2 has not, October is
// the month just ended and November is under way.
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

const mails = (associationId: string) =>
  db.database.queryOwner<{
    template: string;
    recipient: string;
    subject: string;
    text_body: string;
  }>(
    `SELECT template, recipient, subject, text_body FROM mail_outbox WHERE association_id = $1 ORDER BY created_at, recipient`,
    [associationId],
  );

describe('reminders of the municipal chief and the manager', () => {
  it("reminds the chiefs once of an ended half-year's attestation, with counts only", async () => {
    const world = await givenAssociation(db);
    const nassjo = await givenMunicipality(world);
    const project = await givenProject(world, { name: 'SE Höglandet' });
    const chief = await givenUser(world, 'municipal_chief', { municipalityId: nassjo.id });
    const coach = await givenCoach(world, { municipalityId: nassjo.id });
    const person = await givenParticipant(world, { homeMunicipalityId: nassjo.id });
    await givenEnrollment(world, {
      participantId: person.id,
      coachId: coach.id,
      projectId: project.id,
      enrolledOn: '2026-02-01',
    });
    const item = { municipalityId: nassjo.id, projectId: project.id, halfYear: '2026H1' as const };
    expect(await attestationDueJob(deps, world.associationId, item)).toHaveLength(1);
    expect(await attestationDueJob(deps, world.associationId, item)).toEqual([]);
    // A half-year under way is not due yet.
    expect(
      await attestationDueJob(deps, world.associationId, { ...item, halfYear: '2026H2' }),
    ).toEqual([]);
    const [mail] = await mails(world.associationId);
    expect(mail?.recipient).toBe(chief.email);
    expect(mail?.subject).toBe(`Attest för 2026H1 väntar: ${nassjo.name}`);
    expect(mail?.text_body).toContain('hade 1 inskrivning pågått');
    expect(mail?.text_body).not.toContain(person.lastName);
  });

  it('gives nothing for a half-year already signed', async () => {
    const world = await givenAssociation(db);
    const nassjo = await givenMunicipality(world);
    const project = await givenProject(world);
    const chief = await givenUser(world, 'municipal_chief', { municipalityId: nassjo.id });
    await world.asTenant((tx) =>
      tx.query(
        `INSERT INTO attestations (association_id, municipality_id, project_id, half_year, signed_by, signed_on, statement)
         VALUES ($1, $2, $3, '2026H1', $4, '2026-07-03', 'Arbetet bedrevs enligt beskrivningen.')`,
        [tx.associationId, nassjo.id, project.id, chief.id],
      ),
    );
    const item = { municipalityId: nassjo.id, projectId: project.id, halfYear: '2026H1' as const };
    expect(await attestationDueJob(deps, world.associationId, item)).toEqual([]);
  });

  it('tells the managers once of an SE group that did not meet in the month just ended', async () => {
    const world = await givenAssociation(db);
    const quiet = await givenMunicipality(world);
    const meeting = await givenMunicipality(world);
    const manager = await givenUser(world, 'manager');
    await givenMeeting(world, { municipalityId: meeting.id, heldOn: '2026-10-14' });
    // A meeting in the month under way does not make up for October.
    await givenMeeting(world, { municipalityId: quiet.id, heldOn: '2026-11-03' });
    expect(await seGroupMissedJob(deps, world.associationId, meeting.id)).toEqual([]);
    expect(await seGroupMissedJob(deps, world.associationId, quiet.id)).toHaveLength(1);
    expect(await seGroupMissedJob(deps, world.associationId, quiet.id)).toEqual([]);
    expect((await mails(world.associationId)).map((m) => [m.recipient, m.subject])).toEqual([
      [manager.email, `SE-gruppen i ${quiet.name} träffades inte 2026-10`],
    ]);
  });

  it('reports the nightly retention to the managers once a day, then runs it', async () => {
    const world = await givenAssociation(db);
    const manager = await givenUser(world, 'manager');
    const first = await nightlyRetentionJob(deps, world.associationId);
    const second = await nightlyRetentionJob(deps, world.associationId);
    expect(first.reported).toHaveLength(1);
    expect(second.reported).toEqual([]);
    const [mail] = await mails(world.associationId);
    expect(mail?.recipient).toBe(manager.email);
    expect(mail?.subject).toBe('Gallring 2026-11-20: 0 deltagare avidentifieras');
    const runs = await db.database.queryOwner<{ as_of: string }>(
      `SELECT to_char(as_of, 'YYYY-MM-DD') AS as_of FROM retention_runs WHERE association_id = $1`,
      [world.associationId],
    );
    expect(runs.map((r) => r.as_of)).toEqual(['2026-11-20', '2026-11-20']);
  });
});
