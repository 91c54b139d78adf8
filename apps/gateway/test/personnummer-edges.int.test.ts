import { describeDomainError } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, type Harness, startHarness } from './support/gateway-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const CREATE = `mutation C($personnummer: String!, $homeMunicipalityId: UUID!) {
  createParticipant(personnummer: $personnummer, firstName: "Noll", lastName: "Serie", homeMunicipalityId: $homeMunicipalityId) { id }
}`;

describe('personnummer edges over GraphQL', () => {
  it('refuses serial number 000 with its own code and a Swedish message, writing nothing', async () => {
    const manager = await h.as('manager');
    const [home] = await h.db.database.withOwner((tx) =>
      tx.query<{ id: string }>(`SELECT id FROM municipalities WHERE code = '0682'`),
    );
    const count = async () =>
      (
        await h.db.database.withOwner((tx) =>
          tx.query<{ n: string }>(`SELECT count(*) AS n FROM participants`),
        )
      )[0]?.n;
    const before = await count();
    // 811218-0008: the check digit is right (Luhn over 811218000 = 22 → 8), the serial is 000.
    for (const personnummer of ['811218-0008', '198112180008']) {
      const refused = await manager.gql(CREATE, { personnummer, homeMunicipalityId: home?.id });
      expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
      const error = refused.body.errors?.[0];
      expect(error?.extensions?.reason).toBe('PERSONNUMMER.SERIAL');
      expect(error?.extensions?.field).toBe('personnummer');
      expect(error?.message).toBe(describeDomainError('PERSONNUMMER.SERIAL', 'sv'));
      expect(error?.message).toBe('Personnumret finns inte: födelsenumret 000 delas aldrig ut.');
    }
    expect(await count()).toBe(before);
  });
});
