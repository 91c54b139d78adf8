import { LocalDate } from '@finsam-se/domain';
import { attestationWrites } from '@finsam-se/persistence';
import { givenMeeting } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, givenCast } from './support/builders.js';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';

// The scope hook of a declared resource (schema/define-resource.ts `scope`): a municipal chief
// reads the SE-group meetings and attestations of their own municipality only, in the list,
// its count and the single read alike; the manager reads every municipality's.
let h: Harness;
let cast: Cast;
const own: Record<'meeting' | 'attestation', string> = { meeting: '', attestation: '' };
const other: Record<'meeting' | 'attestation', string> = { meeting: '', attestation: '' };
beforeAll(async () => {
  h = await startHarness({ data: 'built' });
  cast = await givenCast(h);
  own.meeting = (await givenMeeting(cast.world, { municipalityId: cast.nassjo.id })).id;
  other.meeting = (await givenMeeting(cast.world, { municipalityId: cast.eksjo.id })).id;
  const attest = (municipalityId: string) =>
    cast.world.asTenant((tx) =>
      attestationWrites.createAttestation(tx, {
        municipalityId,
        projectId: cast.project.id,
        halfYear: '2025H1',
        signedBy: cast.manager.id,
        signedOn: LocalDate.from('2025-07-01'),
        statement: 'Arbetet följer projektplanen.',
      }),
    );
  own.attestation = await attest(cast.nassjo.id);
  other.attestation = await attest(cast.eksjo.id);
});
afterAll(async () => h.close());

const RESOURCES = [
  ['meeting', 'SeGroupMeeting', 'SeGroupMeetings'],
  ['attestation', 'Attestation', 'Attestations'],
] as const;

type Listed = {
  items: { id: string; municipalityId: string }[];
  total: { count: number };
  one: { id: string } | null;
};

async function read(
  client: Client,
  name: string,
  plural: string,
  id: string,
  municipalityId?: string,
): Promise<Listed | undefined> {
  const query = `query R($id: UUID!, $filter: ${name}Filter) {
    items: all${plural}(perPage: 100, filter: $filter) { id municipalityId }
    total: _all${plural}Meta(filter: $filter) { count }
    one: ${name}(id: $id) { id }
  }`;
  const response = await client.gql<Listed>(query, {
    id,
    filter: municipalityId ? { municipalityId } : null,
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data ?? undefined;
}

describe('a declared resource with a scope', () => {
  for (const [key, name, plural] of RESOURCES) {
    it(`${name}: the chief reads their own municipality's, never another's`, async () => {
      const chief = cast.chief.client;
      const mine = await read(chief, name, plural, own[key]);
      expect(mine?.items.map((row) => row.id)).toEqual([own[key]]);
      expect(mine?.total.count).toBe(1);
      expect(mine?.one?.id).toBe(own[key]);

      const theirs = await read(chief, name, plural, other[key], cast.eksjo.id);
      expect(theirs?.items).toEqual([]);
      expect(theirs?.total.count).toBe(0);
      expect(theirs?.one).toBeNull();
    });

    it(`${name}: the manager reads every municipality's`, async () => {
      const all = await read(cast.manager.client, name, plural, other[key]);
      expect(all?.items.map((row) => row.id).sort()).toEqual([own[key], other[key]].sort());
      expect(all?.total.count).toBe(2);
      expect(all?.one?.id).toBe(other[key]);
    });
  }
});
