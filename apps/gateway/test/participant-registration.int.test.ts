import { testPersonnummer } from '@finsam-se/domain';
import { givenCoach } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUPLICATE_LIMIT } from '../src/participant/participant-duplicate.js';
import { type Cast, givenCast } from './support/builders.js';
import { codesOf, type Harness, startHarness } from './support/gateway-harness.js';

// Builds its own association (see docs/testing.md): the people registered here are the
// only participants there are, so counts and audit rows are exact.
let h: Harness;
let cast: Cast;
let nassjo = '';
beforeAll(async () => {
  h = await startHarness({ data: 'built' });
  cast = await givenCast(h);
  nassjo = cast.nassjo.id;
});
afterAll(async () => h.close());

const sql = <T>(text: string, params: unknown[] = []) =>
  h.db.database.withOwner((tx) => tx.query<T>(text, params));

type Created = { id: string; personnummer: string; status: string; version: number };
const CREATE = `mutation C($personnummer: String!, $firstName: String!, $lastName: String!, $homeMunicipalityId: UUID!, $targetGroupFactors: [TargetGroupFactor!]) {
  createParticipant(personnummer: $personnummer, firstName: $firstName, lastName: $lastName, homeMunicipalityId: $homeMunicipalityId, targetGroupFactors: $targetGroupFactors) { id personnummer status version }
}`;
const ONE = `query One($id: UUID!) {
  Participant(id: $id) { id firstName status }
  participantConsents(participantId: $id) { id }
}`;
const LIST = `query L($filter: ParticipantFilter) {
  allParticipants(perPage: 500, filter: $filter) { id }
  _allParticipantsMeta(filter: $filter) { count }
}`;

let variant = 0;
/** A fresh test personnummer per call (born in 1932, a new day each time). */
const freshPersonnummer = () => {
  variant += 1;
  const born = new Date(Date.UTC(1932, 0, 1 + variant)).toISOString().slice(0, 10);
  return testPersonnummer(born, 'male', variant);
};

/** The created person, or a failed test naming the errors. */
function createdOf(response: Awaited<ReturnType<typeof register>>): Created {
  const person = response.body.data?.createParticipant;
  if (!person) throw new Error(`Not created: ${response.text}`);
  return person;
}

type Registrar = 'coach' | 'chief' | 'manager';

async function register(who: Registrar, personnummer = freshPersonnummer()) {
  return cast[who].client.gql<{ createParticipant: Created }>(CREATE, {
    personnummer,
    firstName: 'Ny',
    lastName: `Registrerad${variant}`,
    homeMunicipalityId: nassjo,
    targetGroupFactors: ['DISABILITY', 'MENTAL_ILL_HEALTH'],
  });
}

describe('a coach sees the people they register until someone else takes them over', () => {
  it('lists, opens and reads the consents of a person the coach just registered', async () => {
    const created = await register('coach');
    expect(created.body.errors).toBeUndefined();
    const person = createdOf(created);
    expect(person.status).toBe('WAITING');
    const coach = cast.coach.client;
    const one = await coach.gql<{ Participant: { id: string; status: string } | null }>(ONE, {
      id: person.id,
    });
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data?.Participant).toMatchObject({ id: person.id, status: 'WAITING' });
    const list = await coach.gql<{
      allParticipants: { id: string }[];
      _allParticipantsMeta: { count: number };
    }>(LIST, { filter: { q: person.personnummer } });
    expect(list.body.data?.allParticipants.map((p) => p.id)).toEqual([person.id]);
    expect(list.body.data?._allParticipantsMeta.count).toBe(1);
    const [row] = await sql<{ registered_by: string; email: string }>(
      `SELECT p.registered_by, u.email FROM participants p JOIN users u ON u.id = p.registered_by WHERE p.id = $1`,
      [person.id],
    );
    expect(row?.email).toBe(cast.coach.email);
  });

  it('stops seeing them once another coach enrols them, and keeps them when enrolled with themselves', async () => {
    const coach = cast.coach.client;
    const me = await coach.gql<{ me: { coachId: string } }>('{ me { coachId } }');
    const myCoachId = me.body.data?.me.coachId ?? '';
    expect(myCoachId).toBe(cast.coach.coach.id);
    const project = cast.project;
    const other = await givenCoach(cast.world, { municipalityId: nassjo });
    const enrol = (participantId: string, coachId: string) =>
      sql(
        `INSERT INTO enrollments (association_id, participant_id, coach_id, municipality_id, project_id, enrolled_on, compensation_at_start)
         SELECT association_id, id, $2, $3, $4, '2026-11-02', ARRAY['salary'] FROM participants WHERE id = $1`,
        [participantId, coachId, nassjo, project.id],
      );
    const takenOver = createdOf(await register('coach'));
    const kept = createdOf(await register('coach'));
    await enrol(takenOver.id, other.id);
    await enrol(kept.id, myCoachId);

    const gone = await coach.gql<{ Participant: unknown }>(ONE, { id: takenOver.id });
    expect(gone.body.data?.Participant ?? null).toBeNull();
    expect(codesOf(gone)).toEqual(['NOT_FOUND']); // the consents of someone out of scope
    const stays = await coach.gql<{ Participant: { status: string } }>(ONE, { id: kept.id });
    expect(stays.body.data?.Participant.status).toBe('ACTIVE');
    const list = await coach.gql<{ allParticipants: { id: string }[] }>(LIST, {
      filter: { ids: [takenOver.id, kept.id] },
    });
    expect(list.body.data?.allParticipants.map((p) => p.id)).toEqual([kept.id]);
  });

  it('does not show a coach the people another user registered', async () => {
    const byChief = createdOf(await register('chief'));
    const one = await cast.coach.client.gql<{ Participant: unknown }>(
      'query($id: UUID!) { Participant(id: $id) { id } }',
      { id: byChief.id },
    );
    expect(one.body.data?.Participant).toBeNull();
  });
});

describe('a duplicate personnummer', () => {
  it('gets its own code and message, writes no participant and audits the attempt', async () => {
    const personnummer = freshPersonnummer();
    const first = createdOf(await register('manager', personnummer));
    const before = await sql<{ n: string }>(`SELECT count(*)::text AS n FROM participants`);
    const again = await cast.coach.client.gql(CREATE, {
      personnummer: `${personnummer.slice(2, 8)}-${personnummer.slice(8)}`,
      firstName: 'Samma',
      lastName: 'Nummer',
      homeMunicipalityId: nassjo,
    });
    expect(codesOf(again)).toEqual(['DUPLICATE_PERSONNUMMER']);
    expect(again.body.errors?.[0]?.message).toBe(
      'Det finns redan en deltagare med det personnumret.',
    );
    expect(again.body.errors?.[0]?.extensions?.field).toBe('personnummer');
    expect(again.text).not.toContain(first.id);
    expect(await sql(`SELECT count(*)::text AS n FROM participants`)).toEqual(before);
    const audited = await sql<{ email: string; action: string; entity_ids: string[] }>(
      `SELECT u.email, l.action, l.entity_ids::text[] AS entity_ids FROM audit_log l JOIN users u ON u.id = l.user_id
       WHERE l.entity = 'participant' AND l.detail->>'refused' = 'DUPLICATE_PERSONNUMMER'`,
    );
    expect(audited).toEqual([
      { email: cast.coach.email, action: 'create', entity_ids: [first.id] },
    ]);
  });

  it(`stops a user who hits ${DUPLICATE_LIMIT} duplicates within the hour, and only that user`, async () => {
    const taken = freshPersonnummer();
    expect((await register('manager', taken)).body.errors).toBeUndefined();
    for (let i = 0; i < DUPLICATE_LIMIT; i += 1)
      expect(codesOf(await register('chief', taken))).toEqual(['DUPLICATE_PERSONNUMMER']);
    // Over the limit: refused before any look-up, so a free number is refused as well.
    const fresh = freshPersonnummer();
    const limited = await register('chief', fresh);
    expect(codesOf(limited)).toEqual(['RATE_LIMITED']);
    expect(codesOf(await register('chief', taken))).toEqual(['RATE_LIMITED']);
    expect((await register('manager', fresh)).body.errors).toBeUndefined();
  });
});
