import { codeLists } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../src/errors/error-codes.js';
import { type Harness, codesOf, startHarness } from './support/gateway-harness.js';

// The code lists and error codes clients read instead of keeping a copy (issue 18 item 7).

const CODE_LISTS = `{ codeLists {
  lists { id version nameSv nameEn entries { code labelSv labelEn validFrom validUntil } }
  errorCodes
} }`;

type Answer = {
  codeLists: {
    lists: {
      id: string;
      version: number;
      nameSv: string;
      entries: { code: string; labelSv: string; labelEn: string; validUntil: string | null }[];
    }[];
    errorCodes: string[];
  };
};

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('codeLists', () => {
  it('answers every signed-in role with the lists the services validate against', async () => {
    for (const role of ['coach', 'external'] as const) {
      const res = await (await h.as(role)).gql<Answer>(CODE_LISTS);
      expect(res.body.errors).toBeUndefined();
      const lists = res.body.data?.codeLists.lists ?? [];
      expect(lists.map((l) => l.id)).toEqual(codeLists.map((l) => l.id.toUpperCase()));
      for (const [i, list] of codeLists.entries()) {
        expect(lists[i]?.version).toBe(list.version);
        expect(lists[i]?.nameSv).toBe(list.name.sv);
        expect(lists[i]?.entries).toEqual(
          list.entries.map((e) => ({
            code: e.code,
            labelSv: e.label.sv,
            labelEn: e.label.en,
            validFrom: e.validFrom,
            validUntil: e.validUntil,
          })),
        );
      }
    }
  });

  it("lists the gateway's error codes, SERVICE_UNAVAILABLE among them", async () => {
    const res = await (await h.as('coach')).gql<Answer>(CODE_LISTS);
    expect(res.body.data?.codeLists.errorCodes).toEqual([...errorCodes]);
    expect(res.body.data?.codeLists.errorCodes).toContain('SERVICE_UNAVAILABLE');
  });

  it('is refused without a session', async () => {
    const res = await h.anonymous.gql(CODE_LISTS);
    expect(codesOf(res)).toEqual(['UNAUTHENTICATED']);
  });
});
