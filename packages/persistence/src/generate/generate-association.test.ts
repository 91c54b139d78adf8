import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPiiCipher } from '../crypto/pii-cipher.js';
import { DEMO_TEST_TODAY, demoAssociationSpec } from '../seed/demo-association.js';
import { secondDemoAssociationSpec } from '../seed/demo-second-association.js';
import type { AssociationSpec } from './association-spec.js';
import { generateAssociation } from './generate-association.js';
import { type RowSink, copyCell } from './row-sink.js';
import { generatedTables, rowInColumnOrder } from './tables.js';

const pii = createPiiCipher(Buffer.alloc(32, 7));

/**
 * A sink that keeps each row as the COPY line the database sink writes, in the order the
 * generator emits them. The encrypted personnummer has a random IV, so it is decrypted:
 * the fingerprint covers what was encrypted, not the IV.
 */
function fingerprintSink(): RowSink & { digest(): string; rows(): number } {
  const hash = createHash('sha256');
  let rows = 0;
  return {
    add(table, row) {
      const cells = rowInColumnOrder(table, row).map((value, index) =>
        generatedTables[table][index] === 'personnummer_cipher' && Buffer.isBuffer(value)
          ? pii.decrypt(value)
          : value,
      );
      hash.update(`${table}\t${cells.map(copyCell).join('\t')}\n`);
      rows += 1;
    },
    flush: async () => undefined,
    flushIfFull: async () => undefined,
    written: () => rows,
    digest: () => hash.digest('hex'),
    rows: () => rows,
  };
}

async function fingerprint(spec: AssociationSpec) {
  const sink = fingerprintSink();
  const { participants } = await generateAssociation(spec, sink, pii);
  return { participants, rows: sink.rows(), sha256: sink.digest() };
}

// The generator's output for the demo's seeds, pinned: a refactoring of the generator must
// write the same rows, byte for byte, in the same order (the integration tests' demo figures
// rest on them). Regenerate the pins only for a deliberate change of the synthetic data.
describe('generateAssociation', () => {
  it('writes the demo association byte for byte as pinned', async () => {
    const hashes = new Map<string, string>();
    expect(await fingerprint(demoAssociationSpec(hashes, DEMO_TEST_TODAY))).toEqual({
      participants: 1328,
      rows: 12797,
      sha256: '4c5a238ad69f06a39fd0b8e6b3caca65ef3d53cb618446851dc1adc899cd47cc',
    });
  });

  it('writes the second demo association byte for byte as pinned', async () => {
    expect(await fingerprint(secondDemoAssociationSpec(DEMO_TEST_TODAY))).toEqual({
      participants: 206,
      rows: 630,
      sha256: '3b4f3091eb427c14a9fc390ce0e58ba1e433b3973f93dce4a8eea434fc79fea9',
    });
  });
});
