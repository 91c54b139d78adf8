import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';
import { assertOwnerBypassesRls } from '../db/owner-bypass.js';
import { ANONYMISED_PERSONNUMMER } from '../personal-data/personal-data.repository.js';
import type { PiiCipher } from './pii-cipher.js';

/**
 * Re-encrypts every personnummer with a new key and recomputes its look-up hash, one
 * transaction per association. Runs as the owner (maintenance); idempotent per row
 * because rows already under the new key are recognised and skipped.
 */
export async function rotatePiiKey(
  database: Database,
  from: PiiCipher,
  to: PiiCipher,
  log: (message: string) => void = () => undefined,
): Promise<{ rotated: number; skipped: number }> {
  let rotated = 0;
  let skipped = 0;
  const associations = await database.withOwner(async (tx) => {
    await assertOwnerBypassesRls(tx);
    return tx.query<{ id: string }>('SELECT id FROM associations ORDER BY id');
  });
  for (const { id } of associations) {
    await database.withOwner(async (tx) => {
      const rows = await tx.query<{ id: string; personnummer_cipher: Buffer }>(
        'SELECT id, personnummer_cipher FROM participants WHERE association_id = $1 FOR UPDATE',
        [id],
      );
      for (const row of rows) {
        let plain: string;
        try {
          plain = from.decrypt(row.personnummer_cipher);
        } catch {
          to.decrypt(row.personnummer_cipher); // throws if it is under neither key
          skipped += 1;
          continue;
        }
        await tx.query(
          'UPDATE participants SET personnummer_cipher = $3, personnummer_hash = $4 WHERE association_id = $1 AND id = $2',
          // Anonymised people share one placeholder number: their hash stays random.
          [
            id,
            row.id,
            to.encrypt(plain),
            plain === ANONYMISED_PERSONNUMMER ? randomBytes(32) : to.hash(plain),
          ],
        );
        rotated += 1;
      }
    });
    log(`Association ${id}: done.`);
  }
  return { rotated, skipped };
}
