import type { LocalDate } from '@finsam-se/domain';
import {
  type GivenUser,
  type World,
  givenAssociation,
  givenCoach,
  givenEnrollment,
  givenMunicipality,
  givenParticipant,
  givenProject,
  givenUser,
} from '@finsam-se/persistence/testing';
import type { TestPersistence } from '@finsam-se/persistence/testing';
import type { JobDeps } from '../../src/jobs/job-deps.js';
import { createLogger } from '../../src/logging/logger.js';
import { type Mailer, outboxOnly } from '../../src/mail/mailer.js';

/**
 * What the jobs need, on a suite's database: the outbox (or the mailer given), a silent log,
 * the clock given (the real one by default), three mail attempts.
 */
export function jobDeps(
  db: TestPersistence,
  options: { mailer?: Mailer; now?: () => Date; mailAttempts?: number } = {},
): JobDeps {
  return {
    database: db.database,
    pii: db.pii,
    mailer: options.mailer ?? outboxOnly,
    log: createLogger('silent'),
    now: options.now ?? (() => new Date()),
    publicUrl: 'https://se.example.org',
    mailAttempts: options.mailAttempts ?? 3,
  };
}

export type JobWorld = {
  readonly world: World;
  readonly municipalityId: string;
  readonly coachUser: GivenUser;
  readonly participant: { id: string; firstName: string; lastName: string; personnummer: string };
  readonly enrollmentId: string;
  readonly followUpId: string;
};

/**
 * One coach with a log-in, one participant enrolled with them and a 3-month follow-up due
 * on `dueOn`; with `surveyConsent`, a surveys consent and a participant questionnaire.
 */
export async function givenDueFollowUp(
  db: TestPersistence,
  options: { dueOn: LocalDate; surveyConsent?: boolean; world?: World },
): Promise<JobWorld> {
  const world = options.world ?? (await givenAssociation(db));
  const municipality = await givenMunicipality(world);
  const project = await givenProject(world);
  const coach = await givenCoach(world, { municipalityId: municipality.id });
  const coachUser = await givenUser(world, 'coach', {
    coachId: coach.id,
    municipalityId: municipality.id,
  });
  const participant = await givenParticipant(world, { homeMunicipalityId: municipality.id });
  const enrollment = await givenEnrollment(world, {
    participantId: participant.id,
    coachId: coach.id,
    projectId: project.id,
    enrolledOn: '2025-01-10',
  });
  const followUpId = await world.asTenant(async (tx) => {
    if (options.surveyConsent) {
      await tx.query(
        `INSERT INTO consents (association_id, participant_id, purpose, given_on, method) VALUES ($1, $2, 'surveys', '2025-01-10', 'written')`,
        [tx.associationId, participant.id],
      );
      await tx.query(
        `INSERT INTO questionnaires (association_id, key, version, title_sv, title_en, respondent_kind, questions)
         VALUES ($1, 'uppfoljning', 1, 'Uppföljning', 'Follow-up', 'participant', '[]')`,
        [tx.associationId],
      );
    }
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO follow_ups (association_id, enrollment_id, months_after, due_on) VALUES ($1, $2, 3, $3) RETURNING id`,
      [tx.associationId, enrollment.id, options.dueOn],
    );
    if (!row) throw new Error('follow-up not inserted');
    return row.id;
  });
  return {
    world,
    municipalityId: municipality.id,
    coachUser,
    participant,
    enrollmentId: enrollment.id,
    followUpId,
  };
}
