import { givenCoach, givenEnrollment, givenParticipant } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, givenCast } from './support/builders.js';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';

// The actor scope of a declared resource (schema/define-resource.ts `actorScope`): computed
// from the actor alone, so the count and the single read stay one statement each. A coach
// reads their own enrollments, a municipal chief their municipality's, the manager all; the
// list, its count and the single read agree, and every read that shows a person is audited.
let h: Harness;
let cast: Cast;
const ids = { own: '', colleague: '', eksjo: '' };
beforeAll(async () => {
  h = await startHarness({ data: 'built' });
  cast = await givenCast(h);
  const colleague = await givenCoach(cast.world, { municipalityId: cast.nassjo.id });
  const eksjoCoach = await givenCoach(cast.world, { municipalityId: cast.eksjo.id });
  const enrol = async (coachId: string, homeMunicipalityId: string) => {
    const person = await givenParticipant(cast.world, { homeMunicipalityId });
    const enrollment = await givenEnrollment(cast.world, {
      participantId: person.id,
      coachId,
      projectId: cast.project.id,
    });
    return enrollment.id;
  };
  ids.own = await enrol(cast.coach.coach.id, cast.nassjo.id);
  ids.colleague = await enrol(colleague.id, cast.nassjo.id);
  ids.eksjo = await enrol(eksjoCoach.id, cast.eksjo.id);
});
afterAll(async () => h.close());

type Read = {
  items: { id: string }[];
  total: { count: number };
  one: { id: string } | null;
};

async function read(client: Client, id: string, filter?: Record<string, unknown>): Promise<Read> {
  const response = await client.gql<Read>(
    `query R($id: UUID!, $filter: EnrollmentFilter) {
      items: allEnrollments(perPage: 100, filter: $filter) { id }
      total: _allEnrollmentsMeta(filter: $filter) { count }
      one: Enrollment(id: $id) { id }
    }`,
    { id, filter: filter ?? null },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data as Read;
}

const sorted = (rows: readonly { id: string }[]) => rows.map((row) => row.id).sort();

describe('a declared resource scoped from the actor', () => {
  it('a coach reads their own enrollments only, in the list, count and single read', async () => {
    const mine = await read(cast.coach.client, ids.own);
    expect(sorted(mine.items)).toEqual([ids.own]);
    expect(mine.total.count).toBe(1);
    expect(mine.one?.id).toBe(ids.own);

    const theirs = await read(cast.coach.client, ids.colleague);
    expect(theirs.one).toBeNull();
  });

  it('a filter outside the scope finds nothing rather than widening it', async () => {
    const other = await read(cast.coach.client, ids.eksjo, { municipalityId: cast.eksjo.id });
    expect(other).toEqual({ items: [], total: { count: 0 }, one: null });
    const chief = await read(cast.chief.client, ids.eksjo, { municipalityId: cast.eksjo.id });
    expect(chief).toEqual({ items: [], total: { count: 0 }, one: null });
  });

  it('the chief reads their municipality, the manager every one', async () => {
    const chief = await read(cast.chief.client, ids.colleague);
    expect(sorted(chief.items)).toEqual([ids.own, ids.colleague].sort());
    expect(chief.total.count).toBe(2);
    expect(chief.one?.id).toBe(ids.colleague);

    const manager = await read(cast.manager.client, ids.eksjo);
    expect(sorted(manager.items)).toEqual(Object.values(ids).sort());
    expect(manager.total.count).toBe(3);
    expect(manager.one?.id).toBe(ids.eksjo);
  });

  it('counts in one round trip: the scope needs no statement of its own', async () => {
    const count = '{ _allEnrollmentsMeta { count } }';
    await cast.coach.client.gql(count); // the session and statement warm
    const before = h.db.database.roundTripTotal();
    const response = await cast.coach.client.gql<{ _allEnrollmentsMeta: { count: number } }>(count);
    expect(response.body.data?._allEnrollmentsMeta.count).toBe(1);
    expect(h.db.database.roundTripTotal() - before).toBe(1);
  });

  it('audits the single read and the page, naming the enrollments shown', async () => {
    await read(cast.coach.client, ids.own);
    const log = await cast.manager.client.gql<{
      auditLog: { entityIds: string[]; action: string; userId: string }[];
    }>(
      'query A($id: UUID!) { auditLog(entity: "enrollment", entityId: $id) { entityIds action userId } }',
      {
        id: ids.own,
      },
    );
    const reads = (log.body.data?.auditLog ?? []).filter(
      (row) => row.action === 'read' && row.userId === cast.coach.id,
    );
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.every((row) => row.entityIds.includes(ids.own))).toBe(true);
  });
});
