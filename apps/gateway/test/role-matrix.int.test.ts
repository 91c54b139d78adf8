import { testPersonnummer } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Action, scopeOf } from '../src/auth/policy-table.js';
import { codesOf, type DemoRole, type Harness, startHarness } from './support/gateway-harness.js';

let h: Harness;
let nassjo = '';
beforeAll(async () => {
  h = await startHarness();
  const rows = await h.db.database.withOwner((tx) =>
    tx.query<{ id: string }>(`SELECT id FROM municipalities WHERE code = '0682'`),
  );
  nassjo = rows[0]?.id ?? '';
});
afterAll(async () => h.close());

const ROLES: readonly DemoRole[] = [
  'board',
  'steering',
  'manager',
  'municipal_chief',
  'coach',
  'referrer',
  'external',
];

/** The roles the policy table allows an action (src/auth/policy-table.ts). */
const allowedFor = (action: Action): readonly DemoRole[] =>
  ROLES.filter((role) => scopeOf(role, action) !== 'none');

/**
 * Each list query and the roles allowed to run it, from the policy table: every list that
 * names people follows the people actions (the board reads aggregated figures only).
 */
const LISTS: Record<string, { query: string; allowed: readonly DemoRole[] }> = {
  allParticipants: {
    query:
      '{ r: allParticipants(perPage: 500) { id personnummer firstName lastName homeMunicipalityId coachId } m: _allParticipantsMeta { count } }',
    allowed: allowedFor('participant.read'),
  },
  allReferrals: {
    query:
      '{ r: allReferrals(perPage: 500) { id participantName municipalityId decisions { action } } m: _allReferralsMeta { count } }',
    allowed: allowedFor('referral.read'),
  },
  allSeGroupMeetings: {
    query:
      '{ r: allSeGroupMeetings(perPage: 500) { id municipalityId } m: _allSeGroupMeetingsMeta { count } }',
    allowed: allowedFor('seGroupMeeting.read'),
  },
  allEnrollments: {
    query:
      '{ r: allEnrollments(perPage: 500) { id participantName coachId municipalityId } m: _allEnrollmentsMeta { count } }',
    allowed: allowedFor('enrollment.read'),
  },
  allEmployers: {
    query: '{ r: allEmployers(perPage: 500) { id name } m: _allEmployersMeta { count } }',
    allowed: allowedFor('employer.read'),
  },
  allPlacements: {
    query: '{ r: allPlacements(perPage: 500) { id enrollmentId } m: _allPlacementsMeta { count } }',
    allowed: allowedFor('placement.read'),
  },
  allFollowUps: {
    query: '{ r: allFollowUps(perPage: 500) { id enrollmentId } m: _allFollowUpsMeta { count } }',
    allowed: allowedFor('followUp.read'),
  },
  allAttestations: {
    query:
      '{ r: allAttestations(perPage: 500) { id municipalityId signedByName } m: _allAttestationsMeta { count } }',
    allowed: allowedFor('attestation.read'),
  },
  allUsers: {
    query: '{ r: allUsers(perPage: 500) { id email } m: _allUsersMeta { count } }',
    allowed: allowedFor('user.read'),
  },
  auditLog: {
    query: '{ r: auditLog(perPage: 50) { id } m: _auditLogMeta { count } }',
    allowed: allowedFor('auditLog.read'),
  },
};

type Row = Record<string, unknown> & { id: string };
type ListBody = { r: Row[]; m: { count: number } };

const sql = <T>(text: string, params: unknown[] = []) =>
  h.db.database.withOwner((tx) => tx.query<T>(text, params));

describe('role × resource matrix', () => {
  for (const [name, { query, allowed }] of Object.entries(LISTS)) {
    for (const role of ROLES) {
      const may = allowed.includes(role);
      it(`${role} ${may ? 'may' : 'may not'} list ${name}`, async () => {
        const client = await h.as(role);
        const res = await client.gql<ListBody>(query);
        if (!may) {
          expect(codesOf(res)).toContain('FORBIDDEN');
          expect(res.body.data ?? null).toBeNull();
          return;
        }
        expect(res.body.errors).toBeUndefined();
        expect(Array.isArray(res.body.data?.r)).toBe(true);
        expect(typeof res.body.data?.m.count).toBe('number');
      });
    }
  }

  it('coach sees exactly the participants with an enrollment of their own coach record', async () => {
    const coach = await h.as('coach');
    const me = await coach.gql<{ me: { coachId: string } }>('{ me { coachId } }');
    const coachId = me.body.data?.me.coachId;
    const res = await coach.gql<ListBody>(LISTS.allParticipants?.query ?? '');
    const ids = (res.body.data?.r ?? []).map((p) => p.id);
    expect(ids.length).toBeGreaterThan(0);
    const own = await sql<{ participant_id: string }>(
      'SELECT DISTINCT participant_id FROM enrollments WHERE coach_id = $1',
      [coachId],
    );
    const ownIds = new Set(own.map((r) => r.participant_id));
    for (const id of ids) expect(ownIds.has(id)).toBe(true);
    expect(res.body.data?.m.count).toBe(ownIds.size);
    // Personnummer in clear for the coach's own participants.
    for (const p of res.body.data?.r ?? []) expect(p.personnummer).toMatch(/^\d{8}-\d{4}$/);
    // Someone else's participant is invisible one by one too.
    const other = await sql<{ participant_id: string }>(
      'SELECT participant_id FROM enrollments WHERE participant_id NOT IN (SELECT participant_id FROM enrollments WHERE coach_id = $1) LIMIT 1',
      [coachId],
    );
    const one = await coach.gql<{ Participant: Row | null }>(
      'query($id: UUID!) { Participant(id: $id) { id } }',
      { id: other[0]?.participant_id },
    );
    expect(one.body.data?.Participant).toBeNull();
    // Enrollments, placements and follow-ups: own coach only.
    const enr = await coach.gql<ListBody>(LISTS.allEnrollments?.query ?? '');
    for (const e of enr.body.data?.r ?? []) expect(e.coachId).toBe(coachId);
    const pl = await coach.gql<ListBody>(LISTS.allPlacements?.query ?? '');
    const enrIds = new Set(
      (await sql<{ id: string }>('SELECT id FROM enrollments WHERE coach_id = $1', [coachId])).map(
        (r) => r.id,
      ),
    );
    for (const p of pl.body.data?.r ?? []) expect(enrIds.has(String(p.enrollmentId))).toBe(true);
    const fu = await coach.gql<ListBody>(LISTS.allFollowUps?.query ?? '');
    for (const f of fu.body.data?.r ?? []) expect(enrIds.has(String(f.enrollmentId))).toBe(true);
  });

  it('municipal chief sees only their own municipality', async () => {
    const chief = await h.as('municipal_chief');
    const participants = await chief.gql<ListBody>(LISTS.allParticipants?.query ?? '');
    const rows = participants.body.data?.r ?? [];
    expect(rows.length).toBeGreaterThan(0);
    for (const p of rows) {
      expect(p.homeMunicipalityId).toBe(nassjo);
      expect(p.personnummer).toMatch(/^\d{8}-\*{4}$/);
    }
    const total = await sql<{ n: string }>(
      'SELECT count(*)::text AS n FROM participants WHERE home_municipality_id = $1',
      [nassjo],
    );
    expect(participants.body.data?.m.count).toBe(Number(total[0]?.n));
    for (const list of [
      'allReferrals',
      'allSeGroupMeetings',
      'allEnrollments',
      'allAttestations',
    ]) {
      const res = await chief.gql<ListBody>(LISTS[list]?.query ?? '');
      for (const row of res.body.data?.r ?? []) expect(row.municipalityId).toBe(nassjo);
    }
  });

  it('unmasked personnummer only for the manager and the coach (own participants)', async () => {
    for (const role of ['steering', 'manager', 'municipal_chief', 'coach'] as const) {
      const client = await h.as(role);
      const res = await client.gql<{ allParticipants: { personnummer: string }[] }>(
        '{ allParticipants(perPage: 50) { personnummer } }',
      );
      const clear = role === 'manager' || role === 'coach';
      for (const p of res.body.data?.allParticipants ?? [])
        expect(p.personnummer).toMatch(clear ? /^\d{8}-\d{4}$/ : /^\d{8}-\*{4}$/);
    }
  });

  it('referrer sees only their own referrals, without names or decisions', async () => {
    const referrer = await h.as('referrer');
    const res = await referrer.gql<ListBody>(LISTS.allReferrals?.query ?? '');
    const mine = await sql<{ id: string }>(
      `SELECT r.id FROM referrals r JOIN users u ON u.id = r.referred_by WHERE u.email = 'handlaggare@demo.hoglandet.se'`,
    );
    expect(res.body.data?.m.count).toBe(mine.length);
    const mineIds = new Set(mine.map((r) => r.id));
    for (const r of res.body.data?.r ?? []) {
      expect(mineIds.has(r.id)).toBe(true);
      expect(r.participantName).toBe('');
      expect(r.decisions).toEqual([]);
    }
    const filtered = await referrer.gql<ListBody>(
      '{ r: allReferrals(filter: { q: "a" }, perPage: 500) { id } m: _allReferralsMeta(filter: { q: "a" }) { count } }',
    );
    expect(filtered.body.data?.m.count).toBe(mine.length);
  });

  it('external never gets a person, a name or a personnummer', async () => {
    const external = await h.as('external');
    const anyParticipant = await sql<{ id: string }>('SELECT id FROM participants LIMIT 1');
    const anyEnrollment = await sql<{ id: string }>('SELECT id FROM enrollments LIMIT 1');
    const anyReferral = await sql<{ id: string }>('SELECT id FROM referrals LIMIT 1');
    const queries = [
      ['{ allParticipants { id firstName lastName personnummer } }', {}],
      ['{ _allParticipantsMeta { count } }', {}],
      [
        'query($id: UUID!) { Participant(id: $id) { id firstName personnummer } }',
        { id: anyParticipant[0]?.id },
      ],
      ['{ allEnrollments { id participantName } }', {}],
      [
        'query($id: UUID!) { Enrollment(id: $id) { id participantName } }',
        { id: anyEnrollment[0]?.id },
      ],
      ['{ allReferrals { id participantName } }', {}],
      [
        'query($id: UUID!) { Referral(id: $id) { id participantName } }',
        { id: anyReferral[0]?.id },
      ],
      ['{ allPlacements { id } }', {}],
      ['{ allFollowUps { id } }', {}],
      ['{ allSeGroupMeetings { id notes } }', {}],
      ['{ allUsers { id name email } }', {}],
      ['{ auditLog { id userName } }', {}],
    ] as const;
    for (const [query, variables] of queries) {
      const res = await external.gql(query, variables);
      expect(codesOf(res)).toEqual(['FORBIDDEN']);
      expect(Object.values(res.body.data ?? {}).every((v) => v === null)).toBe(true);
      expect(res.text).not.toMatch(/\d{8}-[\d*]{4}/);
    }
    const referrer = await h.as('referrer');
    for (const [query, variables] of queries.filter(([q]) => !q.includes('Referral'))) {
      expect(codesOf(await referrer.gql(query, variables))).toEqual(['FORBIDDEN']);
    }
  });

  it('board gets FORBIDDEN on every mutation and nothing is written', async () => {
    const board = await h.as('board');
    const id = '00000000-0000-4000-8000-000000000001';
    const mutations = [
      `createParticipant(personnummer: "199005179803", firstName: "A", lastName: "B", homeMunicipalityId: "${id}") { id }`,
      `updateParticipant(id: "${id}", version: 1, firstName: "A") { id }`,
      `createReferral(participantId: "${id}", municipalityId: "${id}", projectId: "${id}", receivedOn: "2026-01-01", referrerOrganisation: FK) { id }`,
      `decideReferral(id: "${id}", action: ACCEPT, decidedOn: "2026-01-01", version: 1) { id }`,
      `escalateReferral(id: "${id}", decidedOn: "2026-01-01", version: 1) { id }`,
      `createSeGroupMeeting(municipalityId: "${id}", heldOn: "2026-01-01") { id }`,
      `updateSeGroupMeeting(id: "${id}", notes: "x") { id }`,
      `createEnrollment(participantId: "${id}", coachId: "${id}", projectId: "${id}", enrolledOn: "2026-01-01", compensationAtStart: ["salary"]) { id }`,
      `moveEnrollmentPhase(id: "${id}", phase: JOB_FINDING, on: "2026-01-01", version: 1) { id }`,
      `dischargeEnrollment(id: "${id}", on: "2026-01-01", reason: "got_work", compensationAtEnd: ["salary"], occupationAfter: "employment", version: 1) { id }`,
      `reContactEnrollment(id: "${id}", on: "2026-01-01", version: 1) { id }`,
      `recordIncomeDuring(id: "${id}", compensationDuring: ["salary"], version: 1) { id }`,
      `createEmployer(name: "X") { id }`,
      `updateEmployer(id: "${id}", name: "X") { id }`,
      `deleteEmployer(id: "${id}") { id }`,
      `createPlacement(enrollmentId: "${id}", kind: STUDIES, startedOn: "2026-01-01") { id }`,
      `updatePlacement(id: "${id}", endedOn: "2026-01-01") { id }`,
      `recordFollowUp(id: "${id}", doneOn: "2026-01-01", working: true, studying: false) { id }`,
      `signAttestation(municipalityId: "${id}", projectId: "${id}", halfYear: "2026H1", statement: "Ett intyg om arbetet.") { id }`,
      `createUser(email: "x@demo.hoglandet.se", name: "X", role: BOARD, password: "ett-långt-lösenord") { id }`,
      `updateUser(id: "${id}", version: 1, active: false) { id }`,
      `createCoach(name: "X", municipalityId: "${id}", fte: 0.5, employedFrom: "2026-01-01") { id }`,
      `updateCoach(id: "${id}", name: "X") { id }`,
    ];
    const before = await sql<{ n: string }>(
      `SELECT count(*)::text AS n FROM audit_log WHERE action <> 'read' AND action NOT LIKE 'login%'`,
    );
    for (const mutation of mutations) {
      const res = await board.gql(`mutation { ${mutation} }`);
      expect({ mutation, codes: codesOf(res) }).toEqual({ mutation, codes: ['FORBIDDEN'] });
    }
    const after = await sql<{ n: string }>(
      `SELECT count(*)::text AS n FROM audit_log WHERE action <> 'read' AND action NOT LIKE 'login%'`,
    );
    expect(after[0]?.n).toBe(before[0]?.n);
  });
});

describe('people: role × read / create / update of a participant', () => {
  /** What each role may do with a participant in its home municipality (Nässjö). */
  const MATRIX = Object.fromEntries(
    ROLES.map((role) => [
      role,
      {
        read: scopeOf(role, 'participant.read') !== 'none',
        create: scopeOf(role, 'participant.write') !== 'none',
        update: scopeOf(role, 'participant.write') !== 'none',
      },
    ]),
  ) as Record<DemoRole, { read: boolean; create: boolean; update: boolean }>;
  let serial = 0;
  const CREATE = `mutation C($personnummer: String!, $home: UUID!) {
    createParticipant(personnummer: $personnummer, firstName: "Matris", lastName: "Person", homeMunicipalityId: $home, targetGroupFactors: [DISABILITY]) { id }
  }`;
  const create = async (role: DemoRole) => {
    serial += 1;
    const born = new Date(Date.UTC(1933, 0, serial)).toISOString().slice(0, 10);
    const client = await h.as(role);
    return client.gql<{ createParticipant: { id: string } }>(CREATE, {
      personnummer: testPersonnummer(born, 'female', serial),
      home: nassjo,
    });
  };
  const factorsOf = async (id: string) =>
    (
      await sql<{ f: string[] }>(
        'SELECT target_group_factors AS f FROM participants WHERE id = $1',
        [id],
      )
    )[0]?.f;

  for (const [role, may] of Object.entries(MATRIX) as [DemoRole, (typeof MATRIX)[DemoRole]][]) {
    it(`${role}: read ${may.read}, create ${may.create}, update ${may.update}`, async () => {
      const client = await h.as(role);
      // Created by this role when it may (a coach then sees their own), else by the manager.
      const own = may.create ? await create(role) : undefined;
      if (!may.create) {
        const refused = await create(role);
        expect(codesOf(refused)).toEqual(['FORBIDDEN']);
        expect(refused.body.data ?? null).toBeNull();
      }
      const id = own?.body.data?.createParticipant.id ?? '';
      const target = id || ((await create('manager')).body.data?.createParticipant.id ?? '');
      const read = await client.gql<{ Participant: { id: string } | null }>(
        'query($id: UUID!) { Participant(id: $id) { id } }',
        { id: target },
      );
      if (may.read) expect(read.body.data?.Participant?.id).toBe(target);
      else expect(codesOf(read)).toEqual(['FORBIDDEN']);
      const update = await client.gql<{ updateParticipant: { version: number } }>(
        'mutation U($id: UUID!) { updateParticipant(id: $id, version: 1, targetGroupFactors: [SUBSTANCE_ABUSE]) { version } }',
        { id: target },
      );
      if (may.update) expect(update.body.data?.updateParticipant.version).toBe(2);
      else expect(codesOf(update)).toEqual(['FORBIDDEN']);
      expect(await factorsOf(target)).toEqual(may.update ? ['substance_abuse'] : ['disability']);
    });
  }
});
