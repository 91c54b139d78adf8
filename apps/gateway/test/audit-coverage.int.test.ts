import { testPersonnummer } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockholmDateOf } from '../src/clock/today.js';
import { buildGatewaySchema } from '../src/schema/build-schema.js';
import { AUDITED } from './support/audited-mutations.js';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';

let h: Harness;
let manager: Client;
let serial = 0;
beforeAll(async () => {
  h = await startHarness();
  manager = await h.as('manager');
});
afterAll(async () => h.close());

/** Sends one mutation with its own request id; fails the test on any error. */
async function write<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: T; requestId: string }> {
  serial += 1;
  const requestId = `audit-coverage-${serial}`;
  const response = await fetch(`${h.gateway.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-request-id': requestId,
      ...(client.token ? { authorization: `Bearer ${client.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, query).toBeUndefined();
  return { data: body.data as T, requestId };
}

const checked: string[] = [];
/** The mutation's request wrote an audit row of the entity AUDITED declares for it. */
async function expectAudited(mutation: string, requestId: string): Promise<void> {
  const entity = AUDITED[mutation];
  expect(typeof entity, mutation).toBe('string');
  expect(await auditedBy(requestId), mutation).toContain(entity);
  checked.push(mutation);
}

/** The entities of the audit rows written by one request. */
async function auditedBy(requestId: string): Promise<string[]> {
  const log = await manager.gql<{ auditLog: { entity: string; requestId: string | null }[] }>(
    '{ auditLog(perPage: 200) { entity requestId } }',
  );
  return (log.body.data?.auditLog ?? [])
    .filter((e) => e.requestId === requestId)
    .map((e) => e.entity);
}

describe('every write is audited', () => {
  it('lists every mutation of the schema with the audit row it writes', async () => {
    const schema = await buildGatewaySchema();
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.filter((name) => !(name in AUDITED))).toEqual([]);
  });

  it('writes an audit row of the declared entity for each resource’s writes', async () => {
    const m = await manager.gql<{ allMunicipalities: { id: string }[] }>(
      '{ allMunicipalities(perPage: 1) { id } }',
    );
    const municipalityId = m.body.data?.allMunicipalities[0]?.id;

    const coach = await write<{ createCoach: { id: string } }>(
      manager,
      'mutation($m: UUID!) { createCoach(name: "Revisionscoach", municipalityId: $m, fte: 0.5, employedFrom: "2026-01-01", monthlySalary: 3500000) { id } }',
      { m: municipalityId },
    );
    await expectAudited('createCoach', coach.requestId);
    const coachId = coach.data.createCoach.id;
    await expectAudited(
      'updateCoach',
      (
        await write(manager, 'mutation($id: UUID!) { updateCoach(id: $id, fte: 0.75) { id } }', {
          id: coachId,
        })
      ).requestId,
    );

    const employer = await write<{ createEmployer: { id: string } }>(
      manager,
      'mutation($m: UUID) { createEmployer(name: "Revisionen AB", municipalityId: $m) { id } }',
      { m: municipalityId },
    );
    await expectAudited('createEmployer', employer.requestId);
    const employerId = employer.data.createEmployer.id;
    await expectAudited(
      'updateEmployer',
      (
        await write(
          manager,
          'mutation($id: UUID!) { updateEmployer(id: $id, name: "Revisionen HB") { id } }',
          { id: employerId },
        )
      ).requestId,
    );
    await expectAudited(
      'deleteEmployer',
      (
        await write(manager, 'mutation($id: UUID!) { deleteEmployer(id: $id) { id } }', {
          id: employerId,
        })
      ).requestId,
    );

    const user = await write<{ createUser: { id: string; version: number } }>(
      manager,
      'mutation { createUser(email: "revision@demo.hoglandet.se", name: "Revisor", password: "blåbärssylt i novembermörkret", role: BOARD) { id version } }',
    );
    await expectAudited('createUser', user.requestId);
    await expectAudited(
      'updateUser',
      (
        await write(
          manager,
          'mutation($id: UUID!, $v: Int!) { updateUser(id: $id, version: $v, name: "Revisorn") { id } }',
          {
            id: user.data.createUser.id,
            v: user.data.createUser.version,
          },
        )
      ).requestId,
    );

    const meeting = await write<{ createSeGroupMeeting: { id: string } }>(
      manager,
      'mutation($m: UUID!) { createSeGroupMeeting(municipalityId: $m, heldOn: "2026-10-10", notes: "Revision") { id } }',
      { m: municipalityId },
    );
    await expectAudited('createSeGroupMeeting', meeting.requestId);
    await expectAudited(
      'updateSeGroupMeeting',
      (
        await write(
          manager,
          'mutation($id: UUID!) { updateSeGroupMeeting(id: $id, notes: "Flyttat") { id } }',
          {
            id: meeting.data.createSeGroupMeeting.id,
          },
        )
      ).requestId,
    );

    const participant = await write<{ createParticipant: { id: string; version: number } }>(
      manager,
      'mutation($p: String!, $m: UUID!) { createParticipant(personnummer: $p, firstName: "Revi", lastName: "Sion", homeMunicipalityId: $m) { id version } }',
      { p: testPersonnummer('1955-12-31', 'female', 7), m: municipalityId },
    );
    await expectAudited('createParticipant', participant.requestId);
    const participantId = participant.data.createParticipant.id;
    await expectAudited(
      'updateParticipant',
      (
        await write(
          manager,
          'mutation($id: UUID!, $v: Int!) { updateParticipant(id: $id, version: $v, firstName: "Rättad") { id } }',
          {
            id: participantId,
            v: participant.data.createParticipant.version,
          },
        )
      ).requestId,
    );

    const consent = await write<{ recordConsent: { id: string } }>(
      manager,
      'mutation($p: UUID!) { recordConsent(participantId: $p, purpose: SURVEYS, givenOn: "2026-01-10", method: WRITTEN) { id } }',
      { p: participantId },
    );
    await expectAudited('recordConsent', consent.requestId);
    await expectAudited(
      'withdrawConsent',
      (
        await write(
          manager,
          'mutation($id: UUID!) { withdrawConsent(id: $id, withdrawnOn: "2026-02-01") { id } }',
          {
            id: consent.data.recordConsent.id,
          },
        )
      ).requestId,
    );

    await expectAudited(
      'setRetentionRule',
      (
        await write(
          manager,
          'mutation { setRetentionRule(kind: IDENTIFYING_DATA, years: 3) { kind } }',
        )
      ).requestId,
    );
    await expectAudited(
      'runRetention',
      (await write(manager, 'mutation { runRetention(dryRun: false) { runId } }')).requestId,
    );

    const login = await write<{ login: { token: string } }>(
      h.anonymous,
      'mutation { login(email: "styrelse@demo.hoglandet.se", password: "demo-styrelse") { token } }',
    );
    await expectAudited('login', login.requestId);
    const board: Client = { ...h.anonymous, token: login.data.login.token };
    await expectAudited('logout', (await write(board, 'mutation { logout }')).requestId);

    expect(checked.length).toBeGreaterThan(15);
  });

  it('writes one for every step of an enrollment’s life', async () => {
    const coach = await h.as('coach');
    const me = await coach.gql<{ me: { coachId: string } }>('{ me { coachId } }');
    const coachId = me.body.data?.me.coachId ?? '';
    const home = await coach.gql<{ Coach: { municipalityId: string } }>(
      'query($id: UUID!) { Coach(id: $id) { municipalityId } }',
      { id: coachId },
    );
    const projects = await coach.gql<{ allProjects: { id: string; startsOn: string }[] }>(
      '{ allProjects(perPage: 50) { id startsOn } }',
    );
    const project = [...(projects.body.data?.allProjects ?? [])].sort((a, b) =>
      b.startsOn.localeCompare(a.startsOn),
    )[0];
    const participant = await write<{ createParticipant: { id: string } }>(
      coach,
      'mutation($p: String!, $m: UUID!) { createParticipant(personnummer: $p, firstName: "Livs", lastName: "Loppet", homeMunicipalityId: $m) { id } }',
      { p: testPersonnummer('1956-01-02', 'male', 3), m: home.body.data?.Coach.municipalityId },
    );
    const enrollment = await write<{ createEnrollment: { id: string; version: number } }>(
      coach,
      'mutation($p: UUID!, $c: UUID!, $pr: UUID!) { createEnrollment(participantId: $p, coachId: $c, projectId: $pr, enrolledOn: "2026-01-10", compensationAtStart: ["activity_compensation"]) { id version } }',
      { p: participant.data.createParticipant.id, c: coachId, pr: project?.id },
    );
    await expectAudited('createEnrollment', enrollment.requestId);
    const id = enrollment.data.createEnrollment.id;
    const moved = await write<{ moveEnrollmentPhase: { version: number } }>(
      coach,
      'mutation($id: UUID!, $v: Int!) { moveEnrollmentPhase(id: $id, phase: VOCATIONAL_PROFILE, on: "2026-02-01", version: $v) { version } }',
      { id, v: enrollment.data.createEnrollment.version },
    );
    await expectAudited('moveEnrollmentPhase', moved.requestId);
    const placement = await write<{ createPlacement: { id: string } }>(
      coach,
      'mutation($e: UUID!) { createPlacement(enrollmentId: $e, kind: STUDIES, startedOn: "2026-03-01") { id } }',
      { e: id },
    );
    await expectAudited('createPlacement', placement.requestId);
    await expectAudited(
      'updatePlacement',
      (
        await write(
          coach,
          'mutation($id: UUID!) { updatePlacement(id: $id, endedOn: "2026-04-01") { id } }',
          {
            id: placement.data.createPlacement.id,
          },
        )
      ).requestId,
    );
    await surveysAndAssessments(coach, id, participant.data.createParticipant.id);
    const discharged = await write<{ dischargeEnrollment: { version: number } }>(
      coach,
      'mutation($id: UUID!, $v: Int!) { dischargeEnrollment(id: $id, on: "2026-06-01", reason: "got_work", compensationAtEnd: ["salary"], occupationAfter: "employment", followUp: true, version: $v) { version } }',
      { id, v: moved.data.moveEnrollmentPhase.version },
    );
    await expectAudited('dischargeEnrollment', discharged.requestId);
    const followUps = await coach.gql<{ allFollowUps: { id: string }[] }>(
      'query($f: FollowUpFilter) { allFollowUps(filter: $f, sortField: "monthsAfter") { id } }',
      { f: { enrollmentId: id } },
    );
    await expectAudited(
      'recordFollowUp',
      (
        await write(
          coach,
          'mutation($id: UUID!) { recordFollowUp(id: $id, doneOn: "2026-09-03", working: true, studying: false) { doneOn } }',
          {
            id: followUps.body.data?.allFollowUps[0]?.id,
          },
        )
      ).requestId,
    );
    await expectAudited(
      'reContactEnrollment',
      (
        await write(
          coach,
          'mutation($id: UUID!, $v: Int!) { reContactEnrollment(id: $id, on: "2026-09-10", version: $v) { id } }',
          {
            id,
            v: discharged.data.dischargeEnrollment.version,
          },
        )
      ).requestId,
    );
  });
});

/** Invitation, answer through the link, answer on paper, assessment: each audited. */
async function surveysAndAssessments(coach: Client, enrollmentId: string, participantId: string) {
  const today = stockholmDateOf(new Date());
  const answers = [
    { question: 'organised_around_needs', value: 5 },
    { question: 'closer_to_labour_market', value: 4 },
    { question: 'well_treated', value: 1 },
  ];
  const list = await coach.gql<{ questionnaires: { id: string; key: string; latest: boolean }[] }>(
    '{ questionnaires { id key latest } }',
  );
  const questionnaireId = list.body.data?.questionnaires.find(
    (q) => q.key === 'participant_satisfaction' && q.latest,
  )?.id;
  const invitation = await write<{ createSurveyInvitation: { path: string } }>(
    coach,
    'mutation($e: UUID!, $q: UUID!) { createSurveyInvitation(enrollmentId: $e, questionnaireId: $q, trigger: DISCHARGE) { path } }',
    { e: enrollmentId, q: questionnaireId },
  );
  await expectAudited('createSurveyInvitation', invitation.requestId);
  const token = invitation.data.createSurveyInvitation.path.replace('/survey/', '');
  await expectAudited(
    'submitSurveyResponse',
    (
      await write(
        h.anonymous,
        'mutation($t: String!, $a: [SurveyAnswerInput!]!) { submitSurveyResponse(token: $t, answers: $a) }',
        { t: token, a: answers },
      )
    ).requestId,
  );
  await expectAudited(
    'recordSurveyResponse',
    (
      await write(
        coach,
        'mutation($e: UUID!, $q: UUID!, $on: LocalDate!, $a: [SurveyAnswerInput!]!) { recordSurveyResponse(enrollmentId: $e, questionnaireId: $q, trigger: YEAR_END, answeredOn: $on, answers: $a) { channel } }',
        { e: enrollmentId, q: questionnaireId, on: today, a: answers },
      )
    ).requestId,
  );
  const scores = ['manage_work_tasks', 'work_pace', 'cooperation', 'routines', 'health'].map(
    (item) => ({ item, score: 3 }),
  );
  await expectAudited(
    'recordAssessment',
    (
      await write(
        coach,
        'mutation($p: UUID!, $on: LocalDate!, $s: [AssessmentScoreInput!]!) { recordAssessment(participantId: $p, definition: "doa_self_rating", on: $on, scores: $s) { id } }',
        { p: participantId, on: today, s: scores },
      )
    ).requestId,
  );
}
