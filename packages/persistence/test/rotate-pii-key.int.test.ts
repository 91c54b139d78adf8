import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPiiCipher } from '../src/crypto/pii-cipher.js';
import { rotatePiiKey } from '../src/crypto/rotate-pii-key.js';
import { participantRepository } from '../src/participant/participant.repository.js';
import { DEMO_ASSOCIATION_ID } from '../src/seed/demo-association.js';
import { createTestPersistence, type TestPersistence } from '../src/testing/test-database.js';

let db: TestPersistence;
beforeAll(async () => {
  db = await createTestPersistence({ demo: true });
});
afterAll(async () => db.close());

describe('PII key rotation', () => {
  it('re-encrypts every personnummer; look-up works with the new key only; a rerun skips', async () => {
    const before = await db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
      participantRepository(db.pii).list(tx, { limit: 3, offset: 0 }),
    );
    const next = createPiiCipher(randomBytes(32));
    const result = await rotatePiiKey(db.database, db.pii, next);
    expect(result.rotated).toBeGreaterThan(300);
    const sample = before[0];
    if (!sample) throw new Error('no participants');
    const found = await db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
      participantRepository(next).findByPersonnummer(tx, sample.personnummer),
    );
    expect(found?.id).toBe(sample.id);
    expect(
      await db.database.withTenant(DEMO_ASSOCIATION_ID, (tx) =>
        participantRepository(db.pii).findByPersonnummer(tx, sample.personnummer),
      ),
    ).toBeUndefined();
    expect(await rotatePiiKey(db.database, db.pii, next)).toEqual({
      rotated: 0,
      skipped: result.rotated,
    });
  });
});
