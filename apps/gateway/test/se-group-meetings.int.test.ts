import { givenMeeting } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, givenCast } from './support/builders.js';
import { codesOf, type Harness, startHarness } from './support/gateway-harness.js';

// Builds its own association (see docs/testing.md): the meetings are the suite's own.
let h: Harness;
let cast: Cast;
let nassjo = '';
let eksjo = '';
beforeAll(async () => {
  h = await startHarness({ data: 'built' });
  cast = await givenCast(h);
  nassjo = cast.nassjo.id;
  eksjo = cast.eksjo.id;
});
afterAll(async () => h.close());

describe('SE-group meetings', () => {
  const MEETINGS = `query M($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: SeGroupMeetingFilter) {
    items: allSeGroupMeetings(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { id municipalityId heldOn notes decidedReferralIds }
    total: _allSeGroupMeetingsMeta(filter: $filter) { count }
  }`;
  it('creates, reads, updates, lists with scope; board may not write', async () => {
    await givenMeeting(cast.world, { municipalityId: eksjo });
    const chief = cast.chief.client;
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
    const manager = cast.manager.client;
    const all = await manager.gql<{ total: { count: number } }>(MEETINGS, {});
    const own = await chief.gql<{ total: { count: number } }>(MEETINGS, {});
    expect(all.body.data?.total.count).toBeGreaterThan(own.body.data?.total.count ?? 0);
    const board = cast.board.client;
    expect(
      codesOf(await board.gql(`mutation { updateSeGroupMeeting(id: "${id}", notes: "x") { id } }`)),
    ).toEqual(['FORBIDDEN']);
  });
});
