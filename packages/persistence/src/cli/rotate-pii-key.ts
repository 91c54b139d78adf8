import { createPiiCipher, parsePiiKey } from '../crypto/pii-cipher.js';
import { rotatePiiKey } from '../crypto/rotate-pii-key.js';
import { runCli } from './run-cli.js';

// PII_KEY_OLD: the key in use until now; PII_KEY: the new one (the process opens with it).
await runCli('db:rotate-pii-key', async (persistence, log) => {
  const old = process.env.PII_KEY_OLD;
  if (!old) throw new Error('Set PII_KEY_OLD to the current key and PII_KEY to the new one.');
  const result = await rotatePiiKey(
    persistence.database,
    createPiiCipher(parsePiiKey(old)),
    persistence.pii,
    log,
  );
  log(`Re-encrypted ${result.rotated} personnummer (${result.skipped} already under the new key).`);
});
