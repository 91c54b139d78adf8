import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDemoSeeded, seedDemo } from '../src/seed/seed-demo.js';
import { DEMO_ASSOCIATION_ID } from '../src/seed/demo-association.js';
import { createTestPersistence, type TestPersistence } from '../src/testing/test-database.js';

let db: TestPersistence;
beforeAll(async () => {
  db = await createTestPersistence();
  await seedDemo(db);
});
afterAll(async () => db.close());

const count = async (sql: string) =>
  Number(
    (
      await db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
        tx.query<{ n: string }>(`SELECT (${sql})::text AS n`),
      )
    )[0]?.n,
  );

describe('demo association', () => {
  it('is seeded once, with the six Höglandet municipalities', async () => {
    expect(await isDemoSeeded(db)).toBe(true);
    const codes = await db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
      tx.query<{ code: string }>('SELECT code FROM municipalities ORDER BY code'),
    );
    expect(codes.map((row) => row.code)).toEqual(['0604', '0682', '0684', '0685', '0686', '0687']);
  });

  it('funds SE – fortsättning 2018–2020 with SEK 3.8 M a year, the 35 % goal and six 1.0 posts', async () => {
    const rows = await db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
      tx.query<{ year: number; amount_ore: string }>(
        `SELECT b.year, b.amount_ore FROM project_budgets b JOIN projects p ON p.id = b.project_id
         WHERE p.name = 'Supported Employment – fortsättning' ORDER BY b.year`,
      ),
    );
    expect(rows.map((r) => [r.year, r.amount_ore])).toEqual([
      [2018, '380000000'],
      [2019, '380000000'],
      [2020, '380000000'],
    ]);
    expect(
      await count(
        `SELECT target FROM goals g JOIN projects p ON p.id = g.project_id WHERE p.name = 'Supported Employment – fortsättning' AND metric = 'work_or_studies_at_discharge'`,
      ),
    ).toBe(3500);
    expect(
      await count(
        `SELECT sum(fte) FROM posts p JOIN projects pr ON pr.id = p.project_id WHERE pr.name = 'Supported Employment – fortsättning' AND period @> '2018-06-01'::date`,
      ),
    ).toBe(600);
    expect(
      await count(
        `SELECT count(*) FROM posts p JOIN projects pr ON pr.id = p.project_id WHERE pr.name = 'Supported Employment – fortsättning' AND period @> '2018-06-01'::date AND fte = 100`,
      ),
    ).toBe(6);
  });

  it('has well over the 120 enrolled of the earlier period in the 2018–2020 project, and every referral state', async () => {
    const enrolled = await count(
      `SELECT count(*) FROM enrollments e JOIN projects p ON p.id = e.project_id WHERE p.name = 'Supported Employment – fortsättning'`,
    );
    expect(enrolled).toBeGreaterThan(120);
    expect(enrolled).toBeLessThan(500);
    const states = await db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
      tx.query<{ state: string }>('SELECT DISTINCT state FROM referrals ORDER BY 1'),
    );
    expect(states.map((s) => s.state)).toEqual([
      'accepted',
      'declined',
      'escalated',
      'not_now',
      'received',
    ]);
  });

  it('covers all five phases, placements, discharges, follow-ups, attestations and a past reallocation', async () => {
    expect(await count(`SELECT count(DISTINCT phase) FROM phase_transitions`)).toBe(5);
    expect(await count(`SELECT count(DISTINCT kind) FROM placements`)).toBe(5);
    expect(
      await count(`SELECT count(*) FROM enrollments WHERE discharged_on IS NOT NULL`),
    ).toBeGreaterThan(50);
    expect(
      await count(`SELECT count(*) FROM follow_ups WHERE done_on IS NOT NULL`),
    ).toBeGreaterThan(10);
    expect(await count(`SELECT count(*) FROM attestations`)).toBeGreaterThan(20);
    expect(await count(`SELECT count(*) FROM reallocations`)).toBeGreaterThanOrEqual(2);
    expect(await count(`SELECT count(*) FROM users`)).toBeGreaterThanOrEqual(7);
  });

  it('gives caseloads a steering group recognises: 5–35 active participants per FTE', async () => {
    const rows = await db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
      tx.query<{ per_fte: number }>(`
        SELECT count(e.id)::float / (max(p.fte) / 100.0) AS per_fte
        FROM posts p JOIN projects pr ON pr.id = p.project_id AND pr.starts_on = '2021-01-01'
        LEFT JOIN enrollments e ON e.municipality_id = p.municipality_id AND e.project_id = pr.id
          AND e.enrolled_on <= '2026-10-01' AND (e.discharged_on IS NULL OR e.discharged_on > '2026-10-01')
        WHERE p.period @> '2026-10-01'::date AND p.slot = 1 GROUP BY p.municipality_id`),
    );
    const total = rows.reduce((sum, r) => sum + r.per_fte, 0) / rows.length;
    expect(total).toBeGreaterThan(5);
    expect(total).toBeLessThan(35);
  });

  it('is deterministic: the same seed gives the same data', async () => {
    const other = await createTestPersistence();
    try {
      await seedDemo(other);
      const fingerprint = (p: TestPersistence) =>
        p.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
          tx.query<{ f: string }>(
            `SELECT md5(string_agg(id::text || enrolled_on || coalesce(discharged_on::text, '') || coalesce(occupation_after, ''), ',' ORDER BY id)) AS f FROM enrollments`,
          ),
        );
      expect(await fingerprint(other)).toEqual(await fingerprint(db));
    } finally {
      await other.close();
    }
  });
});
