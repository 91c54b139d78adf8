import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, codesOf, type Harness, startHarness } from './support/gateway-harness.js';

let h: Harness;
let steering: Client;
let projectId = '';
let version = 0;
let rows: { municipalityId: string; municipalityName: string; fte: number }[] = [];

const ALLOCATION = `query A($projectId: UUID!, $asOf: LocalDate!) { allocation(projectId: $projectId, asOf: $asOf) {
  version totalFte budgetYear budget committed forecast margin
  rows { municipalityId municipalityName fte activeParticipants caseloadPerFte band referralsWaiting } } }`;
const DECIDE = `mutation D($input: DecideReallocationInput!) { decideReallocation(input: $input) {
  id effectiveFrom reason decidedByName basedOnVersion lines { municipalityName fteBefore fteAfter } } }`;

const linesMoving = (from: string, to: string, amount: number) =>
  rows.map((r) => ({
    municipalityId: r.municipalityId,
    fte:
      r.municipalityName === from
        ? r.fte - amount
        : r.municipalityName === to
          ? r.fte + amount
          : r.fte,
  }));

beforeAll(async () => {
  h = await startHarness();
  steering = await h.as('steering');
  const list = await steering.gql<{ allProjects: { id: string; name: string }[] }>(
    '{ allProjects(sortField: "startsOn", sortOrder: "DESC") { id name } }',
  );
  projectId = list.body.data?.allProjects[0]?.id ?? '';
  const allocation = await steering.gql<{ allocation: { version: number; rows: typeof rows } }>(
    ALLOCATION,
    { projectId, asOf: '2026-11-01' },
  );
  version = allocation.body.data?.allocation.version ?? 0;
  rows = allocation.body.data?.allocation.rows ?? [];
});
afterAll(async () => h.close());

describe('allocation and caseloads', () => {
  it('shows the six municipalities, six FTE, caseloads, bands and the budget', async () => {
    const response = await steering.gql<{
      allocation: {
        version: number;
        totalFte: number;
        budget: number;
        committed: number;
        forecast: number;
        rows: {
          fte: number;
          activeParticipants: number;
          caseloadPerFte: number | null;
          band: number | null;
        }[];
      };
    }>(ALLOCATION, { projectId, asOf: '2026-11-01' });
    const allocation = response.body.data?.allocation;
    expect(allocation?.rows).toHaveLength(6);
    expect(allocation?.totalFte).toBe(6);
    expect(allocation?.version).toBe(2);
    // The continuation's 2026 budget in the demo: raised to 4.2 M from 2023 (on-cost).
    expect(allocation?.budget).toBe(420_000_000);
    expect(allocation?.committed).toBeGreaterThan(0);
    expect(allocation?.forecast).toBeGreaterThan(allocation?.committed ?? 0);
    for (const row of allocation?.rows ?? []) {
      if (row.fte > 0) expect(row.caseloadPerFte).toBeCloseTo(row.activeParticipants / row.fte, 1);
      if (row.caseloadPerFte !== null) expect(row.band).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives a monthly caseload series per municipality and coach', async () => {
    const response = await steering.gql<{
      caseloadSeries: {
        months: string[];
        target: number;
        municipalities: {
          label: string;
          points: {
            month: string;
            activeParticipants: number;
            fte: number;
            perFte: number | null;
          }[];
        }[];
        coaches: unknown[];
      };
    }>(
      `query S($projectId: UUID!) { caseloadSeries(projectId: $projectId, from: "2024-11-01", to: "2026-11-01") {
        months target municipalities { label points { month activeParticipants fte perFte band } } coaches { key label points { month perFte } } } }`,
      { projectId },
    );
    const series = response.body.data?.caseloadSeries;
    expect(series?.months).toHaveLength(24);
    expect(series?.target).toBe(20);
    expect(series?.municipalities).toHaveLength(6);
    expect(series?.coaches.length).toBeGreaterThanOrEqual(6);
    const nassjo = series?.municipalities.find((m) => m.label === 'Nässjö');
    expect(nassjo?.points).toHaveLength(24);
    const last = nassjo?.points.at(-1);
    expect(last?.fte).toBe(1.5);
    expect(last?.perFte).toBeCloseTo((last?.activeParticipants ?? 0) / 1.5, 1);
  });
});

describe('plan and draft checks', () => {
  it.each(['HAMILTON', 'WEBSTER', 'DHONDT', 'HUNTINGTON_HILL', 'ADAMS'])(
    'suggests a %s allocation in steps that keeps the total',
    async (method) => {
      const response = await steering.gql<{
        reallocationPlan: {
          totalFte: number;
          allocationVersion: number;
          lines: { suggestedFte: number; currentFte: number; change: number }[];
          budgetEffect: { marginAfter: number };
        };
      }>(
        `query P($projectId: UUID!, $method: ApportionMethod!) { reallocationPlan(projectId: $projectId, method: $method, step: 0.5, effectiveFrom: "2027-01-01") {
        totalFte allocationVersion lines { municipalityName currentFte suggestedFte change quota caseloadBefore caseloadAfter bandBefore bandAfter costBefore costAfter }
        budgetEffect { budget forecastBefore forecastAfter marginBefore marginAfter } } }`,
        { projectId, method },
      );
      const plan = response.body.data?.reallocationPlan;
      expect(response.body.errors).toBeUndefined();
      expect(plan?.totalFte).toBe(6);
      expect(plan?.allocationVersion).toBe(version);
      for (const line of plan?.lines ?? []) {
        expect((line.suggestedFte * 100) % 50).toBe(0);
        expect(line.change).toBeCloseTo(line.suggestedFte - line.currentFte, 5);
      }
    },
  );

  it('lists every rule a draft breaks', async () => {
    const bad = rows.map((r, i) => ({
      municipalityId: r.municipalityId,
      fte: i === 0 ? r.fte + 0.25 : r.fte,
    }));
    const response = await steering.gql<{
      validateReallocationDraft: { violations: { code: string; municipalityId: string | null }[] };
    }>(
      `query V($projectId: UUID!, $lines: [ReallocationLineInput!]!) { validateReallocationDraft(projectId: $projectId, effectiveFrom: "2027-01-01", lines: $lines, step: 0.5) {
        violations { code message municipalityId } budgetEffect { marginAfter } } }`,
      { projectId, lines: bad },
    );
    const codes = response.body.data?.validateReallocationDraft.violations.map((v) => v.code);
    expect(codes).toContain('REALLOCATION.TOTAL_CHANGED');
    expect(codes).toContain('REALLOCATION.NOT_A_STEP');
    const good = await steering.gql<{ validateReallocationDraft: { violations: unknown[] } }>(
      `query V($projectId: UUID!, $lines: [ReallocationLineInput!]!) { validateReallocationDraft(projectId: $projectId, effectiveFrom: "2027-01-01", lines: $lines) { violations { code } } }`,
      { projectId, lines: linesMoving('Nässjö', 'Tranås', 0.5) },
    );
    expect(good.body.data?.validateReallocationDraft.violations).toEqual([]);
  });

  it('refuses bad input at the edge, naming the field', async () => {
    const outside = await steering.gql(
      `query { reallocationPlan(projectId: "${projectId}", method: WEBSTER, step: 0.5, effectiveFrom: "2030-01-01") { totalFte } }`,
    );
    expect(codesOf(outside)).toEqual(['BAD_USER_INPUT']);
    expect(outside.body.errors?.[0]?.extensions?.field).toBe('effectiveFrom');
    const badStep = await steering.gql(
      `query { reallocationPlan(projectId: "${projectId}", method: WEBSTER, step: 0.333, effectiveFrom: "2027-01-01") { totalFte } }`,
    );
    expect(badStep.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'step',
      reason: 'FTE.FORMAT',
    });
    const badDate = await steering.gql(
      `query { allocation(projectId: "${projectId}", asOf: "2026-02-30") { version } }`,
    );
    expect(codesOf(badDate)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('decideReallocation', () => {
  it('is refused for coaches, referrers, external and the board (read-only)', async () => {
    for (const role of ['coach', 'referrer', 'external', 'board'] as const) {
      const client = await h.as(role);
      const response = await client.gql(DECIDE, {
        input: {
          projectId,
          effectiveFrom: '2027-01-01',
          reason: 'Försök',
          lines: linesMoving('Nässjö', 'Tranås', 0.5),
          expectedVersion: version,
          idempotencyKey: `forbidden-${role}`,
        },
      });
      expect(codesOf(response)).toEqual(['FORBIDDEN']);
    }
    for (const role of ['coach', 'referrer', 'external'] as const) {
      const client = await h.as(role);
      expect(codesOf(await client.gql(ALLOCATION, { projectId, asOf: '2026-11-01' }))).toEqual([
        'FORBIDDEN',
      ]);
    }
  });

  it('refuses a draft that breaks a rule and writes nothing', async () => {
    const response = await steering.gql(DECIDE, {
      input: {
        projectId,
        effectiveFrom: '2027-01-01',
        reason: 'Fel summa',
        lines: rows.map((r) => ({ municipalityId: r.municipalityId, fte: r.fte + 0.5 })),
        expectedVersion: version,
        idempotencyKey: 'bad-total-0001',
      },
    });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REALLOCATION.TOTAL_CHANGED',
    });
    const again = await steering.gql<{ allocation: { version: number } }>(ALLOCATION, {
      projectId,
      asOf: '2026-11-01',
    });
    expect(again.body.data?.allocation.version).toBe(version);
  });

  it('50 concurrent decisions on one version: exactly one wins, the rest get CONFLICT, totals unchanged', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        steering.gql<{ decideReallocation: { id: string } }>(DECIDE, {
          input: {
            projectId,
            effectiveFrom: '2027-01-01',
            reason: `Parallellt beslut ${i}`,
            method: 'WEBSTER',
            lines: linesMoving('Nässjö', 'Tranås', 0.5),
            expectedVersion: version,
            idempotencyKey: `parallel-${i}-key`,
          },
        }),
      ),
    );
    const winners = attempts.filter((a) => a.body.data?.decideReallocation);
    expect(winners).toHaveLength(1);
    for (const loser of attempts.filter((a) => !a.body.data?.decideReallocation)) {
      expect(codesOf(loser)).toEqual(['CONFLICT']);
      expect(loser.body.errors?.[0]?.extensions?.currentVersion).toBe(version + 1);
    }
    const after = await steering.gql<{
      allocation: {
        version: number;
        totalFte: number;
        rows: { municipalityName: string; fte: number }[];
      };
    }>(ALLOCATION, { projectId, asOf: '2027-01-01' });
    expect(after.body.data?.allocation.version).toBe(version + 1);
    expect(after.body.data?.allocation.totalFte).toBe(6);
    expect(after.body.data?.allocation.rows.find((r) => r.municipalityName === 'Tranås')?.fte).toBe(
      1.5,
    );
    const [count] = await h.db.database.withOwner((tx) =>
      tx.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM reallocations WHERE reason LIKE 'Parallellt beslut%'`,
      ),
    );
    expect(count?.n).toBe(1);
  });

  it('is idempotent: the same key returns the first result and writes nothing more', async () => {
    const history = await steering.gql<{ allReallocations: { id: string; reason: string }[] }>(
      '{ allReallocations(perPage: 1) { id reason } }',
    );
    const latest = history.body.data?.allReallocations[0];
    const key = (
      await h.db.database.withOwner((tx) =>
        tx.query<{ idempotency_key: string }>(
          `SELECT idempotency_key FROM reallocations WHERE id = $1`,
          [latest?.id],
        ),
      )
    )[0]?.idempotency_key;
    const repeat = await steering.gql<{ decideReallocation: { id: string } }>(DECIDE, {
      input: {
        projectId,
        effectiveFrom: '2027-01-01',
        reason: 'Upprepning',
        lines: linesMoving('Nässjö', 'Tranås', 0.5),
        expectedVersion: version,
        idempotencyKey: key,
      },
    });
    expect(repeat.body.data?.decideReallocation.id).toBe(latest?.id);
  });

  it('records who, when, why and before/after in the history', async () => {
    const response = await steering.gql<{
      allReallocations: {
        reason: string;
        decidedByName: string;
        decidedAt: string;
        lines: { municipalityName: string; fteBefore: number; fteAfter: number }[];
      }[];
      _allReallocationsMeta: { count: number };
    }>(
      `{ allReallocations(page: 0, perPage: 10, sortField: "decidedAt", sortOrder: "DESC") { reason decidedByName decidedAt lines { municipalityName fteBefore fteAfter } } _allReallocationsMeta { count } }`,
    );
    const latest = response.body.data?.allReallocations[0];
    expect(latest?.reason).toMatch(/^Parallellt beslut/);
    expect(latest?.decidedByName).toBe('Beredningsgruppen');
    expect(latest?.lines.find((l) => l.municipalityName === 'Nässjö')).toEqual({
      municipalityName: 'Nässjö',
      fteBefore: 1.5,
      fteAfter: 1,
    });
    expect(response.body.data?._allReallocationsMeta.count).toBe(3);
  });

  it('lists the history as a declared resource: newest first unless asked, filtered, one by id', async () => {
    type History = { allReallocations: { id: string; decidedAt: string }[] };
    const unsorted = await steering.gql<History>('{ allReallocations { id decidedAt } }');
    const newestFirst = unsorted.body.data?.allReallocations.map((r) => r.decidedAt) ?? [];
    expect(newestFirst.length).toBe(3);
    expect(newestFirst).toEqual([...newestFirst].sort().reverse());
    const ascending = await steering.gql<History>(
      '{ allReallocations(sortField: "decidedAt", sortOrder: "ASC") { id decidedAt } }',
    );
    expect(ascending.body.data?.allReallocations.map((r) => r.decidedAt)).toEqual(
      [...newestFirst].reverse(),
    );
    const unknownSort = await steering.gql('{ allReallocations(sortField: "reason") { id } }');
    expect(unknownSort.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'sortField',
    });
    const elsewhere = await steering.gql<History & { _allReallocationsMeta: { count: number } }>(
      `query H($p: UUID) { allReallocations(filter: { projectId: $p }) { id decidedAt }
         _allReallocationsMeta(filter: { projectId: $p }) { count } }`,
      { p: '00000000-0000-4000-8000-000000000000' },
    );
    expect(elsewhere.body.data).toEqual({
      allReallocations: [],
      _allReallocationsMeta: { count: 0 },
    });
    const latestId = unsorted.body.data?.allReallocations[0]?.id;
    const one = await steering.gql<{ Reallocation: { id: string } | null }>(
      'query O($id: UUID!) { Reallocation(id: $id) { id } }',
      { id: latestId },
    );
    expect(one.body.data?.Reallocation?.id).toBe(latestId);
    const coach = await h.as('coach');
    const refused = await coach.gql('{ allReallocations { id } }');
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('a stale version gets CONFLICT with the current version', async () => {
    const response = await steering.gql(DECIDE, {
      input: {
        projectId,
        effectiveFrom: '2027-03-01',
        reason: 'För sent',
        lines: linesMoving('Eksjö', 'Aneby', 0.5),
        expectedVersion: version,
        idempotencyKey: 'stale-version-1',
      },
    });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: version + 1,
    });
  });
});
