import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDemoSeeded, seedDemo } from '../src/seed/seed-demo.js';
import { DEMO_ASSOCIATION_ID } from '../src/seed/demo-association.js';
import { SECOND_DEMO_ASSOCIATION_ID } from '../src/seed/demo-second-association.js';
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

  it('pays each contract from its project: one coach record per contract, no two alike by name', async () => {
    expect(
      await count(
        `SELECT count(*) FROM (SELECT municipality_id, name FROM coaches GROUP BY 1, 2 HAVING count(*) > 1) x`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) FROM coaches c JOIN projects p ON c.employed_from = p.starts_on AND c.employed_until = p.ends_on`,
      ),
    ).toBe(await count(`SELECT count(*) FROM coaches`));
  });

  it("keeps only the goal its own description states (35 %) on Höglandet's first project", async () => {
    const goals = await db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
      tx.query<{ metric: string; target: number }>(
        `SELECT g.metric, g.target FROM goals g JOIN projects p ON p.id = g.project_id
         WHERE p.name = 'Supported Employment – fortsättning'`,
      ),
    );
    expect(goals).toEqual([{ metric: 'work_or_studies_at_discharge', target: 3500 }]);
    expect(await count(`SELECT count(*) FROM goals WHERE target <> 3500`)).toBe(0);
  });

  it("dates every discharge inside its project (on or before the project's last day)", async () => {
    expect(
      await count(`SELECT count(*) FROM enrollments WHERE discharged_on IS NOT NULL`),
    ).toBeGreaterThan(300);
    expect(
      await count(
        `SELECT count(*) FROM enrollments e JOIN projects p ON p.id = e.project_id
         WHERE e.discharged_on IS NOT NULL AND NOT (e.discharged_on >= p.starts_on AND e.discharged_on < p.ends_on)`,
      ),
    ).toBe(0);
    expect(await count(`SELECT count(*) FROM enrollments WHERE discharged_on = '2021-01-01'`)).toBe(
      0,
    );
  });

  it('continues the caseload: everyone enrolled when the first project ends goes on in the continuation', async () => {
    const first = `(SELECT id FROM projects WHERE starts_on = '2018-01-01')`;
    const next = `(SELECT id FROM projects WHERE starts_on = '2021-01-01')`;
    const openAtEnd = await count(
      `SELECT count(*) FROM enrollments WHERE project_id = ${first} AND discharged_on = '2020-12-31'
       AND discharge_reason = 'project_ended' AND occupation_after = 'other_intervention'`,
    );
    const activeOnFirstDay = await count(
      `SELECT count(*) FROM enrollments WHERE project_id = ${next} AND enrolled_on = '2021-01-01'`,
    );
    expect(openAtEnd).toBeGreaterThan(50);
    expect(activeOnFirstDay).toBe(openAtEnd);
    expect(
      await count(
        `SELECT count(*) FROM enrollments a JOIN enrollments b ON b.participant_id = a.participant_id
         AND b.project_id = ${next} AND b.enrolled_on = '2021-01-01'
         WHERE a.project_id = ${first} AND a.discharged_on = '2020-12-31' AND a.occupation_after = 'other_intervention'`,
      ),
    ).toBe(openAtEnd);
  });

  it('is deterministic: the same seed gives the same data', async () => {
    const other = await createTestPersistence();
    try {
      await seedDemo(other, {});
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

describe('the second förbund: Södra Vätterbygden, with Efterstöd and its own goals', () => {
  const second = <T>(sql: string) =>
    db.database.withTenant(SECOND_DEMO_ASSOCIATION_ID, (tx) => tx.query<T & object>(sql));

  it('has its own municipalities, project and goals (75 % keep work or studies, 80 % satisfied)', async () => {
    const names = await second<{ name: string }>('SELECT name FROM municipalities ORDER BY code');
    expect(names.map((r) => r.name)).toEqual(['Mullsjö', 'Habo', 'Jönköping']);
    const goals = await second<{ project: string; metric: string; target: number }>(
      `SELECT p.name AS project, g.metric, g.target FROM goals g JOIN projects p ON p.id = g.project_id ORDER BY g.metric`,
    );
    expect(goals).toEqual([
      { project: 'Efterstöd', metric: 'satisfied_employers', target: 8000 },
      { project: 'Efterstöd', metric: 'satisfied_participants', target: 8000 },
      { project: 'Efterstöd', metric: 'still_working_after_support', target: 7500 },
    ]);
  });

  it('is a smaller data set, inside its project, with a half-time post in Jönköping', async () => {
    const [row] = await second<{ n: number; outside: number; fte: number }>(
      `SELECT (SELECT count(*)::int FROM enrollments) AS n,
              (SELECT count(*)::int FROM enrollments e JOIN projects p ON p.id = e.project_id
                WHERE e.enrolled_on < p.starts_on OR e.enrolled_on >= p.ends_on
                   OR e.discharged_on IS NULL OR e.discharged_on >= p.ends_on) AS outside,
              (SELECT sum(fte)::int FROM posts WHERE period @> '2019-06-01'::date) AS fte`,
    );
    expect(row?.n).toBeGreaterThan(10);
    expect(row?.n).toBeLessThan(120);
    expect(row?.outside).toBe(0);
    expect(row?.fte).toBe(50);
  });

  it('is not visible from Höglandet', async () => {
    expect(await count(`SELECT count(*) FROM projects WHERE name = 'Efterstöd'`)).toBe(0);
  });
});

describe('demo anchored to the day it is seeded', () => {
  it('runs up to the "today" it is given: the last month with activity is that month', async () => {
    const other = await createTestPersistence();
    try {
      await seedDemo(other, { today: '2026-12-20' });
      const [row] = await other.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
        tx.query<{ last: string }>(
          `SELECT to_char(greatest(
             (SELECT max(received_on) FROM referrals),
             (SELECT max(enrolled_on) FROM enrollments),
             (SELECT max(discharged_on) FROM enrollments)), 'YYYY-MM-DD') AS last`,
        ),
      );
      expect(row?.last.slice(0, 7)).toBe('2026-12');
      expect((row?.last ?? '') <= '2026-12-20').toBe(true);
    } finally {
      await other.close();
    }
  });
});
