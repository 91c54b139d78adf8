import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, type Harness, startHarness } from './support/gateway-harness.js';

type Cadence = {
  municipalityId: string;
  municipalityName: string;
  from: string;
  until: string;
  months: number;
  monthsMet: number;
  missedMonths: string[];
  lastHeldOn: string | null;
  behind: boolean;
};
const CADENCE_FIELDS =
  'municipalityId municipalityName from until months monthsMet missedMonths lastHeldOn behind';

const DASHBOARD = `query Dashboard($projectId: UUID!, $asOf: LocalDate!) {
  dashboard(projectId: $projectId, asOf: $asOf) {
    attestationsDue { municipalityId municipalityName halfYear }
    meetingCadence { ${CADENCE_FIELDS} }
  }
}`;
const CADENCE = `query Cadence($asOf: LocalDate!, $months: Int) {
  seGroupMeetingCadence(asOf: $asOf, months: $months) { ${CADENCE_FIELDS} }
}`;
const CREATE_MEETING = `mutation Meet($m: UUID!, $on: LocalDate!) {
  createSeGroupMeeting(municipalityId: $m, heldOn: $on) { id }
}`;

type Dashboard = {
  attestationsDue: { municipalityId: string; halfYear: string }[];
  meetingCadence: Cadence[];
};

let h: Harness;
let firstProject: string;
let currentProject: string;
let nassjo: string;
let aneby: string;

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return h.db.database.withOwner((tx) => tx.query<T>(text, params));
}

beforeAll(async () => {
  h = await startHarness();
  const rows = await sql<{ id: string; name: string }>(`SELECT id, name FROM projects`);
  firstProject = rows.find((p) => p.name.includes('fortsättning'))?.id ?? '';
  currentProject = rows.find((p) => p.name.includes('2021–2027'))?.id ?? '';
  const towns = await sql<{ id: string; code: string }>(`SELECT id, code FROM municipalities`);
  nassjo = towns.find((m) => m.code === '0682')?.id ?? '';
  aneby = towns.find((m) => m.code === '0604')?.id ?? '';
});
afterAll(async () => h.close());

async function dashboardOn(asOf: string, projectId = currentProject): Promise<Dashboard> {
  const response = await (
    await h.as('steering')
  ).gql<{ dashboard: Dashboard }>(DASHBOARD, { projectId, asOf });
  expect(response.body.errors).toBeUndefined();
  const d = response.body.data?.dashboard;
  if (!d) throw new Error('no dashboard');
  return d;
}

describe('attestations fall due when the half-year has ended', () => {
  it('shows 2026H1 from 2026-07-01, not on 2026-06-30', async () => {
    // Nässjö has not signed 2026H1: so it must be due once the half-year is over.
    await sql(
      `DELETE FROM attestations WHERE project_id = $1 AND municipality_id = $2 AND half_year = '2026H1'`,
      [currentProject, nassjo],
    );
    const lastDay = await dashboardOn('2026-06-30');
    expect(lastDay.attestationsDue.map((a) => a.halfYear)).not.toContain('2026H1');
    expect(lastDay.attestationsDue.every((a) => a.halfYear < '2026H1')).toBe(true);
    const dayAfter = await dashboardOn('2026-07-01');
    expect(
      dayAfter.attestationsDue.filter((a) => a.municipalityId === nassjo).map((a) => a.halfYear),
    ).toContain('2026H1');
  });

  it('never shows the half-year under way', async () => {
    const d = await dashboardOn('2026-12-03');
    expect(d.attestationsDue.map((a) => a.halfYear)).not.toContain('2026H2');
  });
});

describe('SE-group meetings are monthly', () => {
  it('shows on the dashboard the months of the project each group did not meet', async () => {
    const d = await dashboardOn('2026-12-03', firstProject);
    const line = d.meetingCadence.find((c) => c.municipalityId === aneby);
    if (!line) throw new Error('no Aneby');
    expect(line).toMatchObject({ from: '2018-01-01', until: '2021-01-01', months: 36 });
    const [met] = await sql<{ n: number }>(
      `SELECT count(DISTINCT date_trunc('month', held_on))::int AS n FROM se_group_meetings
       WHERE municipality_id = $1 AND held_on >= '2018-01-01' AND held_on < '2021-01-01'`,
      [aneby],
    );
    expect(line.monthsMet).toBe(met?.n);
    expect(line.missedMonths).toHaveLength(36 - (met?.n ?? 0));
    expect(line.behind).toBe(line.monthsMet < 36);
    // Least regular first.
    const shares = d.meetingCadence.map((c) => c.monthsMet / c.months);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
  });

  it('counts a hand-made quarter: met in January and March, not February', async () => {
    const manager = await h.as('manager');
    for (const on of ['2017-01-10', '2017-01-24', '2017-03-20', '2017-04-03']) {
      const made = await manager.gql(CREATE_MEETING, { m: nassjo, on });
      expect(made.body.errors).toBeUndefined();
    }
    const response = await manager.gql<{ seGroupMeetingCadence: Cadence[] }>(CADENCE, {
      asOf: '2017-04-15',
      months: 3,
    });
    expect(response.body.errors).toBeUndefined();
    const rows = response.body.data?.seGroupMeetingCadence ?? [];
    expect(rows.find((r) => r.municipalityId === nassjo)).toMatchObject({
      from: '2017-01-01',
      until: '2017-04-01',
      months: 3,
      monthsMet: 2,
      missedMonths: ['2017-02'],
      lastHeldOn: '2017-03-20',
      behind: true,
    });
    // A group that never met in the quarter is behind in all three months.
    expect(rows.find((r) => r.municipalityId === aneby)).toMatchObject({
      monthsMet: 0,
      missedMonths: ['2017-01', '2017-02', '2017-03'],
      lastHeldOn: null,
    });
    expect(rows[rows.length - 1]?.municipalityId).toBe(nassjo);
  });

  it('scopes a municipal chief to their own group and refuses a bad window', async () => {
    const chief = await h.as('municipal_chief');
    const own = await chief.gql<{ seGroupMeetingCadence: Cadence[] }>(CADENCE, {
      asOf: '2026-12-03',
    });
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data?.seGroupMeetingCadence.map((r) => r.municipalityId)).toEqual([nassjo]);
    expect(own.body.data?.seGroupMeetingCadence[0]?.months).toBe(12);
    const bad = await chief.gql(CADENCE, { asOf: '2026-12-03', months: 0 });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.body.errors?.[0]?.extensions?.field).toBe('months');
    expect(codesOf(await (await h.as('referrer')).gql(CADENCE, { asOf: '2026-12-03' }))).toEqual([
      'FORBIDDEN',
    ]);
  });
});
