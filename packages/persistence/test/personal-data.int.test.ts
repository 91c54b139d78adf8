import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPiiCipher } from '../src/crypto/pii-cipher.js';
import { rotatePiiKey } from '../src/crypto/rotate-pii-key.js';
import { participantRepository } from '../src/participant/participant.repository.js';
import {
  ANONYMISED_NAME,
  anonymiseParticipants,
  consentRepository,
} from '../src/personal-data/personal-data.repository.js';
import { registerExtractData } from '../src/personal-data/register-extract.js';
import { retentionRepository, runRetention } from '../src/retention/retention.repository.js';
import { DEMO_ASSOCIATION_ID } from '../src/seed/demo-association.js';
import { createTestPersistence, type TestPersistence } from '../src/testing/test-database.js';

let db: TestPersistence;
beforeAll(async () => {
  db = await createTestPersistence({ demo: true });
});
afterAll(async () => db.close());

const owner = <T>(text: string, params: unknown[] = []) =>
  db.database.withOwner((tx) => tx.query<T>(text, params));
const tenant = <T>(work: Parameters<typeof db.database.withTenant<T>>[1]) =>
  db.database.withTenant(DEMO_ASSOCIATION_ID, work);

describe('retention job', () => {
  it('dry run writes nothing; a run anonymises what is due and a rerun changes nothing', async () => {
    const asOf = '2027-06-30';
    await owner(
      `INSERT INTO audit_log (association_id, at, action, entity) VALUES ($1, '2010-01-01', 'read', 'participant')`,
      [DEMO_ASSOCIATION_ID],
    );
    const state = async () =>
      JSON.stringify(
        await owner(
          `SELECT (SELECT count(*) FROM audit_log)::int AS a, (SELECT count(*) FROM retention_runs)::int AS r,
                  (SELECT md5(string_agg(first_name || last_name || birth_date || encode(personnummer_hash, 'hex'), ',' ORDER BY id)) FROM participants) AS p`,
        ),
      );
    const before = await state();
    const dry = await runRetention(db.database, db.pii, {
      associationId: DEMO_ASSOCIATION_ID,
      asOf,
      dryRun: true,
    });
    expect(await state()).toBe(before);
    expect(dry.participants.length).toBeGreaterThan(0);
    expect(dry.auditRowsDeleted).toBe(1);
    for (const p of dry.participants) expect(p.lastEndedOn < '2022-06-30').toBe(true);

    const run = await runRetention(db.database, db.pii, {
      associationId: DEMO_ASSOCIATION_ID,
      asOf,
      dryRun: false,
    });
    expect(run.participantsAnonymised).toBe(dry.participants.length);
    expect(run.auditRowsDeleted).toBe(1);
    // The run is one audit row listing every person it anonymised.
    const logged = await owner<{ entity_ids: string[] }>(
      `SELECT entity_ids::text[] AS entity_ids FROM audit_log WHERE action = 'delete' AND detail->>'runId' = $1`,
      [run.runId],
    );
    expect(logged).toHaveLength(1);
    expect([...(logged[0]?.entity_ids ?? [])].sort()).toEqual(
      run.participants.map((p) => p.participantId).sort(),
    );
    const open = await owner<{ n: number }>(
      `SELECT count(*)::int AS n FROM participants p JOIN enrollments e ON e.participant_id = p.id
       WHERE p.anonymised_on IS NOT NULL AND e.discharged_on IS NULL`,
    );
    expect(open[0]?.n).toBe(0);
    const after = await state();
    const again = await runRetention(db.database, db.pii, {
      associationId: DEMO_ASSOCIATION_ID,
      asOf,
      dryRun: false,
    });
    expect(again.participantsAnonymised).toBe(0);
    expect(again.auditRowsDeleted).toBe(0);
    // Only the log of the second run was added.
    const runs = await tenant((tx) => retentionRepository.runs(tx));
    expect(runs.map((r) => r.participantsAnonymised)).toEqual([0, run.participantsAnonymised]);
    expect(after).not.toBe(before);
  });

  it('anonymised people survive a PII key rotation (random hashes stay unique)', async () => {
    const next = createPiiCipher(randomBytes(32));
    await expect(rotatePiiKey(db.database, db.pii, next)).resolves.toBeDefined();
    await rotatePiiKey(db.database, next, db.pii);
  });
});

describe('anonymisation and extract', () => {
  it('clears identifying data, keeps gender and municipality, and the extract shows the result', async () => {
    const [p] = await owner<{ id: string; gender: string; home_municipality_id: string }>(
      `SELECT id, gender, home_municipality_id FROM participants WHERE association_id = $1 AND anonymised_on IS NULL ORDER BY id LIMIT 1`,
      [DEMO_ASSOCIATION_ID],
    );
    if (!p) throw new Error('demo data');
    await tenant(async (tx) => {
      await consentRepository.record(tx, {
        participantId: p.id,
        purpose: 'participation',
        givenOn: '2024-01-01',
        method: 'written',
        recordedBy: null,
      });
      const done = await anonymiseParticipants(
        tx,
        db.pii,
        DEMO_ASSOCIATION_ID,
        [p.id],
        '2026-01-01',
      );
      expect(done).toEqual([p.id]);
      expect(
        await anonymiseParticipants(tx, db.pii, DEMO_ASSOCIATION_ID, [p.id], '2026-01-01'),
      ).toEqual([]);
      const after = await participantRepository(db.pii).findById(tx, p.id);
      expect(after).toMatchObject({
        firstName: ANONYMISED_NAME,
        lastName: ANONYMISED_NAME,
        gender: p.gender,
        homeMunicipalityId: p.home_municipality_id,
      });
      expect(after?.birthDate).toMatch(/-01-01$/);
      const extract = await registerExtractData(tx, db.pii, p.id);
      const consents = extract?.sections.find((s) => s.table === 'consents');
      expect(consents?.rows).toHaveLength(1);
    });
  });

  it('the application role cannot change or delete audit rows', async () => {
    await expect(tenant((tx) => tx.query(`UPDATE audit_log SET entity = 'x'`))).rejects.toThrow();
    await expect(tenant((tx) => tx.query(`DELETE FROM audit_log`))).rejects.toThrow();
    await expect(tenant((tx) => tx.query(`DELETE FROM retention_runs`))).rejects.toThrow();
  });
});
