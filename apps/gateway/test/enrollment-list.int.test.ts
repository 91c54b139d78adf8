import {
  type GivenEnrollment,
  givenCoach,
  givenEnrollment,
  givenParticipant,
  givenProject,
} from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, givenCast } from './support/builders.js';
import { type Harness, startHarness } from './support/gateway-harness.js';

// Builds its own association (see docs/testing.md): every enrollment listed here is one
// the suite made, so pages, totals and scopes are asserted exactly, whatever the demo holds.
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
  coachId: string;
  municipalityId: string;
  enrolledOn: string;
  currentPhase: string;
};
const FIELDS = 'id coachId municipalityId enrolledOn currentPhase';
const LIST = `query L($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: EnrollmentFilter) {
  items: allEnrollments(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { ${FIELDS} }
  total: _allEnrollmentsMeta(page: $page, perPage: $perPage, filter: $filter) { count }
}`;
const DISCHARGE = `mutation D($id: UUID!, $on: LocalDate!, $reason: String!, $end: [String!]!, $occ: String!, $version: Int!) {
  dischargeEnrollment(id: $id, on: $on, reason: $reason, compensationAtEnd: $end, occupationAfter: $occ, version: $version) { id }
}`;

/** An enrollment built straight into the database, of a new participant. */
async function builtEnrollment(values: {
  coachId: string;
  projectId: string;
  enrolledOn: string;
  homeMunicipalityId?: string;
}): Promise<GivenEnrollment> {
  const person = await givenParticipant(cast.world, {
    homeMunicipalityId: values.homeMunicipalityId ?? nassjo,
  });
  return givenEnrollment(cast.world, { ...values, participantId: person.id });
}

describe('enrollment lists', () => {
  it('lists with paging, sorting, ids, filters and total', async () => {
    // Twelve enrollments in a project of their own, one a day; the newest is discharged.
    const listed = await givenProject(cast.world);
    const built: GivenEnrollment[] = [];
    for (let day = 1; day <= 12; day += 1)
      built.push(
        await builtEnrollment({
          coachId,
          projectId: listed.id,
          enrolledOn: `2025-02-${String(day).padStart(2, '0')}`,
        }),
      );
    const newest = built[11];
    const discharged = await cast.coach.client.gql(DISCHARGE, {
      id: newest?.id,
      on: '2025-06-01',
      reason: 'moved',
      end: ['activity_compensation'],
      occ: 'job_seeking',
      version: 1,
    });
    expect(discharged.body.errors).toBeUndefined();
    const newestFirst = built
      .slice(0, 11)
      .reverse()
      .map((e) => e.id);

    const manager = cast.manager.client;
    const pageOf = (page: number) =>
      manager.gql<{ items: E[]; total: { count: number } }>(LIST, {
        page,
        perPage: 5,
        sortField: 'enrolledOn',
        sortOrder: 'DESC',
        filter: { active: true, projectId: listed.id },
      });
    const first = await pageOf(0);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.items.map((e) => e.id)).toEqual(newestFirst.slice(0, 5));
    expect(first.body.data?.total.count).toBe(11);
    expect((await pageOf(1)).body.data?.items.map((e) => e.id)).toEqual(newestFirst.slice(5, 10));
    expect((await pageOf(2)).body.data?.items.map((e) => e.id)).toEqual(newestFirst.slice(10));
    const all = await manager.gql<{ total: { count: number } }>(LIST, {
      filter: { projectId: listed.id },
    });
    expect(all.body.data?.total.count).toBe(12);

    const ids = newestFirst.slice(0, 3);
    const byIds = await manager.gql<{ items: E[]; total: { count: number } }>(LIST, {
      filter: { ids },
    });
    expect(byIds.body.data?.total.count).toBe(3);
    const one = await manager.gql<{ Enrollment: E }>(
      `query($id: UUID!) { Enrollment(id: $id) { ${FIELDS} } }`,
      { id: ids[0] },
    );
    expect(one.body.data?.Enrollment).toMatchObject({
      id: ids[0],
      coachId,
      municipalityId: nassjo,
      enrolledOn: '2025-02-11',
      currentPhase: 'AGREEMENT',
    });
  });

  it('coach sees only own enrollments; chief only their municipality', async () => {
    const colleague = await givenCoach(cast.world, { municipalityId: nassjo });
    const elsewhere = await givenCoach(cast.world, { municipalityId: cast.eksjo.id });
    const mineBuilt = await builtEnrollment({
      coachId,
      projectId: project,
      enrolledOn: '2026-03-01',
    });
    const colleagues = await builtEnrollment({
      coachId: colleague.id,
      projectId: project,
      enrolledOn: '2026-03-01',
    });
    const eksjos = await builtEnrollment({
      coachId: elsewhere.id,
      projectId: project,
      enrolledOn: '2026-03-01',
      homeMunicipalityId: cast.eksjo.id,
    });
    const idsSeenBy = async (client: typeof cast.coach.client) => {
      const list = await client.gql<{ items: E[] }>(LIST, { perPage: 500 });
      expect(list.body.errors).toBeUndefined();
      return list.body.data?.items ?? [];
    };
    const mine = await idsSeenBy(cast.coach.client);
    expect(mine.map((e) => e.id)).toContain(mineBuilt.id);
    expect(mine.every((e) => e.coachId === coachId)).toBe(true);
    const theirs = await idsSeenBy(cast.chief.client);
    expect(theirs.map((e) => e.id)).toEqual(expect.arrayContaining([mineBuilt.id, colleagues.id]));
    expect(theirs.every((e) => e.municipalityId === nassjo)).toBe(true);
    expect(theirs.map((e) => e.id)).not.toContain(eksjos.id);
    const everyone = await idsSeenBy(cast.manager.client);
    expect(everyone.map((e) => e.id)).toEqual(
      expect.arrayContaining([mineBuilt.id, colleagues.id, eksjos.id]),
    );
  });
});
