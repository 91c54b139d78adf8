import { DEMO_ASSOCIATION_ID } from '@finsam-se/persistence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDate } from '@finsam-se/domain';
import { stockholmDateOf } from '../src/clock/today.js';
import { codesOf, type Harness, startHarness } from './support/gateway-harness.js';

// The audit log, access review and retention of personal data (split from
// personal-data.int.test.ts, which keeps consent, register extract, rectification and erasure).
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return h.db.database.withOwner((tx) => tx.query<T>(text, params));
}
// The gateway's today (Stockholm), not the UTC date: they differ an hour or two each night.
const today = stockholmDateOf(new Date());

const EXTRACT = `query X($p: UUID!) { registerExtract(participantId: $p) { json html generatedAt } }`;
const RETENTION = `mutation G($dry: Boolean!) { runRetention(dryRun: $dry) { dryRun asOf identifyingYears auditYears participantsAnonymised auditRowsDeleted runId participants { participantId lastEndedOn } } }`;

describe('audit log', () => {
  it('is append-only for the application role', async () => {
    const attempt = (text: string) =>
      h.db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) => tx.query(text));
    await expect(attempt(`UPDATE audit_log SET action = 'read'`)).rejects.toThrow();
    await expect(attempt(`DELETE FROM audit_log`)).rejects.toThrow();
    await expect(attempt(`DELETE FROM participant_changes`)).rejects.toThrow();
    await expect(attempt(`DELETE FROM consents`)).rejects.toThrow();
    await expect(attempt(`SELECT count(*) FROM audit_log`)).resolves.toBeDefined();
  });

  it('can be searched by person, user and period', async () => {
    const manager = await h.as('manager');
    const [p] = await sql<{ id: string }>(`SELECT id FROM participants ORDER BY id LIMIT 1`);
    await manager.gql(`query P($id: UUID!) { Participant(id: $id) { id } }`, { id: p?.id });
    const me = await manager.gql<{ me: { id: string } }>(`{ me { id } }`);
    const search = await manager.gql<{
      auditLog: { entityIds: string[]; entityId: string; userId: string; action: string }[];
      _auditLogMeta: { count: number };
    }>(
      `query A($e: UUID, $u: UUID, $from: LocalDate, $to: LocalDate) {
        auditLog(entityId: $e, userId: $u, from: $from, to: $to, perPage: 100) { entityIds entityId userId action at }
        _auditLogMeta(entityId: $e, userId: $u, from: $from, to: $to) { count }
      }`,
      {
        e: p?.id,
        u: me.body.data?.me.id,
        from: today,
        to: LocalDate.addDays(today, 1),
      },
    );
    expect(search.body.errors).toBeUndefined();
    expect(search.body.data?._auditLogMeta.count).toBeGreaterThan(0);
    for (const row of search.body.data?.auditLog ?? []) {
      expect(row.entityIds).toContain(p?.id);
      expect(row.entityId).toBe(row.entityIds[0]);
      expect(row.userId).toBe(me.body.data?.me.id);
    }
  });

  it('a list page of 25 writes ONE row with exactly those 25 ids; the extract of one of them lists the read', async () => {
    const manager = await h.as('manager');
    const coach = await h.as('coach');
    const requestId = `audit-page-25-${Date.now()}`;
    const response = await fetch(`${h.gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${coach.token ?? ''}`,
        'x-request-id': requestId,
      },
      body: JSON.stringify({ query: '{ allParticipants(perPage: 25) { id } }' }),
    });
    const page = (
      JSON.parse(await response.text()) as { data: { allParticipants: { id: string }[] } }
    ).data.allParticipants.map((p) => p.id);
    expect(page).toHaveLength(25);
    expect(new Set(page).size).toBe(25);
    const rows = await sql<{ id: string; user_id: string; role: string; entity_ids: string[] }>(
      `SELECT id::text, user_id, role, entity_ids::text[] AS entity_ids FROM audit_log WHERE request_id = $1`,
      [requestId],
    );
    expect(rows).toHaveLength(1);
    const [read] = rows;
    expect(read?.role).toBe('coach');
    expect(read?.entity_ids).toEqual(page);

    // The register extract of the 7th person shows that read, with only their own id.
    const person = page[6] ?? '';
    const extract = await manager.gql<{ registerExtract: { json: string; html: string } }>(
      EXTRACT,
      { p: person },
    );
    expect(extract.body.errors).toBeUndefined();
    const doc = JSON.parse(extract.body.data?.registerExtract.json ?? '{}') as {
      tables: Record<
        string,
        { id: number; action: string; user_id: string; entity_ids: string[] }[]
      >;
    };
    const listed = doc.tables.audit_log?.find((r) => String(r.id) === read?.id);
    expect(listed).toMatchObject({ action: 'read', user_id: read?.user_id, entity_ids: [person] });
    for (const other of page.filter((id) => id !== person)) {
      expect(extract.body.data?.registerExtract.json).not.toContain(other);
      expect(extract.body.data?.registerExtract.html).not.toContain(other);
    }
  });
});

describe('access review', () => {
  it('lists users with role, scope and last login; a deactivated user is rejected at once', async () => {
    const manager = await h.as('manager');
    const board = await h.as('board');
    // The board reads no people (PEOPLE_ACCESS): its session is probed with municipalities.
    expect(
      (await board.gql(`{ allMunicipalities(perPage: 1) { id } }`)).body.errors,
    ).toBeUndefined();
    const REVIEW = `{ accessReview { id email role scope municipalityName coachName lastLoginAt active version } }`;
    const review = await manager.gql<{
      accessReview: {
        id: string;
        email: string;
        role: string;
        scope: string;
        lastLoginAt: string | null;
        active: boolean;
        version: number;
      }[];
    }>(REVIEW);
    expect(review.body.errors).toBeUndefined();
    const rows = review.body.data?.accessReview ?? [];
    const boardRow = rows.find((r) => r.role === 'BOARD');
    expect(boardRow?.lastLoginAt).not.toBeNull();
    expect(rows.find((r) => r.role === 'COACH')?.scope).toMatch(/^Egna deltagare: /);
    expect(rows.find((r) => r.role === 'MUNICIPAL_CHIEF')?.scope).toMatch(/^Kommun: /);
    expect(boardRow?.scope).toBe('Aggregerad statistik');

    const off = await manager.gql(
      `mutation U($id: UUID!, $v: Int!) { updateUser(id: $id, version: $v, active: false) { active } }`,
      { id: boardRow?.id, v: boardRow?.version },
    );
    expect(off.body.errors).toBeUndefined();
    const next = await board.gql(`{ allMunicipalities(perPage: 1) { id } }`);
    expect(codesOf(next)).toEqual(['UNAUTHENTICATED']);
    const coachClient = await h.as('coach');
    expect(codesOf(await coachClient.gql(REVIEW))).toEqual(['FORBIDDEN']);
  });
});

describe('retention (gallring)', () => {
  it('dry run writes nothing; the run anonymises what is due, logs it and is idempotent', async () => {
    const manager = await h.as('manager');
    await sql(
      `INSERT INTO audit_log (association_id, at, action, entity) VALUES ($1, now() - interval '11 years', 'read', 'participant')`,
      [DEMO_ASSOCIATION_ID],
    );
    const snapshot = async () =>
      JSON.stringify(
        await sql(
          `SELECT (SELECT count(*) FROM audit_log)::int AS audit, (SELECT count(*) FROM retention_runs)::int AS runs,
                  (SELECT count(*) FROM participants WHERE anonymised_on IS NOT NULL)::int AS anonymised,
                  (SELECT string_agg(first_name, ',' ORDER BY id) FROM participants) AS names`,
        ),
      );
    const before = await snapshot();
    type R = {
      runRetention: {
        participantsAnonymised: number;
        auditRowsDeleted: number;
        identifyingYears: number;
        auditYears: number;
        runId: string | null;
        participants: { participantId: string; lastEndedOn: string }[];
      };
    };
    const dry = await manager.gql<R>(RETENTION, { dry: true });
    expect(dry.body.errors).toBeUndefined();
    const planned = dry.body.data?.runRetention;
    expect(planned?.identifyingYears).toBe(5);
    expect(planned?.auditYears).toBe(10);
    expect(planned?.participants.length).toBeGreaterThan(0);
    expect(planned?.auditRowsDeleted).toBeGreaterThanOrEqual(1);
    expect(planned?.runId).toBeNull();
    expect(await snapshot()).toBe(before);
    const cutoff = `${Number(today.slice(0, 4)) - 5}${today.slice(4)}`;
    for (const p of planned?.participants ?? []) expect(p.lastEndedOn < cutoff).toBe(true);

    const run = await manager.gql<R>(RETENTION, { dry: false });
    expect(run.body.errors).toBeUndefined();
    expect(run.body.data?.runRetention.participantsAnonymised).toBe(planned?.participants.length);
    expect(run.body.data?.runRetention.auditRowsDeleted).toBe(planned?.auditRowsDeleted);
    const ids = (planned?.participants ?? []).map((p) => p.participantId);
    const names = await sql<{ first_name: string }>(
      `SELECT DISTINCT first_name FROM participants WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    expect(names.map((n) => n.first_name)).toEqual(['Anonymiserad']);

    // The run is ONE audit row with every anonymised person.
    const runLog = async (runId: string | null | undefined) =>
      sql<{ entity_ids: string[] }>(
        `SELECT entity_ids::text[] AS entity_ids FROM audit_log
         WHERE action = 'delete' AND entity = 'participant' AND detail->>'kind' = 'retention' AND detail->>'runId' = $1`,
        [runId],
      );
    const logRows = await runLog(run.body.data?.runRetention.runId);
    expect(logRows).toHaveLength(1);
    expect([...(logRows[0]?.entity_ids ?? [])].sort()).toEqual([...ids].sort());

    const second = await manager.gql<R>(RETENTION, { dry: false });
    expect(second.body.data?.runRetention.participantsAnonymised).toBe(0);
    expect(second.body.data?.runRetention.auditRowsDeleted).toBe(0);
    expect(await runLog(second.body.data?.runRetention.runId)).toEqual([{ entity_ids: [] }]);
    const logged = await manager.gql<{ retentionRuns: { participantsAnonymised: number }[] }>(
      `{ retentionRuns { participantsAnonymised auditRowsDeleted runByName } }`,
    );
    expect(logged.body.data?.retentionRuns.map((r) => r.participantsAnonymised)).toEqual([
      0,
      planned?.participants.length,
    ]);

    // The rule is configurable.
    const set = await manager.gql<{ setRetentionRule: { kind: string; years: number }[] }>(
      `mutation { setRetentionRule(kind: IDENTIFYING_DATA, years: 3) { kind years isDefault } }`,
    );
    expect(set.body.data?.setRetentionRule.find((r) => r.kind === 'IDENTIFYING_DATA')?.years).toBe(
      3,
    );
    const wider = await manager.gql<R>(RETENTION, { dry: true });
    expect(wider.body.data?.runRetention.identifyingYears).toBe(3);
  });
});
