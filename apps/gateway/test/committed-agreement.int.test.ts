// Agreement: the dashboard's "committed" and the reallocation screen's "committed" are one
// rule (funding's municipalitySalaries over the allocation in force), so for the same project
// and day they are the same number, whoever was hired or left around that day. Before the rule
// moved out of the repositories the reallocation screen counted coaches not yet employed and
// fell back to a hard-coded 34 000 kr; the dashboard did neither.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, codesOf, type Harness, startHarness } from './support/gateway-harness.js';

const DASHBOARD = `query D($projectId: UUID!, $asOf: LocalDate!) {
  dashboard(projectId: $projectId, asOf: $asOf) { committed budget } }`;
const ALLOCATION = `query A($projectId: UUID!, $asOf: LocalDate!) {
  allocation(projectId: $projectId, asOf: $asOf) { committed budget rows { municipalityId fte } } }`;
const CREATE_COACH = `mutation C($name: String!, $municipalityId: UUID!, $fte: Float!, $employedFrom: LocalDate!, $monthlySalary: Float) {
  createCoach(name: $name, municipalityId: $municipalityId, fte: $fte, employedFrom: $employedFrom, monthlySalary: $monthlySalary) { id } }`;

type Project = { id: string; name: string; startsOn: string; endsOn: string };

let h: Harness;
let steering: Client;
let manager: Client;
let project: Project;

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return h.db.database.withOwner((tx) => tx.query<T>(text, params));
}

async function committedOn(asOf: string): Promise<{ dashboard: number; reallocation: number }> {
  const dashboard = await steering.gql<{ dashboard: { committed: number } }>(DASHBOARD, {
    projectId: project.id,
    asOf,
  });
  const allocation = await steering.gql<{ allocation: { committed: number } }>(ALLOCATION, {
    projectId: project.id,
    asOf,
  });
  expect(dashboard.body.errors).toBeUndefined();
  expect(allocation.body.errors).toBeUndefined();
  return {
    dashboard: dashboard.body.data?.dashboard.committed ?? -1,
    reallocation: allocation.body.data?.allocation.committed ?? -2,
  };
}

/** A day in the project that is not its first, about `share` of the way through it. */
function dayInProject(share: number): string {
  const start = Date.parse(`${project.startsOn}T00:00:00Z`);
  const end = Date.parse(`${project.endsOn}T00:00:00Z`);
  return new Date(start + Math.floor((end - start) * share)).toISOString().slice(0, 10);
}

beforeAll(async () => {
  h = await startHarness();
  steering = await h.as('steering');
  manager = await h.as('manager');
  const list = await steering.gql<{ allProjects: Project[] }>(
    '{ allProjects(sortField: "startsOn", sortOrder: "ASC") { id name startsOn endsOn } }',
  );
  const first = list.body.data?.allProjects[0];
  if (!first) throw new Error('The demo has no project');
  project = first;
});
afterAll(async () => h.close());

describe('committed salary cost: dashboard = reallocation screen', () => {
  it('agrees on days across the project', async () => {
    for (const share of [0.1, 0.35, 0.5, 0.8]) {
      const { dashboard, reallocation } = await committedOn(dayInProject(share));
      expect(reallocation).toBeGreaterThan(0);
      expect(dashboard).toBe(reallocation);
    }
  });

  it('still agrees the day before a coach is hired (the hire counts from its first day)', async () => {
    const asOf = dayInProject(0.6);
    const allocation = await steering.gql<{
      allocation: { rows: { municipalityId: string; fte: number }[] };
    }>(ALLOCATION, { projectId: project.id, asOf });
    const withPosts = allocation.body.data?.allocation.rows.find((r) => r.fte > 0);
    if (!withPosts) throw new Error('No municipality has posts');
    const before = await committedOn(asOf);
    const tomorrow = new Date(Date.parse(`${asOf}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const hired = await manager.gql(CREATE_COACH, {
      name: 'Ny coach från i morgon',
      municipalityId: withPosts.municipalityId,
      fte: 1,
      employedFrom: tomorrow,
      monthlySalary: 9_000_000,
    });
    expect(hired.body.errors).toBeUndefined();
    const after = await committedOn(asOf);
    expect(after.dashboard).toBe(after.reallocation);
    expect(after).toEqual(before);
  });
});

describe("a new coach's default salary is the year's standard salary, a setting", () => {
  it('takes the salary settings of the year the coach starts', async () => {
    const [municipality] = await sql<{ id: string }>(`SELECT id FROM municipalities LIMIT 1`);
    const employedFrom = project.startsOn;
    const [setting] = await sql<{ salary: string }>(
      `SELECT standard_monthly_salary_ore::text AS salary FROM salary_settings
       WHERE year = $1::int`,
      [Number(employedFrom.slice(0, 4))],
    );
    const created = await manager.gql<{ createCoach: { id: string } }>(CREATE_COACH, {
      name: 'Coach utan angiven lön',
      municipalityId: municipality?.id,
      fte: 0.5,
      employedFrom,
    });
    expect(created.body.errors).toBeUndefined();
    const [row] = await sql<{ salary: string }>(
      `SELECT monthly_salary_ore::text AS salary FROM coaches WHERE id = $1`,
      [created.body.data?.createCoach.id],
    );
    expect(setting?.salary).toBeDefined();
    expect(row?.salary).toBe(setting?.salary);
  });

  it('is refused with SALARY.SETTING_MISSING when the year has no setting, never 34 000 kr', async () => {
    const [municipality] = await sql<{ id: string }>(`SELECT id FROM municipalities LIMIT 1`);
    const [earliest] = await sql<{ year: number }>(`SELECT min(year) AS year FROM salary_settings`);
    const created = await manager.gql(CREATE_COACH, {
      name: 'Coach före alla löneinställningar',
      municipalityId: municipality?.id,
      fte: 0.5,
      employedFrom: `${(earliest?.year ?? 2000) - 1}-03-01`,
    });
    expect(codesOf(created)).toContain('BAD_USER_INPUT');
    expect(created.body.errors?.[0]?.extensions?.['reason']).toBe('SALARY.SETTING_MISSING');
  });
});
