import { testPersonnummer } from '@finsam-se/domain';
import {
  givenCoach,
  givenMeeting,
  givenParticipant,
  givenProject,
  givenReferral,
} from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, givenCast } from './support/builders.js';
import { codesOf, type Harness, startHarness } from './support/gateway-harness.js';

// Builds its own association (see docs/testing.md): the referrals, meetings and coaches
// here are the suite's own, so lists and scopes are asserted on known rows.
let h: Harness;
let cast: Cast;
let nassjo = '';
let eksjo = '';
let project = '';
let participant = '';
beforeAll(async () => {
  h = await startHarness({ data: 'built' });
  cast = await givenCast(h);
  nassjo = cast.nassjo.id;
  eksjo = cast.eksjo.id;
  project = cast.project.id;
  participant = (await givenParticipant(cast.world, { homeMunicipalityId: nassjo })).id;
});
afterAll(async () => h.close());

type R = {
  id: string;
  participantId: string;
  participantName: string;
  enrollmentId: string | null;
  municipalityId: string;
  state: string;
  referrerOrganisation: string;
  version: number;
  decisions: {
    action: string;
    state: string;
    decidedByName: string;
    note: string;
    meetingId: string | null;
  }[];
};
const FIELDS =
  'id participantId participantName enrollmentId municipalityId projectId referrerOrganisation receivedOn state version decisions { action state decidedOn decidedBy decidedByName note meetingId }';
const LIST = `query L($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: ReferralFilter) {
  items: allReferrals(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { ${FIELDS} }
  total: _allReferralsMeta(page: $page, perPage: $perPage, filter: $filter) { count }
}`;
const CREATE = `mutation C($participantId: UUID, $person: ReferredPerson, $municipalityId: UUID!, $projectId: UUID!, $receivedOn: LocalDate!, $org: ReferrerOrganisation) {
  createReferral(participantId: $participantId, person: $person, municipalityId: $municipalityId, projectId: $projectId, receivedOn: $receivedOn, referrerOrganisation: $org) { ${FIELDS} }
}`;
const DECIDE = `mutation D($id: UUID!, $action: ReferralAction!, $decidedOn: LocalDate!, $version: Int!, $note: String, $meetingId: UUID) {
  decideReferral(id: $id, action: $action, decidedOn: $decidedOn, version: $version, note: $note, meetingId: $meetingId) { ${FIELDS} }
}`;
const ESCALATE = `mutation E($id: UUID!, $decidedOn: LocalDate!, $version: Int!, $note: String) {
  escalateReferral(id: $id, decidedOn: $decidedOn, version: $version, note: $note) { ${FIELDS} }
}`;

let serial = 0;
/** A person the tests refer by personnummer (new unless the number is given again). */
function newPerson(): { personnummer: string; firstName: string; lastName: string } {
  serial += 1;
  return {
    personnummer: testPersonnummer(`1994-05-${String(serial).padStart(2, '0')}`, 'female', serial),
    firstName: 'Remitterad',
    lastName: `Person${serial}`,
  };
}

async function newReferral(role: 'manager' | 'referrer' = 'manager'): Promise<R> {
  const { client } = cast[role];
  const res = await client.gql<{ createReferral: R }>(CREATE, {
    ...(role === 'referrer' ? { person: newPerson() } : { participantId: participant }),
    municipalityId: nassjo,
    projectId: project,
    receivedOn: '2026-10-01',
    ...(role === 'referrer' ? {} : { org: 'FK' }),
  });
  expect(res.body.errors).toBeUndefined();
  const created = res.body.data?.createReferral;
  if (!created) throw new Error(res.text);
  return created;
}

describe('referrals', () => {
  it('lists with paging, sorting, ids and state filters', async () => {
    // Seven referrals to a project of their own, one a day; the coach puts one on hold.
    const listed = await givenProject(cast.world);
    const built: string[] = [];
    for (let day = 1; day <= 7; day += 1) {
      const person = await givenParticipant(cast.world, { homeMunicipalityId: nassjo });
      const referral = await givenReferral(cast.world, {
        participantId: person.id,
        municipalityId: nassjo,
        projectId: listed.id,
        receivedOn: `2026-09-0${day}`,
      });
      built.push(referral.id);
    }
    const held = await cast.coach.client.gql(DECIDE, {
      id: built[2],
      action: 'NOT_NOW',
      decidedOn: '2026-09-20',
      version: 1,
    });
    expect(held.body.errors).toBeUndefined();
    const manager = cast.manager.client;
    const page = await manager.gql<{ items: R[]; total: { count: number } }>(LIST, {
      page: 0,
      perPage: 5,
      sortField: 'receivedOn',
      sortOrder: 'DESC',
      filter: { projectId: listed.id },
    });
    expect(page.body.errors).toBeUndefined();
    expect(page.body.data?.items.map((r) => r.id)).toEqual([...built].reverse().slice(0, 5));
    expect(page.body.data?.total.count).toBe(7);
    const byIds = await manager.gql<{ items: R[] }>(LIST, { filter: { ids: built.slice(0, 2) } });
    expect(byIds.body.data?.items.map((r) => r.id).sort()).toEqual(built.slice(0, 2).sort());
    const onHold = await manager.gql<{ items: R[]; total: { count: number } }>(LIST, {
      perPage: 50,
      filter: { state: 'NOT_NOW', projectId: listed.id },
    });
    expect(onHold.body.data?.items.map((r) => [r.id, r.state])).toEqual([[built[2], 'NOT_NOW']]);
    expect(onHold.body.data?.total.count).toBe(1);
  });

  it('a referrer creates with their own organisation and sees only status of their own', async () => {
    const created = await newReferral('referrer');
    expect(created.referrerOrganisation).toBe('AF');
    expect(created.participantName).toBe('');
    expect(created.participantId).toBe('');
    expect(created.state).toBe('RECEIVED');
    const referrer = cast.referrer.client;
    const list = await referrer.gql<{ items: R[]; total: { count: number } }>(LIST, {
      perPage: 100,
      sortField: 'receivedOn',
      sortOrder: 'DESC',
    });
    expect(list.body.errors).toBeUndefined();
    const mine = await referrer.gql<{ items: R[] }>(LIST, { filter: { ids: [created.id] } });
    expect(mine.body.data?.items.map((r) => r.id)).toEqual([created.id]);
    const ids = await h.db.database.withOwner((tx) =>
      tx.query<{ id: string }>(`SELECT id FROM referrals WHERE referred_by = $1`, [
        cast.referrer.id,
      ]),
    );
    expect(list.body.data?.total.count).toBe(ids.length);
    for (const r of list.body.data?.items ?? []) {
      expect(r.participantName).toBe('');
      expect(r.decisions).toEqual([]);
    }
    // A referral sent by someone else is invisible.
    const other = await newReferral('manager');
    const one = await referrer.gql<{ Referral: R | null }>(
      `query($id: UUID!) { Referral(id: $id) { id } }`,
      { id: other.id },
    );
    expect(one.body.data?.Referral).toBeNull();
    // The referrer may not decide.
    const decide = await referrer.gql(DECIDE, {
      id: created.id,
      action: 'ACCEPT',
      decidedOn: '2026-10-05',
      version: created.version,
    });
    expect(codesOf(decide)).toEqual(['FORBIDDEN']);
  });

  it('decides: not now, invalid transition, stale version, escalation to the chief', async () => {
    const coach = cast.coach.client;
    const r = await newReferral();
    const accepted = await coach.gql<{ decideReferral: R }>(DECIDE, {
      id: r.id,
      action: 'NOT_NOW',
      decidedOn: '2026-10-05',
      version: r.version,
      note: 'Motiverad',
    });
    expect(accepted.body.errors).toBeUndefined();
    const after = accepted.body.data?.decideReferral;
    expect(after?.state).toBe('NOT_NOW');
    expect(after?.version).toBe(r.version + 1);
    expect(after?.decisions.at(-1)).toMatchObject({
      action: 'NOT_NOW',
      state: 'NOT_NOW',
      note: 'Motiverad',
      decidedByName: 'Jobbcoach Nässjö',
    });
    // Decided: it no longer awaits the SE group, so the manager (who sees all) goes on.
    const manager = cast.manager.client;
    const again = await manager.gql(DECIDE, {
      id: r.id,
      action: 'DECLINE',
      decidedOn: '2026-10-06',
      version: after?.version,
    });
    expect(codesOf(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.body.errors?.[0]?.extensions).toMatchObject({
      field: 'action',
      reason: 'REFERRAL.INVALID_TRANSITION',
    });
    const stale = await manager.gql(DECIDE, {
      id: r.id,
      action: 'DECLINE',
      decidedOn: '2026-10-06',
      version: r.version,
    });
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    const decisions = await h.db.database.withOwner((tx) =>
      tx.query('SELECT 1 FROM referral_decisions WHERE referral_id = $1', [r.id]),
    );
    expect(decisions).toHaveLength(1);

    const second = await newReferral();
    const escalated = await coach.gql<{ escalateReferral: R }>(ESCALATE, {
      id: second.id,
      decidedOn: '2026-10-05',
      version: second.version,
    });
    expect(escalated.body.data?.escalateReferral.state).toBe('ESCALATED');
    // Escalated referrals wait for the chief: the coach no longer sees them.
    const coachAfter = await coach.gql(DECIDE, {
      id: second.id,
      action: 'DECLINE',
      decidedOn: '2026-10-07',
      version: second.version + 1,
    });
    expect(codesOf(coachAfter)).toEqual(['NOT_FOUND']);
    const chief = cast.chief.client;
    const chiefDecides = await chief.gql<{ decideReferral: R }>(DECIDE, {
      id: second.id,
      action: 'DECLINE',
      decidedOn: '2026-10-07',
      version: second.version + 1,
    });
    expect(chiefDecides.body.errors).toBeUndefined();
    expect(chiefDecides.body.data?.decideReferral.state).toBe('DECLINED');
  });

  it('scopes coach and chief to their municipality', async () => {
    const here = await givenReferral(cast.world, {
      participantId: participant,
      municipalityId: nassjo,
      projectId: project,
    });
    const there = await givenReferral(cast.world, {
      participantId: (await givenParticipant(cast.world, { homeMunicipalityId: eksjo })).id,
      municipalityId: eksjo,
      projectId: project,
    });
    for (const { client } of [cast.coach, cast.chief]) {
      const list = await client.gql<{ items: R[] }>(LIST, { perPage: 200 });
      expect(list.body.errors).toBeUndefined();
      const ids = list.body.data?.items.map((r) => r.id);
      expect(ids).toContain(here.id);
      expect(ids).not.toContain(there.id);
      expect(list.body.data?.items.every((r) => r.municipalityId === nassjo)).toBe(true);
      const other = await client.gql<{ items: R[] }>(LIST, { filter: { municipalityId: eksjo } });
      expect(other.body.data?.items).toEqual([]);
      const create = await client.gql(CREATE, {
        participantId: participant,
        municipalityId: eksjo,
        projectId: project,
        receivedOn: '2026-10-01',
        org: 'FK',
      });
      expect(codesOf(create)).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('accepting a referral enrols the participant in one step', () => {
  const ACCEPT = `mutation A($id: UUID!, $decidedOn: LocalDate!, $version: Int!, $coachId: UUID!, $enrolledOn: LocalDate!, $meetingId: UUID, $comp: [String!]!) {
    acceptReferral(id: $id, decidedOn: $decidedOn, version: $version, coachId: $coachId, enrolledOn: $enrolledOn, compensationAtStart: $comp, meetingId: $meetingId) { ${FIELDS} }
  }`;
  const nassjoMeeting = async () =>
    (await givenMeeting(cast.world, { municipalityId: nassjo, heldOn: '2026-10-08' })).id;

  it('the chief accepts at the SE-group meeting; the coach sees the new enrollment', async () => {
    const referred = await newReferral('referrer');
    const chief = cast.chief.client;
    const [mine] = (await chief.gql<{ items: R[] }>(LIST, { filter: { ids: [referred.id] } })).body
      .data?.items ?? [undefined];
    if (!mine) throw new Error('The chief does not see the referral');
    const coachId = cast.coach.coach.id;
    const meetingId = await nassjoMeeting();
    const withoutMeeting = await chief.gql(ACCEPT, {
      id: mine.id,
      decidedOn: '2026-10-10',
      version: mine.version,
      coachId,
      enrolledOn: '2026-10-12',
      comp: ['activity_compensation'],
    });
    expect(codesOf(withoutMeeting)).toEqual(['BAD_USER_INPUT']);
    expect(withoutMeeting.body.errors?.[0]?.extensions).toMatchObject({ field: 'meetingId' });
    const res = await chief.gql<{ acceptReferral: R }>(ACCEPT, {
      id: mine.id,
      decidedOn: '2026-10-10',
      version: mine.version,
      coachId,
      enrolledOn: '2026-10-12',
      meetingId,
      comp: ['activity_compensation'],
    });
    expect(res.body.errors).toBeUndefined();
    const accepted = res.body.data?.acceptReferral;
    expect(accepted?.state).toBe('ACCEPTED');
    expect(accepted?.decisions.at(-1)).toMatchObject({ action: 'ACCEPT', meetingId });
    expect(accepted?.enrollmentId).toBeTruthy();
    const seen = await cast.coach.client.gql<{
      Enrollment: { coachId: string; enrolledOn: string } | null;
    }>(`query($id: UUID!) { Enrollment(id: $id) { coachId enrolledOn } }`, {
      id: accepted?.enrollmentId,
    });
    expect(seen.body.data?.Enrollment).toEqual({ coachId, enrolledOn: '2026-10-12' });
    const audited = await h.db.database.withOwner((tx) =>
      tx.query<{ action: string; entity: string }>(
        `SELECT action, entity FROM audit_log WHERE entity_ids && $1::uuid[] AND action IN ('decide', 'create') ORDER BY entity`,
        [[mine.id, accepted?.enrollmentId]],
      ),
    );
    expect(audited).toEqual(
      expect.arrayContaining([
        { action: 'create', entity: 'enrollment' },
        { action: 'decide', entity: 'referral' },
      ]),
    );
  });

  it('writes nothing when the enrollment is refused; ACCEPT alone is refused', async () => {
    const referred = await newReferral();
    const chief = cast.chief.client;
    const eksjoCoach = await givenCoach(cast.world, { municipalityId: eksjo });
    const res = await chief.gql(ACCEPT, {
      id: referred.id,
      decidedOn: '2026-10-10',
      version: referred.version,
      coachId: eksjoCoach.id,
      enrolledOn: '2026-10-12',
      meetingId: await nassjoMeeting(),
      comp: ['activity_compensation'],
    });
    expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
    const state = await h.db.database.withOwner((tx) =>
      tx.query<{ state: string; decisions: string }>(
        `SELECT state, (SELECT count(*)::text FROM referral_decisions d WHERE d.referral_id = r.id) AS decisions FROM referrals r WHERE id = $1`,
        [referred.id],
      ),
    );
    expect(state).toEqual([{ state: 'received', decisions: '0' }]);
    const alone = await chief.gql(DECIDE, {
      id: referred.id,
      action: 'ACCEPT',
      decidedOn: '2026-10-10',
      version: referred.version,
    });
    expect(alone.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REFERRAL.ACCEPT_NEEDS_ENROLLMENT',
    });
  });
});
