import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../src/schema/build-schema.js';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';

/**
 * What each mutation must leave in the audit log: the entity of its row, or why it writes
 * none. A new mutation fails the first test until it is listed here (and audited).
 */
const AUDITED: Record<string, string | { none: string }> = {
  acceptReferral: 'referral',
  createCoach: 'coach',
  createEmployer: 'employer',
  createEnrollment: 'enrollment',
  createParticipant: 'participant',
  createPlacement: 'placement',
  createQuestionnaireVersion: 'questionnaire',
  createReferral: 'referral',
  createSeGroupMeeting: 'se_group_meeting',
  createSurveyInvitation: 'survey_invitation',
  createUser: 'user',
  decideReallocation: 'reallocation',
  decideReferral: 'referral',
  deleteEmployer: 'employer',
  dischargeEnrollment: 'enrollment',
  eraseParticipant: 'participant',
  escalateReferral: 'referral',
  login: 'user',
  logout: 'user',
  moveEnrollmentPhase: 'enrollment',
  reContactEnrollment: 'enrollment',
  recordAssessment: 'assessment',
  recordConsent: 'consent',
  recordFollowUp: 'follow_up',
  recordSurveyResponse: 'survey_response',
  refreshSession: { none: 'issues a new token for the same session; nothing is stored' },
  runRetention: 'participant',
  setRetentionRule: 'retention_rule',
  signAttestation: 'attestation',
  submitSurveyResponse: 'survey_invitation',
  updateCoach: 'coach',
  updateEmployer: 'employer',
  updateParticipant: 'participant',
  updatePlacement: 'placement',
  updateSeGroupMeeting: 'se_group_meeting',
  updateUser: 'user',
  withdrawConsent: 'consent',
};

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

/** The entities of the audit rows written by one request. */
async function auditedBy(requestId: string): Promise<string[]> {
  const log = await manager.gql<{ auditLog: { entity: string; requestId: string | null }[] }>(
    '{ auditLog(perPage: 200) { entity requestId } }',
  );
  return (log.body.data?.auditLog ?? [])
    .filter((e) => e.requestId === requestId)
    .map((e) => e.entity);
}

/** A valid personnummer nobody in the demo has (born 1955, serial from the counter). */
function freshPersonnummer(): string {
  const digits = `551231${String(100 + serial).padStart(3, '0')}`;
  const sum = [...digits].reduce((total, d, i) => {
    const n = Number(d) * (i % 2 === 0 ? 2 : 1);
    return total + (n > 9 ? n - 9 : n);
  }, 0);
  return `19${digits.slice(0, 6)}-${digits.slice(6)}${(10 - (sum % 10)) % 10}`;
}

describe('every write is audited', () => {
  it('lists every mutation of the schema with the audit row it writes', async () => {
    const schema = await buildGatewaySchema();
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.filter((name) => !(name in AUDITED))).toEqual([]);
  });

  it('writes an audit row of the declared entity for each resource’s writes', async () => {
    const checked: string[] = [];
    const expectAudited = async (mutation: string, requestId: string) => {
      const entity = AUDITED[mutation];
      expect(typeof entity, mutation).toBe('string');
      expect(await auditedBy(requestId), mutation).toContain(entity);
      checked.push(mutation);
    };
    const m = await manager.gql<{ allMunicipalities: { id: string }[] }>(
      '{ allMunicipalities(perPage: 1) { id } }',
    );
    const municipalityId = m.body.data?.allMunicipalities[0]?.id;

    const coach = await write<{ createCoach: { id: string } }>(
      manager,
      'mutation($m: ID!) { createCoach(name: "Revisionscoach", municipalityId: $m, fte: 0.5, employedFrom: "2026-01-01", monthlySalary: 3500000) { id } }',
      { m: municipalityId },
    );
    await expectAudited('createCoach', coach.requestId);
    const coachId = coach.data.createCoach.id;
    await expectAudited(
      'updateCoach',
      (
        await write(manager, 'mutation($id: ID!) { updateCoach(id: $id, fte: 0.75) { id } }', {
          id: coachId,
        })
      ).requestId,
    );

    const employer = await write<{ createEmployer: { id: string } }>(
      manager,
      'mutation($m: ID) { createEmployer(name: "Revisionen AB", municipalityId: $m) { id } }',
      { m: municipalityId },
    );
    await expectAudited('createEmployer', employer.requestId);
    const employerId = employer.data.createEmployer.id;
    await expectAudited(
      'updateEmployer',
      (
        await write(
          manager,
          'mutation($id: ID!) { updateEmployer(id: $id, name: "Revisionen HB") { id } }',
          { id: employerId },
        )
      ).requestId,
    );
    await expectAudited(
      'deleteEmployer',
      (
        await write(manager, 'mutation($id: ID!) { deleteEmployer(id: $id) { id } }', {
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
          'mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, name: "Revisorn") { id } }',
          {
            id: user.data.createUser.id,
            v: user.data.createUser.version,
          },
        )
      ).requestId,
    );

    const meeting = await write<{ createSeGroupMeeting: { id: string } }>(
      manager,
      'mutation($m: ID!) { createSeGroupMeeting(municipalityId: $m, heldOn: "2026-10-10", notes: "Revision") { id } }',
      { m: municipalityId },
    );
    await expectAudited('createSeGroupMeeting', meeting.requestId);
    await expectAudited(
      'updateSeGroupMeeting',
      (
        await write(
          manager,
          'mutation($id: ID!) { updateSeGroupMeeting(id: $id, notes: "Flyttat") { id } }',
          {
            id: meeting.data.createSeGroupMeeting.id,
          },
        )
      ).requestId,
    );

    const participant = await write<{ createParticipant: { id: string; version: number } }>(
      manager,
      'mutation($p: String!, $m: ID!) { createParticipant(personnummer: $p, firstName: "Revi", lastName: "Sion", homeMunicipalityId: $m) { id version } }',
      { p: freshPersonnummer(), m: municipalityId },
    );
    await expectAudited('createParticipant', participant.requestId);
    const participantId = participant.data.createParticipant.id;
    await expectAudited(
      'updateParticipant',
      (
        await write(
          manager,
          'mutation($id: ID!, $v: Int!) { updateParticipant(id: $id, version: $v, firstName: "Rättad") { id } }',
          {
            id: participantId,
            v: participant.data.createParticipant.version,
          },
        )
      ).requestId,
    );

    const consent = await write<{ recordConsent: { id: string } }>(
      manager,
      'mutation($p: ID!) { recordConsent(participantId: $p, purpose: SURVEYS, givenOn: "2026-01-10", method: WRITTEN) { id } }',
      { p: participantId },
    );
    await expectAudited('recordConsent', consent.requestId);
    await expectAudited(
      'withdrawConsent',
      (
        await write(
          manager,
          'mutation($id: ID!) { withdrawConsent(id: $id, withdrawnOn: "2026-02-01") { id } }',
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
});
