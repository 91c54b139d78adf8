import { LocalDate, testPersonnummer } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participantRepository } from '../src/participant/participant.repository.js';
import { createTestPersistence, type TestPersistence } from '../src/testing/test-database.js';

let db: TestPersistence;
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
let participantOfA = '';
let municipalityOfA = '';

beforeAll(async () => {
  db = await createTestPersistence();
  await db.database.withOwner(async (tx) => {
    await tx.query(
      `INSERT INTO associations (id, name, organisation_number) VALUES ($1, 'A', '222000-0001'), ($2, 'B', '222000-0002')`,
      [A, B],
    );
  });
  const repo = participantRepository(db.pii);
  await db.database.withTenant(A, async (tx) => {
    const [m] = await tx.query<{ id: string }>(
      `INSERT INTO municipalities (association_id, code, name) VALUES ($1, '0682', 'Nässjö') RETURNING id`,
      [A],
    );
    municipalityOfA = m?.id ?? '';
    const p = await repo.create(tx, {
      personnummer: testPersonnummer('1995-04-12', 'female', 1),
      firstName: 'Anna',
      lastName: 'Andersson',
      gender: 'female',
      birthDate: LocalDate.from('1995-04-12'),
      homeMunicipalityId: municipalityOfA,
      targetGroupFactors: ['mental_ill_health'],
    });
    participantOfA = p.id;
  });
});
afterAll(async () => db.close());

describe('tenant isolation', () => {
  it('a repository asked for another association’s row gets nothing', async () => {
    const repo = participantRepository(db.pii);
    expect(
      await db.database.withTenant(A, (tx) => repo.findById(tx, participantOfA)),
    ).toBeDefined();
    expect(
      await db.database.withTenant(B, (tx) => repo.findById(tx, participantOfA)),
    ).toBeUndefined();
    expect(await db.database.withTenant(B, (tx) => repo.count(tx, {}))).toBe(0);
  });

  it('raw SQL under the application role sees only its own association, whatever it asks for', async () => {
    const rows = await db.database.withTenant(B, (tx) =>
      tx.query(`SELECT id FROM participants WHERE association_id = $1`, [A]),
    );
    expect(rows).toEqual([]);
    const all = await db.database.withTenant(B, (tx) =>
      tx.query(`SELECT count(*)::int AS n FROM participants`),
    );
    expect(all).toEqual([{ n: 0 }]);
    const associations = await db.database.withTenant(B, (tx) =>
      tx.query<{ id: string }>(`SELECT id FROM associations`),
    );
    expect(associations.map((a) => a.id)).toEqual([B]);
  });

  it('the application role cannot write into another association or change it', async () => {
    await expect(
      db.database.withTenant(B, (tx) =>
        tx.query(
          `INSERT INTO municipalities (association_id, code, name) VALUES ($1, '0604', 'Aneby')`,
          [A],
        ),
      ),
    ).rejects.toThrow();
    const updated = await db.database.withTenant(B, (tx) =>
      tx.query(`UPDATE participants SET first_name = 'X' WHERE id = $1 RETURNING id`, [
        participantOfA,
      ]),
    );
    expect(updated).toEqual([]);
  });

  it('without a tenant set, the application role sees nothing', async () => {
    const rows = await db.database.withOwner(async (tx) => {
      await tx.query('SET LOCAL ROLE finsam_app');
      return tx.query('SELECT count(*)::int AS n FROM participants');
    });
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('the application role may not change or delete the audit log', async () => {
    await db.database.withTenant(A, (tx) =>
      tx.query(
        `INSERT INTO audit_log (association_id, action, entity) VALUES ($1, 'read', 'participant')`,
        [A],
      ),
    );
    await expect(
      db.database.withTenant(A, (tx) => tx.query(`UPDATE audit_log SET action = 'update'`)),
    ).rejects.toThrow(/permission denied/);
    await expect(
      db.database.withTenant(A, (tx) => tx.query(`DELETE FROM audit_log`)),
    ).rejects.toThrow(/permission denied/);
  });
});

describe('personnummer at rest', () => {
  it('is stored encrypted, decrypts on read and is found by its keyed hash', async () => {
    const repo = participantRepository(db.pii);
    const number = testPersonnummer('1995-04-12', 'female', 1);
    const stored = await db.database.withOwner((tx) =>
      tx.query<{ personnummer_cipher: Buffer; personnummer_hash: Buffer }>(
        `SELECT personnummer_cipher, personnummer_hash FROM participants WHERE id = $1`,
        [participantOfA],
      ),
    );
    const cipher = stored[0]?.personnummer_cipher ?? Buffer.alloc(0);
    expect(cipher.toString('latin1')).not.toContain(number.slice(2));
    expect(cipher.length).toBeGreaterThan(29);
    const found = await db.database.withTenant(A, (tx) => repo.findByPersonnummer(tx, number));
    expect(found?.id).toBe(participantOfA);
    expect(found?.personnummer).toBe(number);
    expect(
      await db.database.withTenant(B, (tx) => repo.findByPersonnummer(tx, number)),
    ).toBeUndefined();
  });

  it('a second participant with the same number in the association is refused', async () => {
    const repo = participantRepository(db.pii);
    await expect(
      db.database.withTenant(A, (tx) =>
        repo.create(tx, {
          personnummer: testPersonnummer('1995-04-12', 'female', 1),
          firstName: 'Dubbel',
          lastName: 'Gångare',
          gender: 'female',
          birthDate: LocalDate.from('1995-04-12'),
          homeMunicipalityId: municipalityOfA,
          targetGroupFactors: [],
        }),
      ),
    ).rejects.toMatchObject({ code: 'DUPLICATE' });
  });
});

describe('optimistic concurrency', () => {
  it('two updates of the same version: exactly one wins, the other gets CONFLICT', async () => {
    const repo = participantRepository(db.pii);
    const current = await db.database.withTenant(A, (tx) => repo.findById(tx, participantOfA));
    const version = current?.version ?? 0;
    const attempts = await Promise.allSettled(
      ['Berit', 'Cecilia'].map((name) =>
        db.database.withTenant(A, (tx) =>
          repo.update(tx, participantOfA, version, { firstName: name }),
        ),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    const rejected = attempts.find((a) => a.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toMatchObject({ code: 'CONFLICT' });
    const after = await db.database.withTenant(A, (tx) => repo.findById(tx, participantOfA));
    expect(after?.version).toBe(version + 1);
  });
});

describe('database constraints', () => {
  it.each([
    [
      'FTE above one post',
      `INSERT INTO coaches (association_id, name, municipality_id, fte, employed_from, monthly_salary_ore) VALUES ($1, 'X', $2, 101, '2019-01-01', 3000000)`,
    ],
    [
      'unknown gender',
      `INSERT INTO participants (association_id, personnummer_cipher, personnummer_hash, first_name, last_name, gender, birth_date, home_municipality_id) VALUES ($1, '\\x01', decode(repeat('ab', 32), 'hex'), 'A', 'B', 'unknown', '1990-01-01', $2)`,
    ],
    [
      'bad municipality code',
      `INSERT INTO municipalities (association_id, code, name) VALUES ($1, '9999', 'X') RETURNING $2::text`,
    ],
  ])('rejects %s', async (_name, sql) => {
    await expect(
      db.database.withTenant(A, (tx) => tx.query(sql, [A, municipalityOfA])),
    ).rejects.toMatchObject({ code: 'CONSTRAINT' });
  });
});
