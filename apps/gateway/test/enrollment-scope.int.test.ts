import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, type DemoRole, type Harness, startHarness } from './support/gateway-harness.js';

/**
 * Who may enrol whom (issue 16, item 1): a writer enrols only a participant already in
 * its scope, or one arriving through an accepted referral routed to its municipality;
 * at most one open enrollment per participant and project, kept by the database.
 */
let h: Harness;
let nassjo = '';
let eksjo = '';
let project = '';
let myCoach = '';
let otherNassjoCoach = '';

const owner = <T>(sql: string, params: unknown[] = []) =>
  h.db.database.withOwner((tx) => tx.query<T>(sql, params));

const CREATE = `mutation C($participantId: UUID!, $coachId: UUID!, $projectId: UUID!, $enrolledOn: LocalDate!, $referralId: UUID) {
  createEnrollment(participantId: $participantId, coachId: $coachId, projectId: $projectId, enrolledOn: $enrolledOn, compensationAtStart: ["activity_compensation"], referralId: $referralId) { id participantId coachId }
}`;

/** People with no open enrollment at all, matching a condition (fresh each call). */
const taken = new Set<string>();
async function personWhere(condition: string, params: unknown[] = []): Promise<string> {
  const rows = await owner<{ id: string }>(
    `SELECT p.id FROM participants p WHERE NOT EXISTS (SELECT 1 FROM enrollments o WHERE o.participant_id = p.id AND o.discharged_on IS NULL)
       AND ${condition} ORDER BY p.id LIMIT 50`,
    params,
  );
  const row = rows.find((r) => !taken.has(r.id));
  if (!row) throw new Error(`No participant where ${condition}`);
  taken.add(row.id);
  return row.id;
}

const withMyCoach = `EXISTS (SELECT 1 FROM enrollments e WHERE e.participant_id = p.id AND e.coach_id = $1)`;
const withoutMyCoach = `NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.participant_id = p.id AND e.coach_id = $1)`;

/** Gives the person an open enrollment with another coach in the project. */
async function enrolElsewhere(participantId: string, coachId: string): Promise<void> {
  await owner(
    `INSERT INTO enrollments (association_id, participant_id, coach_id, municipality_id, project_id, enrolled_on, compensation_at_start)
     SELECT association_id, $1, $2, municipality_id, $3, '2026-02-01', '{activity_compensation}' FROM coaches WHERE id = $2`,
    [participantId, coachId, project],
  );
}

beforeAll(async () => {
  h = await startHarness();
  const places = await owner<{ code: string; id: string }>(`SELECT code, id FROM municipalities`);
  nassjo = places.find((r) => r.code === '0682')?.id ?? '';
  eksjo = places.find((r) => r.code === '0686')?.id ?? '';
  const projects = await owner<{ id: string }>(
    `SELECT id FROM projects ORDER BY starts_on DESC LIMIT 1`,
  );
  project = projects[0]?.id ?? '';
  const me = await owner<{ coach_id: string }>(
    `SELECT coach_id FROM users WHERE email = 'coach.nassjo@demo.hoglandet.se'`,
  );
  myCoach = me[0]?.coach_id ?? '';
  const others = await owner<{ id: string }>(
    `SELECT id FROM coaches WHERE municipality_id = $1 AND id <> $2 ORDER BY id LIMIT 1`,
    [nassjo, myCoach],
  );
  otherNassjoCoach = others[0]?.id ?? '';
  expect(otherNassjoCoach).not.toBe('');
});
afterAll(async () => h.close());

type Case = {
  role: DemoRole;
  /** The coach the writer enrols to (a coach only to themselves). */
  coach: () => string;
  inScope: () => Promise<string>;
  outOfScope: () => Promise<string>;
};
const cases: Case[] = [
  {
    role: 'coach',
    coach: () => myCoach,
    inScope: () => personWhere(withMyCoach, [myCoach]),
    outOfScope: () =>
      personWhere(`p.home_municipality_id = $2 AND ${withoutMyCoach}`, [myCoach, nassjo]),
  },
  {
    role: 'municipal_chief',
    coach: () => otherNassjoCoach,
    inScope: () => personWhere(`p.home_municipality_id = $1`, [nassjo]),
    outOfScope: () => personWhere(`p.home_municipality_id = $1`, [eksjo]),
  },
  {
    role: 'manager',
    coach: () => otherNassjoCoach,
    inScope: () => personWhere(`p.home_municipality_id = $1`, [eksjo]),
    // Association-wide: only someone who is not in the association is out of scope.
    outOfScope: async () => '00000000-0000-4000-8000-000000000001',
  },
];

describe('createEnrollment: role × participant in scope / out of scope / enrolled elsewhere', () => {
  for (const c of cases) {
    it(`${c.role}: enrols a participant in scope`, async () => {
      const client = await h.as(c.role);
      const participantId = await c.inScope();
      const res = await client.gql<{ createEnrollment: { participantId: string } }>(CREATE, {
        participantId,
        coachId: c.coach(),
        projectId: project,
        enrolledOn: '2026-03-02',
      });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.createEnrollment.participantId).toBe(participantId);
    });

    it(`${c.role}: NOT_FOUND for a participant out of scope, open enrollment or not`, async () => {
      const client = await h.as(c.role);
      const free = await c.outOfScope();
      const busy = await c.outOfScope();
      if (c.role !== 'manager') await enrolElsewhere(busy, otherNassjoCoach);
      for (const participantId of [free, busy]) {
        const res = await client.gql(CREATE, {
          participantId,
          coachId: c.coach(),
          projectId: project,
          enrolledOn: '2026-03-02',
        });
        expect(codesOf(res)).toEqual(['NOT_FOUND']);
        expect(res.body.errors?.[0]?.message).toBe('Posten finns inte.');
      }
      const rows = await owner(
        `SELECT 1 FROM enrollments WHERE participant_id = $1 AND coach_id = $2`,
        [free, c.coach()],
      );
      expect(rows).toEqual([]);
    });

    it(`${c.role}: CONFLICT for a participant in scope already enrolled elsewhere`, async () => {
      const client = await h.as(c.role);
      const participantId = await c.inScope();
      const elsewhere = c.role === 'coach' ? otherNassjoCoach : myCoach;
      await enrolElsewhere(participantId, elsewhere);
      const res = await client.gql(CREATE, {
        participantId,
        coachId: c.coach(),
        projectId: project,
        enrolledOn: '2026-03-02',
      });
      expect(codesOf(res)).toEqual(['CONFLICT']);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        reason: 'ENROLLMENT.ALREADY_OPEN',
      });
      expect(res.body.errors?.[0]?.message).toBe(
        'Deltagaren har redan en pågående inskrivning i projektet.',
      );
      const open = await owner(
        `SELECT 1 FROM enrollments WHERE participant_id = $1 AND discharged_on IS NULL`,
        [participantId],
      );
      expect(open).toHaveLength(1);
    });
  }

  for (const role of ['board', 'steering', 'referrer', 'external'] as const)
    it(`${role}: FORBIDDEN`, async () => {
      const client = await h.as(role);
      const participantId = await personWhere(`p.home_municipality_id = $1`, [nassjo]);
      const res = await client.gql(CREATE, {
        participantId,
        coachId: myCoach,
        projectId: project,
        enrolledOn: '2026-03-02',
      });
      expect(codesOf(res)).toEqual(['FORBIDDEN']);
    });
});

describe('createEnrollment through an accepted referral', () => {
  async function acceptedReferral(participantId: string, municipalityId: string) {
    const rows = await owner<{ id: string }>(
      `INSERT INTO referrals (association_id, participant_id, municipality_id, project_id, referrer_organisation, received_on, state)
       SELECT association_id, $1, $2, $3, 'AF', '2026-01-15', 'accepted' FROM projects WHERE id = $3 RETURNING id`,
      [participantId, municipalityId, project],
    );
    return rows[0]?.id ?? '';
  }

  it('a coach enrols a person out of scope who arrives through a referral to the municipality', async () => {
    const coach = await h.as('coach');
    const participantId = await personWhere(`p.home_municipality_id = $2 AND ${withoutMyCoach}`, [
      myCoach,
      nassjo,
    ]);
    const referralId = await acceptedReferral(participantId, nassjo);
    const res = await coach.gql<{ createEnrollment: { coachId: string } }>(CREATE, {
      participantId,
      coachId: myCoach,
      projectId: project,
      enrolledOn: '2026-03-02',
      referralId,
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.createEnrollment.coachId).toBe(myCoach);
    // The referral is used up: a second enrollment through it is NOT_FOUND.
    const again = await coach.gql(CREATE, {
      participantId,
      coachId: myCoach,
      projectId: project,
      enrolledOn: '2026-03-03',
      referralId,
    });
    expect(codesOf(again)).toEqual(['NOT_FOUND']);
  });

  it('NOT_FOUND for a referral routed to another municipality or about someone else', async () => {
    const coach = await h.as('coach');
    const participantId = await personWhere(`p.home_municipality_id = $1`, [eksjo]);
    const toEksjo = await acceptedReferral(participantId, eksjo);
    const other = await personWhere(`p.home_municipality_id = $2 AND ${withoutMyCoach}`, [
      myCoach,
      nassjo,
    ]);
    const toNassjo = await acceptedReferral(other, nassjo);
    for (const [person, referralId] of [
      [participantId, toEksjo],
      [participantId, toNassjo],
    ]) {
      const res = await coach.gql(CREATE, {
        participantId: person,
        coachId: myCoach,
        projectId: project,
        enrolledOn: '2026-03-02',
        referralId,
      });
      expect(codesOf(res)).toEqual(['NOT_FOUND']);
    }
  });
});

describe('one open enrollment per participant and project, in the database', () => {
  it('refuses a second open enrollment written past the service', async () => {
    const participantId = await personWhere(`p.home_municipality_id = $1`, [nassjo]);
    await enrolElsewhere(participantId, myCoach);
    await expect(enrolElsewhere(participantId, otherNassjoCoach)).rejects.toMatchObject({
      code: 'DUPLICATE',
      constraint: 'enrollments_one_open_per_project',
    });
    // Once discharged, a new enrollment in the project is fine.
    await owner(
      `UPDATE enrollments SET discharged_on = '2026-02-20', discharge_reason = 'other', compensation_at_end = '{activity_compensation}', occupation_after = 'other'
       WHERE participant_id = $1 AND discharged_on IS NULL`,
      [participantId],
    );
    await enrolElsewhere(participantId, otherNassjoCoach);
  });
});
