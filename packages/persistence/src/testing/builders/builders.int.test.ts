import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userRepository } from '../../user/user.repository.js';
import { verifyPassword } from '../../crypto/password.js';
import { createTestPersistence, type TestPersistence } from '../test-database.js';
import { givenCoach, givenMunicipality, givenProject } from './given-organisation.js';
import { givenParticipant, givenUser } from './given-people.js';
import { givenEnrollment, givenMeeting, givenReferral } from './given-work.js';
import { givenAssociation, rowsIn } from './world.js';

let db: TestPersistence;
beforeAll(async () => {
  db = await createTestPersistence();
});
afterAll(async () => db.close());

const countIn = rowsIn;

describe('scenario builders', () => {
  it('build a whole scenario on an empty migrated database and return its ids', async () => {
    const world = await givenAssociation(db);
    const nassjo = await givenMunicipality(world);
    const eksjo = await givenMunicipality(world);
    expect([nassjo.code, eksjo.code]).toEqual(['0682', '0686']);
    const project = await givenProject(world);
    const coach = await givenCoach(world, { municipalityId: nassjo.id });
    const user = await givenUser(world, 'coach', {
      coachId: coach.id,
      municipalityId: nassjo.id,
    });
    const person = await givenParticipant(world, { homeMunicipalityId: nassjo.id });
    const enrollment = await givenEnrollment(world, {
      participantId: person.id,
      coachId: coach.id,
      projectId: project.id,
    });
    expect(enrollment.municipalityId).toBe(nassjo.id);
    const referral = await givenReferral(world, {
      participantId: (await givenParticipant(world, { homeMunicipalityId: eksjo.id })).id,
      municipalityId: eksjo.id,
      projectId: project.id,
    });
    await givenMeeting(world, { municipalityId: nassjo.id });

    const [row] = await world.asTenant((tx) =>
      tx.query<{ coach_id: string; phase: string; state: string }>(
        `SELECT e.coach_id, t.phase, r.state FROM enrollments e
         JOIN phase_transitions t ON t.enrollment_id = e.id, referrals r
         WHERE e.id = $1 AND r.id = $2`,
        [enrollment.id, referral.id],
      ),
    );
    expect(row).toEqual({ coach_id: coach.id, phase: 'agreement', state: 'received' });
    const credentials = await userRepository.findCredentials(db.database, user.email);
    expect(credentials?.associationId).toBe(world.associationId);
    expect(await verifyPassword(credentials?.passwordHash ?? '', user.password)).toBe(true);
    expect(await countIn(world, 'participants')).toBe(2);
    expect(await countIn(world, 'code_list_entries')).toBeGreaterThan(0);
  });

  it('keep two worlds on one database apart: each sees only what it built', async () => {
    const first = await givenAssociation(db);
    const second = await givenAssociation(db);
    const home = await givenMunicipality(first);
    await givenParticipant(first, { homeMunicipalityId: home.id });
    expect(await countIn(first, 'participants')).toBe(1);
    expect(await countIn(second, 'participants')).toBe(0);
    expect(await countIn(second, 'municipalities')).toBe(0);
  });

  it('give every participant a different test personnummer', async () => {
    const world = await givenAssociation(db);
    const home = await givenMunicipality(world);
    const people = [];
    for (let i = 0; i < 25; i += 1)
      people.push(await givenParticipant(world, { homeMunicipalityId: home.id }));
    expect(new Set(people.map((p) => p.personnummer)).size).toBe(25);
    expect(people.every((p) => /^(19[6-9]\d)\d{8}$/.test(p.personnummer))).toBe(true);
  });
});
