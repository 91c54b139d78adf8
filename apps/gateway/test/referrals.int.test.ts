import { testPersonnummer } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, type Harness, startHarness } from './support/gateway-harness.js';

let h: Harness;
let nassjo = '';
let eksjo = '';
let project = '';
let participant = '';
beforeAll(async () => {
  h = await startHarness();
  const rows = await h.db.database.withOwner((tx) =>
    tx.query<{ code: string; id: string }>(`SELECT code, id FROM municipalities`),
  );
  nassjo = rows.find((r) => r.code === '0682')?.id ?? '';
  eksjo = rows.find((r) => r.code === '0686')?.id ?? '';
  const projects = await h.db.database.withOwner((tx) =>
    tx.query<{ id: string }>(`SELECT id FROM projects ORDER BY starts_on DESC LIMIT 1`),
  );
  project = projects[0]?.id ?? '';
  const people = await h.db.database.withOwner((tx) =>
    tx.query<{ id: string }>(
      `SELECT id FROM participants WHERE home_municipality_id = $1 LIMIT 1`,
      [nassjo],
    ),
  );
  participant = people[0]?.id ?? '';
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
const CREATE = `mutation C($participantId: ID, $person: ReferredPerson, $municipalityId: ID!, $projectId: ID!, $receivedOn: LocalDate!, $org: ReferrerOrganisation) {
  createReferral(participantId: $participantId, person: $person, municipalityId: $municipalityId, projectId: $projectId, receivedOn: $receivedOn, referrerOrganisation: $org) { ${FIELDS} }
}`;
const DECIDE = `mutation D($id: ID!, $action: ReferralAction!, $decidedOn: LocalDate!, $version: Int!, $note: String, $meetingId: ID) {
  decideReferral(id: $id, action: $action, decidedOn: $decidedOn, version: $version, note: $note, meetingId: $meetingId) { ${FIELDS} }
}`;
const ESCALATE = `mutation E($id: ID!, $decidedOn: LocalDate!, $version: Int!, $note: String) {
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
  const client = await h.as(role);
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
    const manager = await h.as('manager');
    const page = await manager.gql<{ items: R[]; total: { count: number } }>(LIST, {
      page: 0,
      perPage: 5,
      sortField: 'receivedOn',
      sortOrder: 'DESC',
    });
    expect(page.body.errors).toBeUndefined();
    expect(page.body.data?.items).toHaveLength(5);
    const total = page.body.data?.total.count ?? 0;
    expect(total).toBeGreaterThan(5);
    const ids = (page.body.data?.items ?? []).map((r) => r.id);
    const byIds = await manager.gql<{ items: R[] }>(LIST, { filter: { ids: ids.slice(0, 2) } });
    expect(byIds.body.data?.items.map((r) => r.id).sort()).toEqual(ids.slice(0, 2).sort());
    const accepted = await manager.gql<{ items: R[]; total: { count: number } }>(LIST, {
      perPage: 50,
      filter: { state: 'ACCEPTED' },
    });
    expect(accepted.body.data?.items.every((r) => r.state === 'ACCEPTED')).toBe(true);
    expect(accepted.body.data?.total.count).toBeLessThan(total);
  });

  it('a referrer creates with their own organisation and sees only status of their own', async () => {
    const created = await newReferral('referrer');
    expect(created.referrerOrganisation).toBe('AF');
    expect(created.participantName).toBe('');
    expect(created.participantId).toBe('');
    expect(created.state).toBe('RECEIVED');
    const referrer = await h.as('referrer');
    const list = await referrer.gql<{ items: R[]; total: { count: number } }>(LIST, {
      perPage: 100,
      sortField: 'receivedOn',
      sortOrder: 'DESC',
    });
    expect(list.body.errors).toBeUndefined();
    const mine = await referrer.gql<{ items: R[] }>(LIST, { filter: { ids: [created.id] } });
    expect(mine.body.data?.items.map((r) => r.id)).toEqual([created.id]);
    const ids = await h.db.database.withOwner((tx) =>
      tx.query<{ id: string }>(
        `SELECT r.id FROM referrals r JOIN users u ON u.id = r.referred_by WHERE u.email = 'handlaggare@demo.hoglandet.se'`,
      ),
    );
    expect(list.body.data?.total.count).toBe(ids.length);
    for (const r of list.body.data?.items ?? []) {
      expect(r.participantName).toBe('');
      expect(r.decisions).toEqual([]);
    }
    // A referral sent by someone else is invisible.
    const other = await newReferral('manager');
    const one = await referrer.gql<{ Referral: R | null }>(
      `query($id: ID!) { Referral(id: $id) { id } }`,
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
    const coach = await h.as('coach');
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
    const manager = await h.as('manager');
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
    const chief = await h.as('municipal_chief');
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
    for (const role of ['coach', 'municipal_chief'] as const) {
      const client = await h.as(role);
      const list = await client.gql<{ items: R[] }>(LIST, { perPage: 200 });
      expect(list.body.errors).toBeUndefined();
      expect(list.body.data?.items.length).toBeGreaterThan(0);
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

describe('SE-group meetings', () => {
  const MEETINGS = `query M($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: SeGroupMeetingFilter) {
    items: allSeGroupMeetings(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { id municipalityId heldOn notes decidedReferralIds }
    total: _allSeGroupMeetingsMeta(filter: $filter) { count }
  }`;
  it('creates, reads, updates, lists with scope; board may not write', async () => {
    const chief = await h.as('municipal_chief');
    const created = await chief.gql<{ createSeGroupMeeting: { id: string; heldOn: string } }>(
      `mutation { createSeGroupMeeting(municipalityId: "${nassjo}", heldOn: "2026-10-10", notes: "Oktobermöte") { id heldOn notes } }`,
    );
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data?.createSeGroupMeeting.id;
    const updated = await chief.gql<{ updateSeGroupMeeting: { notes: string; heldOn: string } }>(
      `mutation { updateSeGroupMeeting(id: "${id}", notes: "Flyttat", heldOn: "2026-10-12") { notes heldOn } }`,
    );
    expect(updated.body.data?.updateSeGroupMeeting).toEqual({
      notes: 'Flyttat',
      heldOn: '2026-10-12',
    });
    const one = await chief.gql<{ SeGroupMeeting: { id: string } }>(
      `{ SeGroupMeeting(id: "${id}") { id } }`,
    );
    expect(one.body.data?.SeGroupMeeting.id).toBe(id);
    const elsewhere = await chief.gql(
      `mutation { createSeGroupMeeting(municipalityId: "${eksjo}", heldOn: "2026-10-10") { id } }`,
    );
    expect(codesOf(elsewhere)).toEqual(['BAD_USER_INPUT']);
    const list = await chief.gql<{ items: { municipalityId: string; heldOn: string }[] }>(
      MEETINGS,
      { page: 0, perPage: 20, sortField: 'heldOn', sortOrder: 'DESC' },
    );
    const items = list.body.data?.items ?? [];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((m) => m.municipalityId === nassjo)).toBe(true);
    expect([...items.map((m) => m.heldOn)].sort().reverse()).toEqual(items.map((m) => m.heldOn));
    const manager = await h.as('manager');
    const all = await manager.gql<{ total: { count: number } }>(MEETINGS, {});
    const own = await chief.gql<{ total: { count: number } }>(MEETINGS, {});
    expect(all.body.data?.total.count).toBeGreaterThan(own.body.data?.total.count ?? 0);
    const board = await h.as('board');
    expect(
      codesOf(await board.gql(`mutation { updateSeGroupMeeting(id: "${id}", notes: "x") { id } }`)),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('accepting a referral enrols the participant in one step', () => {
  const ACCEPT = `mutation A($id: ID!, $decidedOn: LocalDate!, $version: Int!, $coachId: ID!, $enrolledOn: LocalDate!, $meetingId: ID, $comp: [String!]!) {
    acceptReferral(id: $id, decidedOn: $decidedOn, version: $version, coachId: $coachId, enrolledOn: $enrolledOn, compensationAtStart: $comp, meetingId: $meetingId) { ${FIELDS} }
  }`;
  async function nassjoMeeting(): Promise<string> {
    const rows = await h.db.database.withOwner((tx) =>
      tx.query<{ id: string }>(
        `SELECT id FROM se_group_meetings WHERE municipality_id = $1 ORDER BY held_on DESC LIMIT 1`,
        [nassjo],
      ),
    );
    return rows[0]?.id ?? '';
  }
  async function coachOf(email: string): Promise<string> {
    const rows = await h.db.database.withOwner((tx) =>
      tx.query<{ coach_id: string }>(`SELECT coach_id FROM users WHERE email = $1`, [email]),
    );
    return rows[0]?.coach_id ?? '';
  }

  it('the chief accepts at the SE-group meeting; the coach sees the new enrollment', async () => {
    const referred = await newReferral('referrer');
    const chief = await h.as('municipal_chief');
    const [mine] = (await chief.gql<{ items: R[] }>(LIST, { filter: { ids: [referred.id] } })).body
      .data?.items ?? [undefined];
    if (!mine) throw new Error('The chief does not see the referral');
    const coachId = await coachOf('coach.nassjo@demo.hoglandet.se');
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
    const coach = await h.as('coach');
    const seen = await coach.gql<{ Enrollment: { coachId: string; enrolledOn: string } | null }>(
      `query($id: ID!) { Enrollment(id: $id) { coachId enrolledOn } }`,
      { id: accepted?.enrollmentId },
    );
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
    const chief = await h.as('municipal_chief');
    const eksjoCoach = await h.db.database.withOwner((tx) =>
      tx.query<{ id: string }>(`SELECT id FROM coaches WHERE municipality_id = $1 LIMIT 1`, [
        eksjo,
      ]),
    );
    const res = await chief.gql(ACCEPT, {
      id: referred.id,
      decidedOn: '2026-10-10',
      version: referred.version,
      coachId: eksjoCoach[0]?.id,
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
