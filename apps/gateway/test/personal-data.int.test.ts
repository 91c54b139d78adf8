import { personTables, personTablesExcluded } from '@finsam-se/persistence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockholmDateOf } from '../src/clock/today.js';
import { type Client, codesOf, type Harness, startHarness } from './support/gateway-harness.js';

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

const CONSENTS = `query C($p: UUID!) { participantConsents(participantId: $p) { id purpose givenOn method withdrawnOn active recordedByName } }`;
const RECORD = `mutation R($p: UUID!, $purpose: ConsentPurpose!, $on: LocalDate!, $method: ConsentMethod!) {
  recordConsent(participantId: $p, purpose: $purpose, givenOn: $on, method: $method) { id purpose active withdrawnOn }
}`;
const WITHDRAW = `mutation W($id: UUID!, $on: LocalDate!) { withdrawConsent(id: $id, withdrawnOn: $on) { id active withdrawnOn } }`;
const SUS = `query S($from: LocalDate!, $to: LocalDate!) { susExport(from: $from, to: $to) }`;
const EXTRACT = `query X($p: UUID!) { registerExtract(participantId: $p) { json html generatedAt } }`;
const ERASE = `mutation E($p: UUID!, $reason: String!) { eraseParticipant(participantId: $p, reason: $reason) { id firstName lastName personnummer birthDate gender homeMunicipalityId } }`;
const RETENTION = `mutation G($dry: Boolean!) { runRetention(dryRun: $dry) { dryRun asOf identifyingYears auditYears participantsAnonymised auditRowsDeleted runId participants { participantId lastEndedOn } } }`;

async function record(client: Client, participantId: string, purpose: string): Promise<string> {
  const res = await client.gql<{ recordConsent: { id: string; active: boolean } }>(RECORD, {
    p: participantId,
    purpose,
    on: '2024-01-10',
    method: 'WRITTEN',
  });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data?.recordConsent.active).toBe(true);
  return res.body.data?.recordConsent.id ?? '';
}

/** Participants whose every enrollment is discharged (erasable), with their enrollment ids. */
async function dischargedParticipants(): Promise<{ id: string; enrollments: string[] }[]> {
  return sql<{ id: string; enrollments: string[] }>(
    `SELECT p.id, array_agg(e.id::text ORDER BY e.id) AS enrollments FROM participants p
     JOIN enrollments e ON e.association_id = p.association_id AND e.participant_id = p.id
     GROUP BY p.id HAVING bool_and(e.discharged_on IS NOT NULL) AND max(e.discharged_on) >= '2024-01-01'
     ORDER BY p.id LIMIT 5`,
  );
}

describe('consent', () => {
  it('withdrawal of SUS consent leaves the person out of the SUS export from then on', async () => {
    const manager = await h.as('manager');
    const [a, b] = await dischargedParticipants();
    if (!a || !b) throw new Error('demo data has too few discharged participants');
    const consentA = await record(manager, a.id, 'SUS_REGISTRATION');
    await record(manager, b.id, 'SUS_REGISTRATION');
    const before = await manager.gql<{ susExport: string }>(SUS, {
      from: '2018-01-01',
      to: '2027-01-01',
    });
    expect(before.body.errors).toBeUndefined();
    const csv = before.body.data?.susExport ?? '';
    expect(csv.split('\r\n')[0]).toContain('Registrerings-id');
    for (const id of [...a.enrollments, ...b.enrollments]) expect(csv).toContain(id);
    // Nobody without SUS consent is exported.
    const lines = csv.split('\r\n').filter((l) => l.trim() !== '');
    expect(lines.length - 1).toBe(a.enrollments.length + b.enrollments.length);

    const withdrawn = await manager.gql<{ withdrawConsent: { active: boolean } }>(WITHDRAW, {
      id: consentA,
      on: today,
    });
    expect(withdrawn.body.data?.withdrawConsent.active).toBe(false);
    const again = await manager.gql(WITHDRAW, { id: consentA, on: today });
    expect(codesOf(again)).toEqual(['CONFLICT']);

    const after = await manager.gql<{ susExport: string }>(SUS, {
      from: '2018-01-01',
      to: '2027-01-01',
    });
    const csvAfter = after.body.data?.susExport ?? '';
    for (const id of a.enrollments) expect(csvAfter).not.toContain(id);
    for (const id of b.enrollments) expect(csvAfter).toContain(id);

    // History kept: the withdrawn consent is still listed; a new consent is a new row.
    await record(manager, a.id, 'SUS_REGISTRATION');
    const list = await manager.gql<{
      participantConsents: { purpose: string; active: boolean; withdrawnOn: string | null }[];
    }>(CONSENTS, { p: a.id });
    const sus = (list.body.data?.participantConsents ?? []).filter(
      (c) => c.purpose === 'SUS_REGISTRATION',
    );
    expect(sus).toHaveLength(2);
    expect(sus.filter((c) => c.active)).toHaveLength(1);
    const audited = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'consent' AND detail->>'participantId' = $1`,
      [a.id],
    );
    expect(audited[0]?.n).toBe(3);
  });

  it('withdrawal of follow-up consent marks the follow-ups: contactAllowed false', async () => {
    const manager = await h.as('manager');
    const [row] = await sql<{ id: string; participant_id: string }>(
      `SELECT f.id, e.participant_id FROM follow_ups f JOIN enrollments e ON e.association_id = f.association_id AND e.id = f.enrollment_id
       WHERE f.done_on IS NULL ORDER BY f.due_on DESC LIMIT 1`,
    );
    if (!row) throw new Error('no open follow-up in demo data');
    const Q = `query F($ids: [UUID!], $c: Boolean) { allFollowUps(filter: { ids: $ids, contactAllowed: $c }) { id contactAllowed } }`;
    const before = await manager.gql<{ allFollowUps: { contactAllowed: boolean }[] }>(Q, {
      ids: [row.id],
    });
    expect(before.body.data?.allFollowUps[0]?.contactAllowed).toBe(true);
    const consent = await record(manager, row.participant_id, 'FOLLOW_UP_CONTACT');
    await manager.gql(WITHDRAW, { id: consent, on: today });
    const after = await manager.gql<{ allFollowUps: { contactAllowed: boolean }[] }>(Q, {
      ids: [row.id],
    });
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data?.allFollowUps[0]?.contactAllowed).toBe(false);
    const allowedOnly = await manager.gql<{ allFollowUps: unknown[] }>(Q, {
      ids: [row.id],
      c: true,
    });
    expect(allowedOnly.body.data?.allFollowUps).toEqual([]);
  });

  it('a coach records consent for own participants only; referrer and external are refused', async () => {
    const coach = await h.as('coach');
    const [own] = await sql<{ participant_id: string }>(
      `SELECT e.participant_id FROM enrollments e JOIN users u ON u.coach_id = e.coach_id
       WHERE u.email = 'coach.nassjo@demo.hoglandet.se' LIMIT 1`,
    );
    const [other] = await sql<{ id: string }>(
      `SELECT p.id FROM participants p WHERE NOT EXISTS (SELECT 1 FROM enrollments e JOIN users u ON u.coach_id = e.coach_id
         WHERE u.email = 'coach.nassjo@demo.hoglandet.se' AND e.participant_id = p.id) LIMIT 1`,
    );
    if (!own || !other) throw new Error('demo data');
    await record(coach, own.participant_id, 'PARTICIPATION');
    const foreign = await coach.gql(RECORD, {
      p: other.id,
      purpose: 'PARTICIPATION',
      on: '2024-01-01',
      method: 'VERBAL',
    });
    expect(codesOf(foreign)).toEqual(['NOT_FOUND']);
    for (const role of ['referrer', 'external'] as const) {
      const client = await h.as(role);
      const res = await client.gql(CONSENTS, { p: own.participant_id });
      expect(codesOf(res), role).toEqual(['FORBIDDEN']);
    }
  });
});

describe('register extract', () => {
  it('every table that refers to a participant is in the extract list or excluded with a reason', async () => {
    // Tables linked to participants through foreign keys (transitively) or by column name.
    const fks = await sql<{ child: string; parent: string }>(
      `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c WHERE c.contype = 'f'`,
    );
    const linked = new Set(['participants']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const { child, parent } of fks)
        if (linked.has(parent) && !linked.has(child)) {
          linked.add(child);
          grew = true;
        }
    }
    const byColumn = await sql<{ table_name: string }>(
      `SELECT DISTINCT table_name FROM information_schema.columns
       WHERE table_schema = 'public' AND (column_name IN ('participant_id', 'enrollment_id', 'referral_id', 'person_id')
         OR (table_name = 'audit_log' AND column_name = 'entity_ids'))`,
    );
    for (const r of byColumn) linked.add(r.table_name);
    const listed = new Set(personTables.map((t) => t.table));
    const missing = [...linked].filter((t) => !listed.has(t) && !(t in personTablesExcluded));
    expect(missing, 'add these tables to personTables (register-extract.ts)').toEqual([]);
    for (const reason of Object.values(personTablesExcluded))
      expect(reason.length).toBeGreaterThan(10);
    const existing = new Set(
      (
        await sql<{ table_name: string }>(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
        )
      ).map((r) => r.table_name),
    );
    for (const t of listed) expect(existing.has(t), t).toBe(true);
  });

  it('holds every row about the person, in JSON and Swedish HTML, and is audited as export', async () => {
    const manager = await h.as('manager');
    const [rich] = await sql<{ id: string }>(
      `SELECT e.participant_id AS id FROM enrollments e
       JOIN follow_ups f ON f.association_id = e.association_id AND f.enrollment_id = e.id
       JOIN placements pl ON pl.association_id = e.association_id AND pl.enrollment_id = e.id
       WHERE e.referral_id IS NOT NULL GROUP BY e.participant_id ORDER BY e.participant_id LIMIT 1`,
    );
    if (!rich) throw new Error('demo data');
    await record(manager, rich.id, 'SURVEYS');
    const res = await manager.gql<{ registerExtract: { json: string; html: string } }>(EXTRACT, {
      p: rich.id,
    });
    expect(res.body.errors).toBeUndefined();
    const doc = JSON.parse(res.body.data?.registerExtract.json ?? '{}') as {
      personnummer: string;
      tables: Record<string, Record<string, unknown>[]>;
    };
    expect(doc.personnummer).toMatch(/^\d{12}$/);
    const counts: Record<string, string> = {
      participants: `SELECT count(*)::int AS n FROM participants WHERE id = $1`,
      consents: `SELECT count(*)::int AS n FROM consents WHERE participant_id = $1`,
      referrals: `SELECT count(*)::int AS n FROM referrals WHERE participant_id = $1`,
      referral_decisions: `SELECT count(*)::int AS n FROM referral_decisions d JOIN referrals r ON r.id = d.referral_id WHERE r.participant_id = $1`,
      enrollments: `SELECT count(*)::int AS n FROM enrollments WHERE participant_id = $1`,
      phase_transitions: `SELECT count(*)::int AS n FROM phase_transitions x JOIN enrollments e ON e.id = x.enrollment_id WHERE e.participant_id = $1`,
      placements: `SELECT count(*)::int AS n FROM placements x JOIN enrollments e ON e.id = x.enrollment_id WHERE e.participant_id = $1`,
      follow_ups: `SELECT count(*)::int AS n FROM follow_ups x JOIN enrollments e ON e.id = x.enrollment_id WHERE e.participant_id = $1`,
      after_support_episodes: `SELECT count(*)::int AS n FROM after_support_episodes x JOIN enrollments e ON e.id = x.enrollment_id WHERE e.participant_id = $1`,
      audit_log: `SELECT count(*)::int AS n FROM audit_log WHERE entity_ids && ARRAY(SELECT $1::uuid
        UNION ALL SELECT id FROM enrollments WHERE participant_id = $1 UNION ALL SELECT id FROM referrals WHERE participant_id = $1
        UNION ALL SELECT id FROM consents WHERE participant_id = $1)`,
    };
    for (const [table, query] of Object.entries(counts)) {
      const [row] = await sql<{ n: number }>(query, [rich.id]);
      expect(doc.tables[table]?.length, table).toBe(row?.n);
    }
    expect(doc.tables.placements?.length).toBeGreaterThan(0);
    expect(Object.keys(doc.tables).sort()).toEqual(personTables.map((t) => t.table).sort());
    expect(JSON.stringify(doc)).not.toContain('personnummer_cipher');
    // The export itself is in the audit log, and so in the extract.
    expect(
      doc.tables.audit_log?.some(
        (r) => r.action === 'export' && (r.detail as { kind?: string }).kind === 'register_extract',
      ),
    ).toBe(true);
    const html = res.body.data?.registerExtract.html ?? '';
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('Registerutdrag');
    expect(html).toContain('Inskrivningar');
    expect(html).toContain('Samtycken');
  });

  it('coach, referrer and external may not extract or erase', async () => {
    const [p] = await sql<{ id: string }>(`SELECT id FROM participants LIMIT 1`);
    for (const role of ['coach', 'referrer', 'external', 'steering'] as const) {
      const client = await h.as(role);
      expect(codesOf(await client.gql(EXTRACT, { p: p?.id })), role).toEqual(['FORBIDDEN']);
      expect(
        codesOf(await client.gql(ERASE, { p: p?.id, reason: 'Begäran om radering' })),
        role,
      ).toEqual(['FORBIDDEN']);
      expect(codesOf(await client.gql(RETENTION, { dry: true })), role).toEqual(['FORBIDDEN']);
    }
  });
});

describe('rectification', () => {
  it('keeps who changed what and the value before', async () => {
    const manager = await h.as('manager');
    const [p] = await dischargedParticipants();
    if (!p) throw new Error('demo data');
    const got = await manager.gql<{ Participant: { firstName: string; version: number } }>(
      `query P($id: UUID!) { Participant(id: $id) { firstName version } }`,
      { id: p.id },
    );
    const before = got.body.data?.Participant;
    const updated = await manager.gql(
      `mutation U($id: UUID!, $v: Int!) { updateParticipant(id: $id, version: $v, firstName: "Rättad") { id } }`,
      { id: p.id, v: before?.version },
    );
    expect(updated.body.errors).toBeUndefined();
    const history = await manager.gql<{
      participantHistory: {
        field: string;
        oldValue: string;
        newValue: string;
        changedByName: string;
      }[];
    }>(
      `query H($p: UUID!) { participantHistory(participantId: $p) { field oldValue newValue changedByName changedAt } }`,
      { p: p.id },
    );
    expect(history.body.data?.participantHistory[0]).toMatchObject({
      field: 'firstName',
      oldValue: before?.firstName,
      newValue: 'Rättad',
    });
    expect(history.body.data?.participantHistory[0]?.changedByName).toBeTruthy();
  });
});

describe('erasure', () => {
  const REPORTS = ['outcomeReport', 'phaseFunnel', 'referralStats', 'transitionMatrix'] as const;
  async function reports(client: Client): Promise<string> {
    const out: unknown[] = [];
    for (const name of REPORTS)
      for (const groupBy of name === 'outcomeReport' ? ['municipality', 'gender'] : [undefined]) {
        const res = await client.gql(
          `query R($f: ReportFilter!) { r: ${name}(filter: $f) { rows { key cells { column count share value suppressed } } } }`,
          { f: { from: '2018-01-01', to: '2027-01-01', ...(groupBy ? { groupBy } : {}) } },
        );
        expect(res.body.errors, name).toBeUndefined();
        out.push(res.body.data);
      }
    const caseload = await client.gql(
      `query D($p: UUID!) { dashboard(projectId: $p, asOf: "2024-06-15") { capacity { municipalityId activeParticipants } outcome { discharged toWorkOrStudies } } }`,
      {
        p: (await sql<{ id: string }>(`SELECT id FROM projects ORDER BY starts_on DESC LIMIT 1`))[0]
          ?.id,
      },
    );
    expect(caseload.body.errors).toBeUndefined();
    out.push(caseload.body.data);
    return JSON.stringify(out);
  }

  it('anonymises irreversibly, keeps aggregates identical, refuses while enrolled', async () => {
    const manager = await h.as('manager');
    const [p] = await dischargedParticipants();
    if (!p) throw new Error('demo data');
    const shown = await manager.gql<{ Participant: { personnummer: string; gender: string } }>(
      `query P($id: UUID!) { Participant(id: $id) { personnummer gender } }`,
      { id: p.id },
    );
    const personnummer = (shown.body.data?.Participant.personnummer ?? '').replace('-', '');
    expect(personnummer).toMatch(/^\d{12}$/);
    const reportsBefore = await reports(manager);

    const erased = await manager.gql<{
      eraseParticipant: { firstName: string; lastName: string; birthDate: string; gender: string };
    }>(ERASE, { p: p.id, reason: 'Begäran om radering enligt art. 17' });
    expect(erased.body.errors).toBeUndefined();
    expect(erased.body.data?.eraseParticipant).toMatchObject({
      firstName: 'Anonymiserad',
      lastName: 'Anonymiserad',
      gender: shown.body.data?.Participant.gender,
    });
    expect(erased.body.data?.eraseParticipant.birthDate).toMatch(/^\d{4}-01-01$/);
    expect(await reports(manager)).toBe(reportsBefore);

    // Not findable by personnummer: the old number can be registered as a new person.
    const hash = h.db.pii.hash(personnummer);
    const found = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM participants WHERE personnummer_hash = $1`,
      [hash],
    );
    expect(found[0]?.n).toBe(0);
    const notes = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM referral_decisions d JOIN referrals r ON r.id = d.referral_id WHERE r.participant_id = $1 AND d.note <> ''`,
      [p.id],
    );
    expect(notes[0]?.n).toBe(0);
    const history = await sql<{ old_value: string | null }>(
      `SELECT old_value FROM participant_changes WHERE participant_id = $1 AND field = 'firstName'`,
      [p.id],
    );
    for (const row of history) expect(row.old_value).toBe('Anonymiserad');
    const audited = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_ids = ARRAY[$1::uuid] AND action = 'delete' AND detail->>'kind' = 'erasure'`,
      [p.id],
    );
    expect(audited[0]?.n).toBe(1);

    const twice = await manager.gql(ERASE, { p: p.id, reason: 'Igen, av misstag' });
    expect(codesOf(twice)).toEqual(['CONFLICT']);
    const [active] = await sql<{ id: string }>(
      `SELECT participant_id AS id FROM enrollments WHERE discharged_on IS NULL LIMIT 1`,
    );
    const refused = await manager.gql(ERASE, { p: active?.id, reason: 'Begäran om radering' });
    expect(codesOf(refused)).toEqual(['CONFLICT']);
  });
});
