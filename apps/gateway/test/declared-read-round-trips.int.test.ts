import { givenEnrollment, givenParticipant, givenReferral } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, givenCast } from './support/builders.js';
import { type Harness, startHarness } from './support/gateway-harness.js';

// The round trips of each declared resource's cold reads (schema/define-resource.ts), counted
// as the manager with a row of each person-level kind. Declaring these resources kept every
// read at or below what their hand-written resolvers took (issue 22's one-round-trip path):
// a page in one statement plus its audit row through the writer (participants), a page and
// its audit row in one transaction (enrollments), a scope hook in a transaction (referrals),
// and a count or single read from the actor alone in one statement (actorScope).
let h: Harness;
let cast: Cast;
const ids: Record<string, string> = {};
const NOWHERE = '00000000-0000-4000-8000-000000000000';
beforeAll(async () => {
  h = await startHarness({ data: 'built' });
  cast = await givenCast(h);
  const person = await givenParticipant(cast.world, { homeMunicipalityId: cast.nassjo.id });
  ids['Participant'] = person.id;
  ids['Enrollment'] = (
    await givenEnrollment(cast.world, {
      participantId: person.id,
      coachId: cast.coach.coach.id,
      projectId: cast.project.id,
    })
  ).id;
  ids['Referral'] = (
    await givenReferral(cast.world, {
      participantId: person.id,
      municipalityId: cast.nassjo.id,
      projectId: cast.project.id,
    })
  ).id;
  ids['User'] = cast.coach.id;
});
afterAll(async () => h.close());

/** name, plural, round trips of [page, count, single read]. */
const RESOURCES = [
  ['Participant', 'Participants', [2, 1, 2]],
  ['Enrollment', 'Enrollments', [3, 1, 3]],
  ['Placement', 'Placements', [2, 1, 1]],
  ['FollowUp', 'FollowUps', [2, 1, 1]],
  ['Referral', 'Referrals', [3, 2, 3]],
  ['User', 'Users', [2, 1, 1]],
] as const;

async function tripsOf(query: string, variables?: Record<string, unknown>): Promise<number> {
  await cast.manager.client.gql(query, variables); // the session and statements warm
  const before = h.db.database.roundTripTotal();
  const response = await cast.manager.client.gql(query, variables);
  expect(response.body.errors).toBeUndefined();
  return h.db.database.roundTripTotal() - before;
}

describe('the round trips of a declared resource’s cold reads', () => {
  for (const [name, plural, [page, count, one]] of RESOURCES) {
    it(`${name}: page ${page}, count ${count}, single read ${one}`, async () => {
      expect(await tripsOf(`{ all${plural}(perPage: 10) { id } }`)).toBe(page);
      expect(await tripsOf(`{ _all${plural}Meta { count } }`)).toBe(count);
      const single = `query O($id: UUID!) { ${name}(id: $id) { id } }`;
      expect(await tripsOf(single, { id: ids[name] ?? NOWHERE })).toBe(one);
    });
  }
});
