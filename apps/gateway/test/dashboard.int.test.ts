import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, type Harness, startHarness } from './support/gateway-harness.js';

type Dashboard = {
  projectId: string;
  asOf: string;
  referralsWaiting: number;
  budget: number;
  committed: number;
  outcome: {
    goal: number;
    discharged: number;
    toWorkOrStudies: number;
    share: number | null;
    byGender: {
      gender: string;
      discharged: number;
      toWorkOrStudies: number;
      share: number | null;
    }[];
  };
  capacity: {
    municipalityId: string;
    municipalityName: string;
    fte: number;
    activeParticipants: number;
    caseloadPerFte: number | null;
    band: number | null;
    referralsWaiting: number;
  }[];
  attestationsDue: { municipalityId: string; municipalityName: string; halfYear: string }[];
};

const DASHBOARD = `query Dashboard($projectId: UUID!, $asOf: LocalDate!) {
  dashboard(projectId: $projectId, asOf: $asOf) {
    projectId asOf referralsWaiting budget committed
    outcome { goal discharged toWorkOrStudies share byGender { gender discharged toWorkOrStudies share } }
    capacity { municipalityId municipalityName fte activeParticipants caseloadPerFte band referralsWaiting }
    attestationsDue { municipalityId municipalityName halfYear }
  }
}`;

let h: Harness;
let projectId: string;
let nassjo: string;
const asOf = '2024-06-15';

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return h.db.database.withOwner((tx) => tx.query<T>(text, params));
}

beforeAll(async () => {
  h = await startHarness();
  const [project] = await sql<{ id: string }>(
    `SELECT id FROM projects WHERE name LIKE '%Höglandet 2021%'`,
  );
  projectId = project?.id ?? '';
  const [m] = await sql<{ id: string }>(`SELECT id FROM municipalities WHERE code = '0682'`);
  nassjo = m?.id ?? '';
});
afterAll(async () => h.close());

describe('dashboard', () => {
  it('shows outcome against the goal, capacity, referrals, attestations and budget', async () => {
    const steering = await h.as('steering');
    const response = await steering.gql<{ dashboard: Dashboard }>(DASHBOARD, { projectId, asOf });
    expect(response.body.errors).toBeUndefined();
    const d = response.body.data?.dashboard;
    if (!d) throw new Error('no dashboard');

    // Outcome: discharges from the project start through asOf; goal 3500 bp = 0.35.
    expect(d.outcome.goal).toBeCloseTo(0.35);
    const [discharges] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM enrollments e JOIN projects p ON p.id = e.project_id
       WHERE e.project_id = $1 AND e.discharged_on >= p.starts_on AND e.discharged_on <= $2::date`,
      [projectId, asOf],
    );
    expect(d.outcome.discharged).toBe(discharges?.n);
    expect(d.outcome.byGender.reduce((s, g) => s + g.discharged, 0)).toBe(d.outcome.discharged);
    expect(d.outcome.byGender.reduce((s, g) => s + g.toWorkOrStudies, 0)).toBe(
      d.outcome.toWorkOrStudies,
    );
    expect(d.outcome.share).toBeCloseTo(d.outcome.toWorkOrStudies / d.outcome.discharged);

    // Capacity: FTE of posts running on asOf, active participants on asOf.
    const fte = await sql<{ municipality_id: string; fte: number }>(
      `SELECT municipality_id, sum(fte)::int AS fte FROM posts
       WHERE project_id = $1 AND period @> $2::date GROUP BY municipality_id`,
      [projectId, asOf],
    );
    for (const row of fte) {
      const line = d.capacity.find((c) => c.municipalityId === row.municipality_id);
      expect(line?.fte).toBeCloseTo(row.fte / 100);
    }
    const [active] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM enrollments WHERE project_id = $1 AND enrolled_on <= $2::date
       AND (discharged_on IS NULL OR discharged_on > $2::date)`,
      [projectId, asOf],
    );
    expect(d.capacity.reduce((s, c) => s + c.activeParticipants, 0)).toBe(active?.n);
    for (const line of d.capacity) {
      if (line.fte > 0) {
        expect(line.caseloadPerFte).toBeCloseTo(line.activeParticipants / line.fte, 1);
        expect(line.band).toBeGreaterThanOrEqual(1);
        expect(line.band).toBeLessThanOrEqual(5);
      }
    }
    const [waiting] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM referrals WHERE project_id = $1 AND state IN ('received', 'escalated')`,
      [projectId],
    );
    expect(d.referralsWaiting).toBe(waiting?.n);

    // Attestations: half-years begun by asOf and not signed.
    expect(d.attestationsDue.length).toBeGreaterThan(0);
    for (const due of d.attestationsDue) {
      expect(due.halfYear).toMatch(/^20(2[1-4])H[12]$/);
      const signed = await sql(
        `SELECT 1 FROM attestations WHERE project_id = $1 AND municipality_id = $2 AND half_year = $3`,
        [projectId, due.municipalityId, due.halfYear],
      );
      expect(signed).toHaveLength(0);
    }

    // Budget of 2024 and the salary cost committed to asOf: about 5.5/12 of the year's cost.
    const [budget] = await sql<{ amount: string }>(
      `SELECT amount_ore::text AS amount FROM project_budgets WHERE project_id = $1 AND year = 2024`,
      [projectId],
    );
    expect(d.budget).toBe(Number(budget?.amount ?? 0));
    expect(d.committed).toBeGreaterThan(0);
    const later = await steering.gql<{ dashboard: Dashboard }>(DASHBOARD, {
      projectId,
      asOf: '2024-12-31',
    });
    const yearCost = later.body.data?.dashboard.committed ?? 0;
    expect(d.committed / yearCost).toBeGreaterThan(0.4);
    expect(d.committed / yearCost).toBeLessThan(0.5);
  });

  it('gives the budget line month by month: budget to date against used to date', async () => {
    const steering = await h.as('steering');
    const answer = await steering.gql<{
      dashboard: {
        budget: number;
        committed: number;
        budgetMonths: { month: string; budgetToDate: number; usedToDate: number | null }[];
      };
    }>(
      `query D($projectId: UUID!, $asOf: LocalDate!) { dashboard(projectId: $projectId, asOf: $asOf) {
        budget committed budgetMonths { month budgetToDate usedToDate } } }`,
      { projectId, asOf },
    );
    expect(answer.body.errors).toBeUndefined();
    const d = answer.body.data?.dashboard;
    if (!d) throw new Error('no dashboard');
    const months = d.budgetMonths;
    expect(months.map((m) => m.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
    );
    // Twelve even parts of the year's budget, December's to date the whole of it.
    expect(months[11]?.budgetToDate).toBe(d.budget);
    expect(Math.abs((months[0]?.budgetToDate ?? 0) * 12 - d.budget)).toBeLessThan(12);
    // Used grows month by month to the dashboard's committed in asOf's month (June).
    const used = months.slice(0, 6).map((m) => m.usedToDate ?? -1);
    expect(used.every((u, i) => u > 0 && (i === 0 || u >= (used[i - 1] ?? 0)))).toBe(true);
    expect(months[5]?.usedToDate).toBe(d.committed);
    expect(months.slice(6).every((m) => m.usedToDate === null)).toBe(true);
  });

  it('scopes a municipal chief to their municipality', async () => {
    const chief = await h.as('municipal_chief');
    const response = await chief.gql<{ dashboard: Dashboard }>(DASHBOARD, { projectId, asOf });
    expect(response.body.errors).toBeUndefined();
    const d = response.body.data?.dashboard;
    expect(d?.capacity.map((c) => c.municipalityId)).toEqual([nassjo]);
    expect(d?.attestationsDue.every((a) => a.municipalityId === nassjo)).toBe(true);
  });

  it('is for the steering roles only', async () => {
    for (const role of ['coach', 'referrer', 'external'] as const) {
      const client = await h.as(role);
      expect(codesOf(await client.gql(DASHBOARD, { projectId, asOf })), role).toEqual([
        'FORBIDDEN',
      ]);
    }
    const board = await h.as('board');
    expect((await board.gql(DASHBOARD, { projectId, asOf })).body.errors).toBeUndefined();
  });

  it('refuses a bad project id and an unknown project', async () => {
    const manager = await h.as('manager');
    const bad = await manager.gql(DASHBOARD, { projectId: 'nope', asOf });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.body.errors?.[0]?.extensions?.field).toBe('projectId');
    const unknown = await manager.gql(DASHBOARD, {
      projectId: '00000000-0000-4000-8000-000000000000',
      asOf,
    });
    expect(codesOf(unknown)).toEqual(['NOT_FOUND']);
  });
});
