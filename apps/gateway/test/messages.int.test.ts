import { LocalDate, attestationHalfYears } from '@finsam-se/domain';
import { demoAccounts } from '@finsam-se/persistence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockholmDateOf } from '../src/clock/today.js';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';

// Refusals that used to be accepted (a future phase move, a placement before its
// enrollment, a follow-up done months before it is due) or reported as something else
// (a taken reallocation date as "someone else decided first", the hint's 2024-H1).

let clock: Date | undefined;
let h: Harness;
let coach: Client;

type E = { id: string; version: number; enrolledOn: string; currentPhase: string };
const MOVE = `mutation M($id: UUID!, $phase: Phase!, $on: LocalDate!, $version: Int!) {
  moveEnrollmentPhase(id: $id, phase: $phase, on: $on, version: $version) { id version currentPhase } }`;

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** 00:30 in Stockholm on the given Stockholm date: the UTC date is still the day before. */
function halfPastMidnightIn(stockholmDate: string): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const instant = new Date(`${stockholmDate}T00:30:00${offset}`);
    const hour = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      hour: '2-digit',
    }).format(instant);
    if (hour === '00') return instant;
  }
  throw new Error('no such time');
}

async function activeEnrollments(): Promise<E[]> {
  const response = await coach.gql<{ allEnrollments: E[] }>(
    `{ allEnrollments(perPage: 20, filter: { active: true }, sortField: "enrolledOn", sortOrder: "DESC") { id version enrolledOn currentPhase } }`,
  );
  return response.body.data?.allEnrollments ?? [];
}

const otherPhase = (phase: string) =>
  phase === 'JOB_FINDING' ? 'VOCATIONAL_PROFILE' : 'JOB_FINDING';

beforeAll(async () => {
  h = await startHarness({ now: () => clock ?? new Date() });
  coach = await h.as('coach');
});
afterAll(async () => h.close());

describe('dates of what has happened', () => {
  it('refuses a phase move dated tomorrow (Stockholm) with its own code and message', async () => {
    const [enrollment] = await activeEnrollments();
    if (!enrollment) throw new Error('no active enrollment');
    const tomorrow = addDays(stockholmDateOf(new Date()), 1);
    const response = await coach.gql(MOVE, {
      id: enrollment.id,
      phase: otherPhase(enrollment.currentPhase),
      on: tomorrow,
      version: enrollment.version,
    });
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'on',
      reason: 'DATE.IN_FUTURE',
      messageEn: 'The date is in the future. Give today’s date or an earlier one.',
    });
    expect(response.body.errors?.[0]?.message).toBe(
      'Datumet ligger i framtiden. Ange dagens datum eller ett tidigare.',
    );
  });

  it('accepts a move dated today at 00:30 Swedish time, when the UTC date is yesterday', async () => {
    const today = stockholmDateOf(new Date());
    const [, enrollment] = await activeEnrollments();
    if (!enrollment) throw new Error('no active enrollment');
    clock = halfPastMidnightIn(today);
    try {
      expect(clock.toISOString().slice(0, 10)).toBe(addDays(today, -1));
      const response = await coach.gql(MOVE, {
        id: enrollment.id,
        phase: otherPhase(enrollment.currentPhase),
        on: today,
        version: enrollment.version,
      });
      expect(response.body.errors).toBeUndefined();
    } finally {
      clock = undefined;
    }
  });

  it('refuses a placement that starts before its enrollment', async () => {
    const [enrollment] = await activeEnrollments();
    if (!enrollment) throw new Error('no active enrollment');
    const response = await coach.gql(
      `mutation($e: UUID!, $on: LocalDate!) { createPlacement(enrollmentId: $e, kind: WORK_TRIAL, startedOn: $on) { id } }`,
      { e: enrollment.id, on: addDays(enrollment.enrolledOn, -1) },
    );
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'startedOn',
      reason: 'PLACEMENT.BEFORE_ENROLLMENT',
    });
  });

  it('refuses a follow-up recorded as done long before it is due', async () => {
    const today = stockholmDateOf(new Date());
    const response = await coach.gql<{ allFollowUps: { id: string; dueOn: string }[] }>(
      `{ allFollowUps(perPage: 200, filter: { done: false }, sortField: "dueOn", sortOrder: "DESC") { id dueOn } }`,
    );
    const later = response.body.data?.allFollowUps.find((f) => f.dueOn > addDays(today, 28));
    if (!later) throw new Error('no follow-up due more than four weeks from now');
    const record = await coach.gql(
      `mutation($id: UUID!, $on: LocalDate!) { recordFollowUp(id: $id, doneOn: $on, working: true, studying: false) { id } }`,
      { id: later.id, on: today },
    );
    expect(record.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'doneOn',
      reason: 'FOLLOW_UP.TOO_EARLY',
    });
  });
});

describe("the coach's follow-up list", () => {
  it('to do: only follow-ups not done and due within four weeks or overdue, by due date', async () => {
    const today = stockholmDateOf(new Date());
    const response = await coach.gql<{
      allFollowUps: { dueOn: string; doneOn: string | null }[];
      all: { count: number };
      todo: { count: number };
    }>(
      `{ allFollowUps(perPage: 500, filter: { recordable: true }, sortField: "dueOn", sortOrder: "ASC") { dueOn doneOn }
         all: _allFollowUpsMeta { count } todo: _allFollowUpsMeta(filter: { recordable: true }) { count } }`,
    );
    expect(response.body.errors).toBeUndefined();
    const rows = response.body.data?.allFollowUps ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.doneOn === null && r.dueOn <= addDays(today, 28))).toBe(true);
    expect(rows.map((r) => r.dueOn)).toEqual([...rows.map((r) => r.dueOn)].sort());
    expect(response.body.data?.todo.count).toBe(rows.length);
    expect(response.body.data?.all.count).toBeGreaterThan(rows.length);
    const overdue = await coach.gql<{ allFollowUps: { dueOn: string; doneOn: string | null }[] }>(
      `{ allFollowUps(perPage: 500, filter: { overdue: true }) { dueOn doneOn } }`,
    );
    const late = overdue.body.data?.allFollowUps ?? [];
    expect(late.every((r) => r.doneOn === null && r.dueOn < today)).toBe(true);
  });
});

describe('messages that say what happened', () => {
  it('a second reallocation on a taken date is bad input naming the date, not a conflict', async () => {
    const steering = await h.as('steering');
    const projects = await steering.gql<{ allProjects: { id: string }[] }>(
      '{ allProjects(sortField: "startsOn", sortOrder: "DESC") { id } }',
    );
    const projectId = projects.body.data?.allProjects[0]?.id;
    const allocation = await steering.gql<{
      allocation: { version: number; rows: { municipalityId: string; fte: number }[] };
    }>(
      `query A($p: UUID!) { allocation(projectId: $p, asOf: "2027-01-01") { version rows { municipalityId fte } } }`,
      { p: projectId },
    );
    const { version, rows } = allocation.body.data?.allocation ?? { version: 0, rows: [] };
    const byFte = [...rows].sort((a, b) => b.fte - a.fte);
    const largest = byFte[0];
    const smallest = byFte.at(-1);
    const decide = (key: string, expectedVersion: number, moves: number) =>
      steering.gql(
        `mutation D($input: DecideReallocationInput!) { decideReallocation(input: $input) { id } }`,
        {
          input: {
            projectId,
            effectiveFrom: '2027-01-01',
            reason: 'Samma dag två gånger',
            lines: rows.map((r) => ({
              municipalityId: r.municipalityId,
              // Half a post moves from the largest to the smallest (far from any floor or cap).
              fte:
                r === largest ? r.fte - 0.5 * moves : r === smallest ? r.fte + 0.5 * moves : r.fte,
            })),
            expectedVersion,
            idempotencyKey: key,
          },
        },
      );
    const first = await decide('same-day-first-0001', version, 1);
    expect(first.body.errors).toBeUndefined();
    const second = await decide('same-day-second-0001', version + 1, 0);
    expect(second.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.effectiveFrom',
      reason: 'REALLOCATION.NOT_AFTER_LATEST',
    });
    expect(second.body.errors?.[0]?.message).toMatch(/redan en omfördelning som börjar samma dag/);
  });

  it('the half-year is accepted as the hint writes it (2024-H1) and stored as 2024H1', async () => {
    const chief = await h.as('municipal_chief');
    const email = demoAccounts.find((a) => a.role === 'municipal_chief')?.email;
    const [row] = await h.db.database.withOwner((tx) =>
      tx.query<{ municipality_id: string; project_id: string; starts_on: string; ends_on: string }>(
        `SELECT u.municipality_id, p.id AS project_id, to_char(p.starts_on, 'YYYY-MM-DD') AS starts_on,
                to_char(p.ends_on, 'YYYY-MM-DD') AS ends_on
           FROM users u, projects p WHERE u.email = $1 ORDER BY p.starts_on DESC LIMIT 1`,
        [email],
      ),
    );
    if (!row) throw new Error('no project');
    const signed = await h.db.database.withOwner((tx) =>
      tx.query<{ half_year: string }>(
        'SELECT half_year FROM attestations WHERE municipality_id = $1 AND project_id = $2',
        [row.municipality_id, row.project_id],
      ),
    );
    const open = attestationHalfYears(
      { start: LocalDate.from(row.starts_on), end: LocalDate.from(row.ends_on) },
      stockholmDateOf(new Date()),
    ).filter((hy) => !signed.some((s) => s.half_year === hy));
    const halfYear = open.at(-1);
    if (!halfYear) throw new Error('no unsigned half-year');
    const due = {
      municipality_id: row.municipality_id,
      project_id: row.project_id,
      half_year: halfYear,
    };
    const hinted = due.half_year.replace('H', '-H');
    const response = await chief.gql<{ signAttestation: { halfYear: string } }>(
      `mutation S($m: UUID!, $p: UUID!, $hy: String!) { signAttestation(municipalityId: $m, projectId: $p, halfYear: $hy, statement: "Arbetet följer projektplanen och är ett tillskott.") { halfYear } }`,
      { m: due.municipality_id, p: due.project_id, hy: hinted },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.signAttestation.halfYear).toBe(due.half_year);
  });
});
