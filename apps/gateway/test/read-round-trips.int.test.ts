import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';

// Reads that do not depend on each other are issued together and share one round trip
// (issue 22): the plan's (project, municipalities, posts, salaries, salary settings, the
// project's settings and bounds, active participants, the caseload window), and a report's
// (the association's name, the figure's tally, the filter's project).
let h: Harness;
let steering: Client;
let projectId = '';

beforeAll(async () => {
  h = await startHarness();
  steering = await h.as('steering');
  const list = await steering.gql<{ allProjects: { id: string }[] }>(
    '{ allProjects(sortField: "startsOn", sortOrder: "DESC") { id } }',
  );
  projectId = list.body.data?.allProjects[0]?.id ?? '';
});
afterAll(async () => h.close());

const PLAN = `query R($p: UUID!, $w: Int) { reallocationPlan(projectId: $p, method: WEBSTER, step: 0.5,
  effectiveFrom: "2026-07-01", windowMonths: $w) { totalFte lines { municipalityId suggestedFte } } }`;

describe('reallocation plan', () => {
  it('reads everything it needs in one round trip, then commits', async () => {
    await steering.gql(PLAN, { p: projectId, w: 6 }); // the session and statements warm
    // A window not asked for before: the figures are computed, not taken from the cache.
    const before = {
      statements: h.db.database.statementTotal(),
      trips: h.db.database.roundTripTotal(),
    };
    const response = await steering.gql<{ reallocationPlan: { lines: unknown[] } }>(PLAN, {
      p: projectId,
      w: 5,
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.reallocationPlan.lines.length).toBeGreaterThan(0);
    const statements = h.db.database.statementTotal() - before.statements;
    const trips = h.db.database.roundTripTotal() - before.trips;
    expect(statements).toBeGreaterThanOrEqual(8);
    expect(trips).toBe(2);
  });

  it('refuses a project that does not exist before anything else, as before', async () => {
    const response = await steering.gql(PLAN, {
      p: '00000000-0000-4000-8000-000000000000',
      w: 6,
    });
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});

const TRANSITIONS = `query T($p: ID!, $from: LocalDate!) { transitionMatrix(filter: { projectId: $p,
  from: $from, to: "2026-01-01" }) { rows { key cells { column count } } } }`;

describe('a report counted in SQL', () => {
  it('reads its name, tally and notes in one round trip, then commits', async () => {
    await steering.gql(TRANSITIONS, { p: projectId, from: '2021-01-01' });
    const before = h.db.database.roundTripTotal();
    const response = await steering.gql<{ transitionMatrix: { rows: unknown[] } }>(TRANSITIONS, {
      p: projectId,
      from: '2021-01-02',
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.transitionMatrix.rows.length).toBeGreaterThan(0);
    expect(h.db.database.roundTripTotal() - before).toBe(2);
  });

  it('the outcome report reads its goal, labels and tallies with the rest in one round trip', async () => {
    const OUTCOME = `query O($p: ID!, $from: LocalDate!) { outcomeReport(filter: { projectId: $p,
      from: $from, to: "2026-01-01", groupBy: "genderComparison" }) { rows { key cells { column count } } } }`;
    await steering.gql(OUTCOME, { p: projectId, from: '2021-01-01' });
    const before = h.db.database.roundTripTotal();
    const response = await steering.gql<{ outcomeReport: { rows: unknown[] } }>(OUTCOME, {
      p: projectId,
      from: '2021-01-02',
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.outcomeReport.rows.length).toBeGreaterThan(0);
    expect(h.db.database.roundTripTotal() - before).toBe(2);
  });

  it('the caseload series reads the project, counts, posts, coaches and municipalities in one round trip', async () => {
    const SERIES = `query C($p: UUID!, $to: LocalDate!) { caseloadSeries(projectId: $p, from: "2024-11-01",
      to: $to) { months municipalities { key points { month perFte } } } }`;
    await steering.gql(SERIES, { p: projectId, to: '2026-10-31' });
    const before = h.db.database.roundTripTotal();
    const response = await steering.gql<{ caseloadSeries: { months: unknown[] } }>(SERIES, {
      p: projectId,
      to: '2026-10-30',
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.caseloadSeries.months.length).toBeGreaterThan(0);
    expect(h.db.database.roundTripTotal() - before).toBe(2);
  });
});
