import { testPersonnummer } from '@finsam-se/domain';
import { givenCoach } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, givenCast } from './support/builders.js';
import { codesOf, type Harness, startHarness } from './support/gateway-harness.js';

// Builds its own association (see docs/testing.md); lists and scopes are in
// enrollment-list.int.test.ts.
let h: Harness;
let cast: Cast;
let nassjo = '';
let project = '';
let coachId = '';
beforeAll(async () => {
  h = await startHarness({ data: 'built' });
  cast = await givenCast(h);
  nassjo = cast.nassjo.id;
  project = cast.project.id;
  coachId = cast.coach.coach.id;
});
afterAll(async () => h.close());

type E = {
  id: string;
  participantId: string;
  coachId: string;
  municipalityId: string;
  currentPhase: string;
  phases: { phase: string; on: string }[];
  dischargedOn: string | null;
  occupationAfter: string | null;
  enrolledOn: string;
  version: number;
};
const FIELDS =
  'id participantId participantName coachId municipalityId projectId enrolledOn currentPhase phases { phase on } dischargedOn dischargeReason compensationAtStart compensationAtEnd occupationAfter version';
const CREATE = `mutation C($participantId: UUID!, $coachId: UUID!, $projectId: UUID!, $enrolledOn: LocalDate!, $comp: [String!]!) {
  createEnrollment(participantId: $participantId, coachId: $coachId, projectId: $projectId, enrolledOn: $enrolledOn, compensationAtStart: $comp) { ${FIELDS} }
}`;
const MOVE = `mutation M($id: UUID!, $phase: Phase!, $on: LocalDate!, $version: Int!) {
  moveEnrollmentPhase(id: $id, phase: $phase, on: $on, version: $version) { ${FIELDS} }
}`;
const DISCHARGE = `mutation D($id: UUID!, $on: LocalDate!, $reason: String!, $end: [String!]!, $occ: String!, $followUp: Boolean, $version: Int!) {
  dischargeEnrollment(id: $id, on: $on, reason: $reason, compensationAtEnd: $end, occupationAfter: $occ, followUp: $followUp, version: $version) { ${FIELDS} }
}`;
const RECONTACT = `mutation R($id: UUID!, $on: LocalDate!, $version: Int!) { reContactEnrollment(id: $id, on: $on, version: $version) { ${FIELDS} } }`;

let serial = 0;
async function newEnrollment(): Promise<E> {
  const coach = cast.coach.client;
  serial += 1;
  const p = await coach.gql<{ createParticipant: { id: string } }>(
    `mutation($pnr: String!, $m: UUID!) { createParticipant(personnummer: $pnr, firstName: "Ny", lastName: "Deltagare${serial}", homeMunicipalityId: $m) { id } }`,
    {
      pnr: testPersonnummer(`1991-03-${String(serial).padStart(2, '0')}`, 'male', serial),
      m: nassjo,
    },
  );
  expect(p.body.errors).toBeUndefined();
  const res = await coach.gql<{ createEnrollment: E }>(CREATE, {
    participantId: p.body.data?.createParticipant.id,
    coachId,
    projectId: project,
    enrolledOn: '2026-01-10',
    comp: ['activity_compensation'],
  });
  expect(res.body.errors).toBeUndefined();
  const e = res.body.data?.createEnrollment;
  if (!e) throw new Error(res.text);
  return e;
}

describe('enrollments', () => {
  it('creates an enrollment; validates income codes and the coach', async () => {
    const e = await newEnrollment();
    expect(e.currentPhase).toBe('AGREEMENT');
    expect(e.phases).toEqual([{ phase: 'AGREEMENT', on: '2026-01-10' }]);
    expect(e.coachId).toBe(coachId);
    const coach = cast.coach.client;
    const bad = await coach.gql(CREATE, {
      participantId: e.participantId,
      coachId,
      projectId: project,
      enrolledOn: '2026-01-10',
      comp: ['no_such_code'],
    });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({
      field: 'compensationAtStart',
      reason: 'CODE_LIST.UNKNOWN_CODE',
    });
    const exclusive = await coach.gql(CREATE, {
      participantId: e.participantId,
      coachId,
      projectId: project,
      enrolledOn: '2026-01-10',
      comp: ['no_public_support', 'salary'],
    });
    expect(exclusive.body.errors?.[0]?.extensions?.reason).toBe('CODE_LIST.EXCLUSIVE');
    const other = await givenCoach(cast.world, { municipalityId: nassjo });
    const notMe = await coach.gql(CREATE, {
      participantId: e.participantId,
      coachId: other.id,
      projectId: project,
      enrolledOn: '2026-01-10',
      comp: ['salary'],
    });
    expect(notMe.body.errors?.[0]?.extensions?.field).toBe('coachId');
  });

  it('moves phases with version checks and domain refusals', async () => {
    const coach = cast.coach.client;
    const e = await newEnrollment();
    const moved = await coach.gql<{ moveEnrollmentPhase: E }>(MOVE, {
      id: e.id,
      phase: 'VOCATIONAL_PROFILE',
      on: '2026-02-01',
      version: e.version,
    });
    expect(moved.body.errors).toBeUndefined();
    const m = moved.body.data?.moveEnrollmentPhase;
    expect(m?.currentPhase).toBe('VOCATIONAL_PROFILE');
    expect(m?.version).toBe(e.version + 1);
    const same = await coach.gql(MOVE, {
      id: e.id,
      phase: 'VOCATIONAL_PROFILE',
      on: '2026-02-02',
      version: m?.version,
    });
    expect(same.body.errors?.[0]?.extensions).toMatchObject({
      field: 'phase',
      reason: 'ENROLLMENT.SAME_PHASE',
    });
    const before = await coach.gql(MOVE, {
      id: e.id,
      phase: 'JOB_FINDING',
      on: '2026-01-15',
      version: m?.version,
    });
    expect(before.body.errors?.[0]?.extensions).toMatchObject({
      field: 'on',
      reason: 'ENROLLMENT.DATE_BEFORE_LAST',
    });
    const stale = await coach.gql(MOVE, {
      id: e.id,
      phase: 'JOB_FINDING',
      on: '2026-03-01',
      version: e.version,
    });
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    const transitions = await h.db.database.withOwner((tx) =>
      tx.query('SELECT 1 FROM phase_transitions WHERE enrollment_id = $1', [e.id]),
    );
    expect(transitions).toHaveLength(2);
  });

  it('discharges to work with follow-ups, refuses an incomplete discharge, then re-contact', async () => {
    const coach = cast.coach.client;
    const e = await newEnrollment();
    const incomplete = await coach.gql(DISCHARGE, {
      id: e.id,
      on: '2026-06-01',
      reason: 'got_work',
      end: ['salary'],
      occ: 'nonsense',
      version: e.version,
    });
    expect(incomplete.body.errors?.[0]?.extensions).toMatchObject({
      field: 'occupationAfter',
      reason: 'CODE_LIST.UNKNOWN_CODE',
    });
    const reContactTooEarly = await coach.gql(RECONTACT, {
      id: e.id,
      on: '2026-06-02',
      version: e.version,
    });
    expect(reContactTooEarly.body.errors?.[0]?.extensions?.reason).toBe(
      'ENROLLMENT.NOT_DISCHARGED',
    );
    const done = await coach.gql<{ dischargeEnrollment: E }>(DISCHARGE, {
      id: e.id,
      on: '2026-06-01',
      reason: 'got_work',
      end: ['salary'],
      occ: 'employment',
      version: e.version,
    });
    expect(done.body.errors).toBeUndefined();
    const d = done.body.data?.dischargeEnrollment;
    expect(d?.dischargedOn).toBe('2026-06-01');
    expect(d?.occupationAfter).toBe('employment');
    const follow = await coach.gql<{
      allFollowUps: { id: string; monthsAfter: number; dueOn: string; doneOn: string | null }[];
    }>(
      `query($f: FollowUpFilter) { allFollowUps(filter: $f, sortField: "monthsAfter") { id monthsAfter dueOn doneOn } }`,
      { f: { enrollmentId: e.id } },
    );
    expect(follow.body.data?.allFollowUps.map((f) => [f.monthsAfter, f.dueOn])).toEqual([
      [3, '2026-09-01'],
      [6, '2026-12-01'],
      [12, '2027-06-01'],
    ]);
    const again = await coach.gql(DISCHARGE, {
      id: e.id,
      on: '2026-07-01',
      reason: 'got_work',
      end: ['salary'],
      occ: 'employment',
      version: d?.version,
    });
    expect(again.body.errors?.[0]?.extensions?.reason).toBe('ENROLLMENT.DISCHARGED');
    const re = await coach.gql<{ reContactEnrollment: E }>(RECONTACT, {
      id: e.id,
      on: '2026-08-01',
      version: d?.version,
    });
    expect(re.body.errors).toBeUndefined();
    expect(re.body.data?.reContactEnrollment.version).toBe((d?.version ?? 0) + 1);
    const episodes = await h.db.database.withOwner((tx) =>
      tx.query<{ reason: string }>(
        'SELECT reason FROM after_support_episodes WHERE enrollment_id = $1',
        [e.id],
      ),
    );
    expect(episodes.map((x) => x.reason)).toEqual(['re_contact']);

    // Record the first follow-up.
    const first = follow.body.data?.allFollowUps[0];
    const rec = await coach.gql<{
      recordFollowUp: { doneOn: string; working: boolean; studying: boolean };
    }>(
      `mutation($id: UUID!) { recordFollowUp(id: $id, doneOn: "2026-09-03", working: true, studying: false) { doneOn working studying } }`,
      { id: first?.id },
    );
    expect(rec.body.data?.recordFollowUp).toEqual({
      doneOn: '2026-09-03',
      working: true,
      studying: false,
    });
    const one = await coach.gql<{ FollowUp: { doneOn: string } }>(
      `query($id: UUID!) { FollowUp(id: $id) { doneOn } }`,
      { id: first?.id },
    );
    expect(one.body.data?.FollowUp.doneOn).toBe('2026-09-03');
  });

  it('discharge without work and without follow-up creates no follow-ups', async () => {
    const coach = cast.coach.client;
    const e = await newEnrollment();
    const done = await coach.gql<{ dischargeEnrollment: E }>(DISCHARGE, {
      id: e.id,
      on: '2026-06-01',
      reason: 'moved',
      end: ['activity_compensation'],
      occ: 'job_seeking',
      version: e.version,
    });
    expect(done.body.errors).toBeUndefined();
    const rows = await h.db.database.withOwner((tx) =>
      tx.query('SELECT 1 FROM follow_ups WHERE enrollment_id = $1', [e.id]),
    );
    expect(rows).toHaveLength(0);
  });

  it('placements: create, list, end; scoped by the enrollment', async () => {
    const coach = cast.coach.client;
    const e = await newEnrollment();
    const employer = await coach.gql<{ createEmployer: { id: string } }>(
      `mutation($m: UUID) { createEmployer(name: "Snickeriet AB", organisationNumber: "5566778899", municipalityId: $m) { id organisationNumber } }`,
      { m: nassjo },
    );
    expect(employer.body.errors).toBeUndefined();
    const created = await coach.gql<{
      createPlacement: { id: string; kind: string; endedOn: string | null; hoursPerWeek: number };
    }>(
      `mutation($e: UUID!, $emp: UUID) { createPlacement(enrollmentId: $e, employerId: $emp, kind: WORK_TRIAL, startedOn: "2026-03-01", hoursPerWeek: 20) { id kind endedOn hoursPerWeek } }`,
      { e: e.id, emp: employer.body.data?.createEmployer.id },
    );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.createPlacement).toMatchObject({
      kind: 'WORK_TRIAL',
      endedOn: null,
      hoursPerWeek: 20,
    });
    const id = created.body.data?.createPlacement.id;
    const early = await coach.gql(
      `mutation($id: UUID!) { updatePlacement(id: $id, endedOn: "2026-02-01") { id } }`,
      { id },
    );
    expect(early.body.errors?.[0]?.extensions?.field).toBe('endedOn');
    const ended = await coach.gql<{ updatePlacement: { endedOn: string } }>(
      `mutation($id: UUID!) { updatePlacement(id: $id, endedOn: "2026-04-01") { endedOn } }`,
      { id },
    );
    expect(ended.body.data?.updatePlacement.endedOn).toBe('2026-04-01');
    const list = await coach.gql<{
      allPlacements: { id: string; startedOn: string }[];
      _allPlacementsMeta: { count: number };
    }>(
      `{ allPlacements(page: 0, perPage: 500, sortField: "startedOn", sortOrder: "DESC") { id startedOn } _allPlacementsMeta { count } }`,
    );
    expect(list.body.data?.allPlacements.map((p) => p.id)).toContain(id);
    const own = await h.db.database.withOwner((tx) =>
      tx.query<{ n: string }>(
        'SELECT count(*)::text AS n FROM placements p JOIN enrollments e ON e.id = p.enrollment_id WHERE e.coach_id = $1',
        [coachId],
      ),
    );
    expect(list.body.data?._allPlacementsMeta.count).toBe(Number(own[0]?.n));
    const one = await coach.gql<{ Placement: { id: string } }>(
      `query($id: UUID!) { Placement(id: $id) { id } }`,
      { id },
    );
    expect(one.body.data?.Placement.id).toBe(id);
    // The board may not create placements.
    const board = cast.board.client;
    expect(
      codesOf(
        await board.gql(
          `mutation($e: UUID!) { createPlacement(enrollmentId: $e, kind: STUDIES, startedOn: "2026-03-01") { id } }`,
          { e: e.id },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});
