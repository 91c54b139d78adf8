import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, type DatabaseConfig } from '../config/database-config.js';
import { parsePiiKey } from './pii-cipher.js';

/**
 * The key for personal identity numbers: `PII_KEY` when set; for the embedded demo a
 * key generated once into `<dataDir>/pii.key` (mode 0600). A server database without
 * `PII_KEY` is a configuration error: the key must never be a constant in code.
 */
export function resolvePiiKey(
  env: Readonly<Record<string, string | undefined>>,
  database: DatabaseConfig,
): Buffer {
  const configured = env.PII_KEY;
  if (configured) {
    try {
      return parsePiiKey(configured);
    } catch (error) {
      throw new ConfigError(error instanceof Error ? error.message : 'PII_KEY is invalid');
    }
  }
  if (database.kind === 'server') {
    throw new ConfigError(
      'PII_KEY is required with DATABASE_URL: 32 random bytes as base64 (openssl rand -base64 32).',
    );
  }
  const file = path.join(database.dataDir, 'pii.key');
  if (!existsSync(file)) {
    mkdirSync(database.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return parsePiiKey(readFileSync(file, 'utf8'));
}
