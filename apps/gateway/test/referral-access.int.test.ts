import { testPersonnummer } from '@finsam-se/domain';
import { DEMO_ASSOCIATION_ID, participantRepository } from '@finsam-se/persistence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, type Harness, startHarness } from './support/gateway-harness.js';

/**
 * Who sees and sends which referral (issue 15 items 3, 6, 9; issue 16 items 4, 5): the
 * referrer refers by personnummer and learns nothing about anyone; a coach sees the
 * referrals they coach, send, or that await their SE group; every read is audited.
 */
let h: Harness;
let nassjo = '';
let project = '';
let oldProject = '';
let coachId = '';
let coachUser = '';

const owner = <T>(sql: string, params: unknown[] = []) =>
  h.db.database.withOwner((tx) => tx.query<T>(sql, params));

type R = { id: string; participantId: string; participantName: string; state: string };
const FIELDS = 'id participantId participantName municipalityId state receivedOn';
const LIST = `query L($perPage: Int, $filter: ReferralFilter) {
  items: allReferrals(perPage: $perPage, filter: $filter) { ${FIELDS} }
  total: _allReferralsMeta(filter: $filter) { count }
}`;
const CREATE = `mutation C($participantId: UUID, $person: ReferredPerson, $municipalityId: UUID!, $projectId: UUID!, $receivedOn: LocalDate!, $org: ReferrerOrganisation) {
  createReferral(participantId: $participantId, person: $person, municipalityId: $municipalityId, projectId: $projectId, receivedOn: $receivedOn, referrerOrganisation: $org) { ${FIELDS} }
}`;

beforeAll(async () => {
  h = await startHarness();
  const rows = await owner<{ id: string }>(`SELECT id FROM municipalities WHERE code = '0682'`);
  nassjo = rows[0]?.id ?? '';
  const projects = await owner<{ id: string }>(`SELECT id FROM projects ORDER BY starts_on`);
  oldProject = projects[0]?.id ?? '';
  project = projects.at(-1)?.id ?? '';
  const me = await owner<{ id: string; coach_id: string }>(
    `SELECT id, coach_id FROM users WHERE email = 'coach.nassjo@demo.hoglandet.se'`,
  );
  coachId = me[0]?.coach_id ?? '';
  coachUser = me[0]?.id ?? '';
});
afterAll(async () => h.close());

describe('a referrer refers a person by personnummer and name', () => {
  it('gets the same answer whether the person was registered or not', async () => {
    const referrer = await h.as('referrer');
    const existing = await owner<{ id: string }>(
      `SELECT id FROM participants WHERE home_municipality_id = $1 ORDER BY id LIMIT 1`,
      [nassjo],
    );
    // The test reads the number the way the gateway stores it, through the cipher.
    const known = await h.db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
      participantRepository(h.db.pii).findById(tx, existing[0]?.id ?? ''),
    );
    const fresh = testPersonnummer('1995-06-14', 'male', 3);
    const answers = [];
    for (const personnummer of [known?.personnummer ?? '', fresh]) {
      const res = await referrer.gql<{ createReferral: R }>(CREATE, {
        person: { personnummer, firstName: 'Ny', lastName: 'Person' },
        municipalityId: nassjo,
        projectId: project,
        receivedOn: '2026-11-02',
      });
      expect(res.body.errors).toBeUndefined();
      const { id: _id, ...rest } = res.body.data?.createReferral ?? { id: '' };
      answers.push(rest);
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toMatchObject({ participantId: '', participantName: '' });
    // Known: linked to the existing record, which is unchanged; new: registered.
    const linked = await owner<{ participant_id: string; first_name: string }>(
      `SELECT r.participant_id, p.first_name FROM referrals r JOIN participants p ON p.id = r.participant_id
       WHERE r.received_on = '2026-11-02' ORDER BY p.first_name = 'Ny'`,
    );
    expect(linked).toHaveLength(2);
    expect(linked[0]?.participant_id).toBe(existing[0]?.id);
    expect(linked[0]?.first_name).not.toBe('Ny');
    expect(linked[1]?.first_name).toBe('Ny');
  });

  it('may not pick a participant by id, and lists only its own referrals without names', async () => {
    const referrer = await h.as('referrer');
    const someone = await owner<{ id: string }>(`SELECT id FROM participants LIMIT 1`);
    const res = await referrer.gql(CREATE, {
      participantId: someone[0]?.id,
      municipalityId: nassjo,
      projectId: project,
      receivedOn: '2026-11-02',
    });
    expect(codesOf(res)).toEqual(['FORBIDDEN']);
    const list = await referrer.gql<{ items: R[] }>(LIST, { perPage: 500 });
    expect(list.body.errors).toBeUndefined();
    for (const r of list.body.data?.items ?? [])
      expect(r).toMatchObject({ participantId: '', participantName: '' });
  });
});

describe('createReferral scope-checks the participant', () => {
  it('a coach gets NOT_FOUND for a person out of scope, and creates nothing', async () => {
    const coach = await h.as('coach');
    const stranger = await owner<{ id: string }>(
      `SELECT p.id FROM participants p WHERE p.home_municipality_id = $1
         AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.participant_id = p.id AND e.coach_id = $2) LIMIT 1`,
      [nassjo, coachId],
    );
    const before = await owner(`SELECT 1 FROM referrals`);
    const res = await coach.gql(CREATE, {
      participantId: stranger[0]?.id,
      municipalityId: nassjo,
      projectId: project,
      receivedOn: '2026-11-03',
      org: 'MUNICIPALITY',
    });
    expect(codesOf(res)).toEqual(['NOT_FOUND']);
    expect(await owner(`SELECT 1 FROM referrals`)).toHaveLength(before.length);
  });

  it('refuses a project that is not running on the day the referral arrives', async () => {
    const manager = await h.as('manager');
    const someone = await owner<{ id: string }>(`SELECT id FROM participants LIMIT 1`);
    const res = await manager.gql(CREATE, {
      participantId: someone[0]?.id,
      municipalityId: nassjo,
      projectId: oldProject,
      receivedOn: '2026-11-03',
      org: 'FK',
    });
    expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      field: 'receivedOn',
      reason: 'PROJECT.NOT_RUNNING',
    });
    expect(res.body.errors?.[0]?.message).toContain('Projektet pågår inte');
  });
});

describe('who sees which referral', () => {
  it('a coach sees those they coach, send, or that await their SE group: not the municipality', async () => {
    const coach = await h.as('coach');
    const res = await coach.gql<{ items: R[]; total: { count: number } }>(LIST, { perPage: 500 });
    expect(res.body.errors).toBeUndefined();
    const expected = await owner<{ id: string }>(
      `SELECT r.id FROM referrals r WHERE r.municipality_id = $1 AND (
         EXISTS (SELECT 1 FROM enrollments e WHERE e.referral_id = r.id AND e.coach_id = $2)
         OR r.state = 'received' OR r.referred_by = $3)`,
      [nassjo, coachId, coachUser],
    );
    const municipality = await owner(`SELECT 1 FROM referrals WHERE municipality_id = $1`, [
      nassjo,
    ]);
    expect(res.body.data?.total.count).toBe(expected.length);
    expect(expected.length).toBeLessThan(municipality.length);
    expect(new Set(res.body.data?.items.map((r) => r.id))).toEqual(
      new Set(expected.map((r) => r.id)),
    );
  });

  it('filters on one participant (the participant page), within scope', async () => {
    const manager = await h.as('manager');
    const some = await owner<{ participant_id: string }>(
      `SELECT participant_id FROM referrals WHERE municipality_id = $1 LIMIT 1`,
      [nassjo],
    );
    const participantId = some[0]?.participant_id ?? '';
    const res = await manager.gql<{ items: R[] }>(LIST, { filter: { participantId } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.items.length).toBeGreaterThan(0);
    expect(res.body.data?.items.every((r) => r.participantId === participantId)).toBe(true);
    const outside = await owner<{ participant_id: string }>(
      `SELECT r.participant_id FROM referrals r WHERE r.municipality_id <> $1 LIMIT 1`,
      [nassjo],
    );
    const chief = await h.as('municipal_chief');
    const none = await chief.gql<{ items: R[] }>(LIST, {
      filter: { participantId: outside[0]?.participant_id },
    });
    expect(none.body.data?.items).toEqual([]);
  });

  it('audits every read through the read-audit writer', async () => {
    const chief = await h.as('municipal_chief');
    const page = await chief.gql<{ items: R[] }>(LIST, { perPage: 7 });
    const ids = page.body.data?.items.map((r) => r.id) ?? [];
    expect(ids).toHaveLength(7);
    const one = await chief.gql<{ Referral: R }>(`query($id: UUID!) { Referral(id: $id) { id } }`, {
      id: ids[0],
    });
    expect(one.body.data?.Referral.id).toBe(ids[0]);
    const rows = await owner<{ entity_ids: string[] }>(
      `SELECT entity_ids FROM audit_log a JOIN users u ON u.id = a.user_id
       WHERE u.email = 'kommunchef.nassjo@demo.hoglandet.se' AND a.action = 'read' AND a.entity = 'referral'
       ORDER BY a.id`,
    );
    expect(rows.map((r) => r.entity_ids)).toEqual([ids, [ids[0]]]);
  });
});
