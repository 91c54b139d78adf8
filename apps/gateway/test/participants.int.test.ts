import { testPersonnummer } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, type Harness, startHarness } from './support/gateway-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

type P = {
  id: string;
  personnummer: string;
  firstName: string;
  lastName: string;
  gender: string;
  birthDate: string;
  homeMunicipalityId: string;
  coachId: string | null;
  currentPhase: string | null;
  enrollmentId: string | null;
  version: number;
};
const FIELDS =
  'id personnummer firstName lastName gender birthDate homeMunicipalityId targetGroupFactors coachId currentPhase enrollmentId version';
const LIST = `query L($page: Int, $perPage: Int, $sortField: String, $sortOrder: String, $filter: ParticipantFilter) {
  items: allParticipants(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { ${FIELDS} }
  total: _allParticipantsMeta(page: $page, perPage: $perPage, filter: $filter) { count }
}`;
const CREATE = `mutation C($personnummer: String!, $firstName: String!, $lastName: String!, $homeMunicipalityId: UUID!, $targetGroupFactors: [TargetGroupFactor!]) {
  createParticipant(personnummer: $personnummer, firstName: $firstName, lastName: $lastName, homeMunicipalityId: $homeMunicipalityId, targetGroupFactors: $targetGroupFactors) { ${FIELDS} }
}`;
const UPDATE = `mutation U($id: UUID!, $version: Int!, $firstName: String, $targetGroupFactors: [TargetGroupFactor!]) {
  updateParticipant(id: $id, version: $version, firstName: $firstName, targetGroupFactors: $targetGroupFactors) { ${FIELDS} }
}`;

async function nassjo(): Promise<string> {
  const rows = await h.db.database.withOwner((tx) =>
    tx.query<{ id: string }>(`SELECT id FROM municipalities WHERE code = '0682'`),
  );
  return rows[0]?.id ?? '';
}

/** Sends one document with a chosen x-request-id, to find its audit rows. */
async function withRequestId(
  token: string | null,
  requestId: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const response = await fetch(`${h.gateway.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token ?? ''}`,
      'x-request-id': requestId,
    },
    body: JSON.stringify({ query, variables }),
  });
  return JSON.parse(await response.text());
}

async function auditRowsOf(requestId: string) {
  return h.db.database.withOwner((tx) =>
    tx.query<{ action: string; entity: string; role: string; entity_ids: string[] }>(
      `SELECT action, entity, role, entity_ids::text[] AS entity_ids FROM audit_log WHERE request_id = $1 ORDER BY id`,
      [requestId],
    ),
  );
}

describe('participants', () => {
  it('lists pages and sorts as react-admin sends them, with a total', async () => {
    const manager = await h.as('manager');
    const first = await manager.gql<{ items: P[]; total: { count: number } }>(LIST, {
      page: 0,
      perPage: 10,
      sortField: 'lastName',
      sortOrder: 'ASC',
      filter: {},
    });
    expect(first.body.errors).toBeUndefined();
    const items = first.body.data?.items ?? [];
    expect(items).toHaveLength(10);
    expect(first.body.data?.total.count).toBeGreaterThan(100);
    const names = items.map((p) => p.lastName);
    expect([...names].sort((a, b) => a.localeCompare(b, 'sv'))).toEqual(names);
    const second = await manager.gql<{ items: P[] }>(LIST, {
      page: 1,
      perPage: 10,
      sortField: 'lastName',
      sortOrder: 'ASC',
    });
    const secondIds = (second.body.data?.items ?? []).map((p) => p.id);
    expect(secondIds).toHaveLength(10);
    expect(secondIds.some((id) => items.some((p) => p.id === id))).toBe(false);
    const desc = await manager.gql<{ items: P[] }>(LIST, {
      page: 0,
      perPage: 5,
      sortField: 'birthDate',
      sortOrder: 'DESC',
    });
    const dates = (desc.body.data?.items ?? []).map((p) => p.birthDate);
    expect([...dates].sort().reverse()).toEqual(dates);
    // Manager sees the personnummer in clear; latest enrollment is resolved.
    expect(items[0]?.personnummer).toMatch(/^\d{8}-\d{4}$/);
    expect(items.some((p) => p.currentPhase !== null && p.coachId !== null)).toBe(true);
  });

  it('filters by ids and q (getMany / search)', async () => {
    const manager = await h.as('manager');
    const page = await manager.gql<{ items: P[] }>(LIST, { perPage: 3 });
    const ids = (page.body.data?.items ?? []).map((p) => p.id);
    const byIds = await manager.gql<{ items: P[]; total: { count: number } }>(LIST, {
      filter: { ids },
    });
    expect(byIds.body.data?.items.map((p) => p.id).sort()).toEqual([...ids].sort());
    expect(byIds.body.data?.total.count).toBe(3);
    const someone = page.body.data?.items[0];
    const q = await manager.gql<{ items: P[] }>(LIST, { filter: { q: someone?.lastName } });
    expect(
      q.body.data?.items.every(
        (p) =>
          p.lastName === someone?.lastName ||
          p.firstName.toLowerCase().startsWith(someone?.lastName.toLowerCase() ?? ''),
      ),
    ).toBe(true);
    expect(q.body.data?.items.map((p) => p.id)).toContain(someone?.id);
  });

  it('masks the personnummer for roles that do not need it', async () => {
    const steering = await h.as('steering');
    const list = await steering.gql<{ items: P[] }>(LIST, { perPage: 5 });
    expect(list.body.data?.items.every((p) => /^\d{8}-\*{4}$/.test(p.personnummer))).toBe(true);
  });

  it('creates with personnummer validation, defaults and duplicate refusal', async () => {
    const manager = await h.as('manager');
    const home = await nassjo();
    const pnr = testPersonnummer('1990-05-17', 'female', 3);
    const created = await manager.gql<{ createParticipant: P }>(CREATE, {
      personnummer: `${pnr.slice(2, 8)}-${pnr.slice(8)}`,
      firstName: 'Test',
      lastName: 'Testsson',
      homeMunicipalityId: home,
      targetGroupFactors: ['MENTAL_ILL_HEALTH'],
    });
    expect(created.body.errors).toBeUndefined();
    const p = created.body.data?.createParticipant;
    expect(p?.gender).toBe('FEMALE');
    expect(p?.birthDate).toBe('1990-05-17');
    expect(p?.personnummer).toBe(`${pnr.slice(0, 8)}-${pnr.slice(8)}`);
    expect(p?.version).toBe(1);

    const duplicate = await manager.gql(CREATE, {
      personnummer: pnr,
      firstName: 'Igen',
      lastName: 'Testsson',
      homeMunicipalityId: home,
    });
    expect(codesOf(duplicate)).toEqual(['DUPLICATE_PERSONNUMMER']);

    const bad = await manager.gql(CREATE, {
      personnummer: '199005171234',
      firstName: 'Fel',
      lastName: 'Nummer',
      homeMunicipalityId: home,
    });
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.body.errors?.[0]?.extensions?.field).toBe('personnummer');
    expect(bad.body.errors?.[0]?.extensions?.reason).toBe('PERSONNUMMER.CHECKSUM');
    const format = await manager.gql(CREATE, {
      personnummer: 'abc',
      firstName: 'Fel',
      lastName: 'Nummer',
      homeMunicipalityId: home,
    });
    expect(format.body.errors?.[0]?.extensions?.reason).toBe('PERSONNUMMER.FORMAT');
  });

  it('updates with optimistic concurrency: a stale version gets CONFLICT and writes nothing', async () => {
    const manager = await h.as('manager');
    const home = await nassjo();
    const created = await manager.gql<{ createParticipant: P }>(CREATE, {
      personnummer: testPersonnummer('1985-02-01', 'male', 4),
      firstName: 'Före',
      lastName: 'Ändring',
      homeMunicipalityId: home,
    });
    const p = created.body.data?.createParticipant;
    const ok = await manager.gql<{ updateParticipant: P }>(UPDATE, {
      id: p?.id,
      version: 1,
      firstName: 'Efter',
      targetGroupFactors: ['DISABILITY'],
    });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data?.updateParticipant.firstName).toBe('Efter');
    expect(ok.body.data?.updateParticipant.version).toBe(2);
    const stale = await manager.gql(UPDATE, { id: p?.id, version: 1, firstName: 'Gammal' });
    expect(codesOf(stale)).toEqual(['CONFLICT']);
    expect(stale.body.errors?.[0]?.extensions?.currentVersion).toBe(2);
    const rows = await h.db.database.withOwner((tx) =>
      tx.query<{ first_name: string; version: number }>(
        'SELECT first_name, version FROM participants WHERE id = $1',
        [p?.id],
      ),
    );
    expect(rows[0]).toEqual({ first_name: 'Efter', version: 2 });
  });

  it('board may not create', async () => {
    const board = await h.as('board');
    const res = await board.gql(CREATE, {
      personnummer: testPersonnummer('1970-01-01', 'male', 5),
      firstName: 'X',
      lastName: 'Y',
      homeMunicipalityId: await nassjo(),
    });
    expect(codesOf(res)).toEqual(['FORBIDDEN']);
  });

  it('audits a coach reading a participant with the user id and the request id', async () => {
    const coach = await h.as('coach');
    const list = await coach.gql<{ items: P[] }>(LIST, { perPage: 1 });
    const id = list.body.data?.items[0]?.id ?? '';
    const requestId = `audit-test-${Date.now()}`;
    const response = await fetch(`${h.gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${coach.token ?? ''}`,
        'x-request-id': requestId,
      },
      body: JSON.stringify({
        query: 'query One($id: UUID!) { Participant(id: $id) { id personnummer } }',
        variables: { id },
      }),
    });
    const body = JSON.parse(await response.text());
    expect(body.data.Participant.id).toBe(id);
    expect(body.data.Participant.personnummer).toMatch(/^\d{8}-\d{4}$/);
    const rows = await h.db.database.withOwner((tx) =>
      tx.query<{ user_id: string; action: string; entity_ids: string[]; email: string }>(
        `SELECT l.user_id, l.action, l.entity_ids::text[] AS entity_ids, u.email FROM audit_log l JOIN users u ON u.id = l.user_id WHERE l.request_id = $1`,
        [requestId],
      ),
    );
    expect(rows).toEqual([
      {
        user_id: rows[0]?.user_id,
        action: 'read',
        entity_ids: [id],
        email: 'coach.nassjo@demo.hoglandet.se',
      },
    ]);
  });

  it('writes ONE audit row per list page with every id read, in page order', async () => {
    const manager = await h.as('manager');
    const requestId = `audit-list-${Date.now()}`;
    const body = await withRequestId(
      manager.token,
      requestId,
      '{ allParticipants(perPage: 7) { id } }',
    );
    const ids = body.data.allParticipants.map((p: { id: string }) => p.id);
    expect(ids).toHaveLength(7);
    expect(await auditRowsOf(requestId)).toEqual([
      { action: 'read', entity: 'participant', role: 'manager', entity_ids: ids },
    ]);
  });

  it('logs nothing for a read that returned nobody: an empty page or a person out of scope', async () => {
    const manager = await h.as('manager');
    const coach = await h.as('coach');
    const empty = `audit-empty-${Date.now()}`;
    const none = await withRequestId(
      manager.token,
      empty,
      '{ allParticipants(perPage: 25, filter: { q: "ingen-heter-så" }) { id } }',
    );
    expect(none.data.allParticipants).toEqual([]);
    expect(await auditRowsOf(empty)).toEqual([]);

    const [other] = await h.db.database.withOwner((tx) =>
      tx.query<{ id: string }>(
        `SELECT p.id FROM participants p WHERE NOT EXISTS (
           SELECT 1 FROM enrollments e JOIN coaches c ON c.association_id = e.association_id AND c.id = e.coach_id
           JOIN users u ON u.association_id = c.association_id AND u.coach_id = c.id
           WHERE e.participant_id = p.id AND u.email = 'coach.nassjo@demo.hoglandet.se') LIMIT 1`,
      ),
    );
    const refused = `audit-refused-${Date.now()}`;
    const one = await withRequestId(
      coach.token,
      refused,
      'query One($id: UUID!) { Participant(id: $id) { id } }',
      { id: other?.id },
    );
    expect(one.data.Participant).toBeNull();
    expect(await auditRowsOf(refused)).toEqual([]);
  });

  it('runs a small constant number of SQL statements for a page with coach, phase and municipality', async () => {
    const manager = await h.as('manager');
    const query = `query P($perPage: Int) { allParticipants(perPage: $perPage) { id coachId currentPhase enrollmentId homeMunicipalityId } }`;
    await manager.gql(query, { perPage: 1 }); // warm-up
    const count = async (perPage: number) => {
      const before = h.db.database.statementTotal();
      const res = await manager.gql<{ allParticipants: P[] }>(query, { perPage });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.allParticipants).toHaveLength(perPage);
      return h.db.database.statementTotal() - before;
    };
    const ten = await count(10);
    const hundred = await count(100);
    expect(hundred).toBeLessThanOrEqual(8);
    expect(hundred).toBe(ten);
  });
});
