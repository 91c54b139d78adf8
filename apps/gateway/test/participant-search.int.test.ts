import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, type Harness, startHarness } from './support/gateway-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const sql = <T>(text: string, params: unknown[] = []) =>
  h.db.database.withOwner((tx) => tx.query<T>(text, params));

type Row = {
  id: string;
  firstName: string;
  lastName: string;
  status: string;
  currentPhase: string | null;
};
const LIST = `query L($filter: ParticipantFilter) {
  items: allParticipants(perPage: 500, filter: $filter) { id firstName lastName status currentPhase }
  total: _allParticipantsMeta(filter: $filter) { count }
}`;
type ListBody = { items: Row[]; total: { count: number } };

/** A demo person in Nässjö enrolled with the demo coach, with the number in clear. */
async function someoneOfTheCoach() {
  const manager = await h.as('manager');
  const coach = await h.as('coach');
  const mine = await coach.gql<ListBody>(LIST, { filter: { status: ['ACTIVE'] } });
  const id = mine.body.data?.items[0]?.id ?? '';
  const one = await manager.gql<{
    Participant: { id: string; personnummer: string; firstName: string; lastName: string };
  }>('query($id: UUID!) { Participant(id: $id) { id personnummer firstName lastName } }', { id });
  const person = one.body.data?.Participant;
  if (!person) throw new Error(one.text);
  return person;
}

describe('finding people', () => {
  it('finds a person by personnummer in every written form, as manager and as their coach', async () => {
    const person = await someoneOfTheCoach();
    const [digits12, serial] = [person.personnummer.replace('-', ''), person.personnummer.slice(9)];
    const forms = [
      person.personnummer,
      digits12,
      digits12.slice(2),
      `${digits12.slice(2, 8)}-${serial}`,
    ];
    for (const role of ['manager', 'coach'] as const) {
      const client = await h.as(role);
      for (const q of forms) {
        const res = await client.gql<ListBody>(LIST, { filter: { q } });
        expect({ role, q, ids: res.body.data?.items.map((p) => p.id) }).toEqual({
          role,
          q,
          ids: [person.id],
        });
        expect(res.body.data?.total.count).toBe(1);
      }
    }
    // Someone else's number finds nobody for the coach; a wrong check digit nobody at all.
    const [other] = await sql<{ id: string }>(
      `SELECT p.id FROM participants p WHERE p.home_municipality_id <> (SELECT home_municipality_id FROM participants WHERE id = $1) LIMIT 1`,
      [person.id],
    );
    const manager = await h.as('manager');
    const theirs = await manager.gql<{ Participant: { personnummer: string } }>(
      'query($id: UUID!) { Participant(id: $id) { personnummer } }',
      { id: other?.id },
    );
    const coach = await h.as('coach');
    const notMine = await coach.gql<ListBody>(LIST, {
      filter: { q: theirs.body.data?.Participant.personnummer },
    });
    expect(notMine.body.data?.items).toEqual([]);
    const wrong = `${digits12.slice(0, 11)}${(Number(digits12[11]) + 1) % 10}`;
    const none = await manager.gql<ListBody>(LIST, { filter: { q: wrong } });
    expect(none.body.errors).toBeUndefined();
    expect(none.body.data?.total.count).toBe(0);
  });

  it('finds a person by full name, every word beginning the first or last name', async () => {
    const person = await someoneOfTheCoach();
    const manager = await h.as('manager');
    const full = await manager.gql<ListBody>(LIST, {
      filter: { q: `${person.firstName} ${person.lastName}` },
    });
    const ids = full.body.data?.items.map((p) => p.id) ?? [];
    expect(ids).toContain(person.id);
    for (const p of full.body.data?.items ?? []) {
      expect(`${p.firstName} ${p.lastName}`.toLowerCase()).toContain(
        person.firstName.toLowerCase(),
      );
      expect(`${p.firstName} ${p.lastName}`.toLowerCase()).toContain(person.lastName.toLowerCase());
    }
    const reversed = await manager.gql<ListBody>(LIST, {
      filter: { q: `${person.lastName.slice(0, 3)} ${person.firstName}` },
    });
    expect(reversed.body.data?.items.map((p) => p.id)).toContain(person.id);
    const mismatch = await manager.gql<ListBody>(LIST, {
      filter: { q: `${person.firstName} Ingenhetersåisverige` },
    });
    expect(mismatch.body.data?.items).toEqual([]);
  });

  it('filters by status: active, waiting and discharged split everyone, as the database says', async () => {
    const coach = await h.as('coach');
    const count = async (status?: string[]) =>
      (await coach.gql<ListBody>(LIST, { filter: status ? { status } : {} })).body.data?.total
        .count ?? -1;
    const [all, active, waiting, discharged, current] = await Promise.all([
      count(),
      count(['ACTIVE']),
      count(['WAITING']),
      count(['DISCHARGED']),
      count(['ACTIVE', 'WAITING']),
    ]);
    expect(active + waiting + discharged).toBe(all);
    expect(current).toBe(active + waiting);
    const me = await coach.gql<{ me: { coachId: string } }>('{ me { coachId } }');
    const [open] = await sql<{ n: string }>(
      `SELECT count(DISTINCT participant_id)::text AS n FROM enrollments e
       WHERE e.coach_id = $1 AND e.discharged_on IS NULL`,
      [me.body.data?.me.coachId],
    );
    expect(active).toBe(Number(open?.n));
    expect(active).toBeLessThan(all);
    const page = await coach.gql<ListBody>(LIST, { filter: { status: ['DISCHARGED'] } });
    expect(page.body.data?.items.every((p) => p.status === 'DISCHARGED')).toBe(true);
  });

  it('refuses an unknown status with BAD_USER_INPUT', async () => {
    const manager = await h.as('manager');
    expect(codesOf(await manager.gql(LIST, { filter: { status: ['GONE'] } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('the board reads aggregated figures, not people', () => {
  it('gets FORBIDDEN for lists, counts and single people', async () => {
    const board = await h.as('board');
    const [anyone] = await sql<{ id: string }>('SELECT id FROM participants LIMIT 1');
    for (const [query, variables] of [
      ['{ allParticipants { id firstName } }', {}],
      ['{ _allParticipantsMeta { count } }', {}],
      ['query($id: UUID!) { Participant(id: $id) { id firstName } }', { id: anyone?.id }],
      ['{ allEnrollments { id participantName } }', {}],
    ] as const) {
      const res = await board.gql(query, variables);
      expect(codesOf(res)).toEqual(['FORBIDDEN']);
      expect(res.text).not.toMatch(/firstName"|participantName"/);
    }
    // The aggregated dashboard stays open to the board.
    const [project] = await sql<{ id: string }>(
      'SELECT id FROM projects ORDER BY starts_on DESC LIMIT 1',
    );
    const dashboard = await board.gql(
      'query($p: UUID!) { dashboard(projectId: $p, asOf: "2026-06-30") { referralsWaiting } }',
      { p: project?.id },
    );
    expect(codesOf(dashboard)).toEqual([]);
  });
});
