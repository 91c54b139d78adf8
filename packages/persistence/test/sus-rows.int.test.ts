// The SUS export's keyset pages (issue 19: the workbook streams page by page): read in pages
// of a few, the registrations are exactly those of one read, in the same order, none twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentRepository } from '../src/personal-data/personal-data.repository.js';
import { susRegistrationRows } from '../src/report/sus-rows.js';
import { DEMO_ASSOCIATION_ID } from '../src/seed/demo-association.js';
import { createTestPersistence, type TestPersistence } from '../src/testing/test-database.js';

let db: TestPersistence;
beforeAll(async () => {
  db = await createTestPersistence({ demo: true });
  // The demo records no SUS consent: forty people give theirs.
  const people = await db.database.withOwner((tx) =>
    tx.query<{ id: string }>(
      `SELECT DISTINCT participant_id AS id FROM enrollments WHERE association_id = $1
        ORDER BY participant_id LIMIT 40`,
      [DEMO_ASSOCIATION_ID],
    ),
  );
  await db.database.withTenant(DEMO_ASSOCIATION_ID, async (tx) => {
    for (const person of people)
      await consentRepository.record(tx, {
        participantId: person.id,
        purpose: 'sus_registration',
        givenOn: '2018-01-01',
        method: 'written',
        recordedBy: null,
      });
  });
});
afterAll(async () => db.close());

const query = { from: '2018-01-01', to: '2027-01-01', consentDay: '2026-12-01' };

describe('susRegistrationRows in pages', () => {
  it('gives the same registrations in the same order page by page as in one read', async () => {
    const { all, paged } = await db.database.withTenant(DEMO_ASSOCIATION_ID, async (tx) => {
      const whole = await susRegistrationRows(tx, query);
      const pages: string[][] = [];
      let after: { registeredOn: string; registrationId: string } | undefined;
      for (;;) {
        const page = await susRegistrationRows(tx, {
          ...query,
          limit: 7,
          ...(after ? { after } : {}),
        });
        if (page.length > 0) pages.push(page.map((row) => row.registrationId));
        const last = page.at(-1);
        if (!last || page.length < 7) break;
        after = { registeredOn: last.registeredOn, registrationId: last.registrationId };
      }
      return { all: whole.map((row) => row.registrationId), paged: pages };
    });
    expect(all.length).toBeGreaterThan(14);
    expect(paged.length).toBe(Math.ceil(all.length / 7));
    expect(paged.every((page) => page.length <= 7)).toBe(true);
    expect(paged.flat()).toEqual(all);
  });
});
