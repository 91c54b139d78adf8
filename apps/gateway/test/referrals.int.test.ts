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
  participantName: string;
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
  'id participantId participantName municipalityId projectId referrerOrganisation receivedOn state version decisions { action state decidedOn decidedBy decidedByName note meetingId }';
const LIST = `query L($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: ReferralFilter) {
  items: allReferrals(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { ${FIELDS} }
  total: _allReferralsMeta(page: $page, perPage: $perPage, filter: $filter) { count }
}`;
const CREATE = `mutation C($participantId: ID!, $municipalityId: ID!, $projectId: ID!, $receivedOn: LocalDate!, $org: ReferrerOrganisation) {
  createReferral(participantId: $participantId, municipalityId: $municipalityId, projectId: $projectId, receivedOn: $receivedOn, referrerOrganisation: $org) { ${FIELDS} }
}`;
const DECIDE = `mutation D($id: ID!, $action: ReferralAction!, $decidedOn: LocalDate!, $version: Int!, $note: String, $meetingId: ID) {
  decideReferral(id: $id, action: $action, decidedOn: $decidedOn, version: $version, note: $note, meetingId: $meetingId) { ${FIELDS} }
}`;
const ESCALATE = `mutation E($id: ID!, $decidedOn: LocalDate!, $version: Int!, $note: String) {
  escalateReferral(id: $id, decidedOn: $decidedOn, version: $version, note: $note) { ${FIELDS} }
}`;

async function newReferral(role: 'manager' | 'referrer' = 'manager'): Promise<R> {
  const client = await h.as(role);
  const res = await client.gql<{ createReferral: R }>(CREATE, {
    participantId: participant,
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

  it('decides: accept, invalid transition, stale version, escalation to the chief', async () => {
    const coach = await h.as('coach');
    const r = await newReferral();
    const accepted = await coach.gql<{ decideReferral: R }>(DECIDE, {
      id: r.id,
      action: 'ACCEPT',
      decidedOn: '2026-10-05',
      version: r.version,
      note: 'Motiverad',
    });
    expect(accepted.body.errors).toBeUndefined();
    const after = accepted.body.data?.decideReferral;
    expect(after?.state).toBe('ACCEPTED');
    expect(after?.version).toBe(r.version + 1);
    expect(after?.decisions.at(-1)).toMatchObject({
      action: 'ACCEPT',
      state: 'ACCEPTED',
      note: 'Motiverad',
      decidedByName: 'Jobbcoach Nässjö',
    });
    const again = await coach.gql(DECIDE, {
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
    const stale = await coach.gql(DECIDE, {
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
    const coachAfter = await coach.gql(DECIDE, {
      id: second.id,
      action: 'ACCEPT',
      decidedOn: '2026-10-07',
      version: second.version + 1,
    });
    expect(codesOf(coachAfter)).toEqual(['FORBIDDEN']);
    const chief = await h.as('municipal_chief');
    const chiefDecides = await chief.gql<{ decideReferral: R }>(DECIDE, {
      id: second.id,
      action: 'ACCEPT',
      decidedOn: '2026-10-07',
      version: second.version + 1,
    });
    expect(chiefDecides.body.errors).toBeUndefined();
    expect(chiefDecides.body.data?.decideReferral.state).toBe('ACCEPTED');
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
