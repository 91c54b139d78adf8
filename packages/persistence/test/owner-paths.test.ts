import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The owner connection (`withOwner`, `queryOwner`, a raw query runner) is for maintenance
 * only: migrations, the seed, the generator, key rotation and the list of associations the
 * per-association commands (retention, import) act on. A request path that reaches for it would bypass row-level
 * security on a superuser connection, so every use outside tests is listed here and a
 * new one fails this test until it is argued for (ADR 0004).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const OWNER_USE = /\.(withOwner|queryOwner|createQueryRunner)\(/g;

const ALLOWED = [
  'packages/persistence/src/crypto/rotate-pii-key.ts: withOwner',
  'packages/persistence/src/crypto/rotate-pii-key.ts: withOwner',
  'packages/persistence/src/db/maintenance-associations.ts: withOwner',
  'packages/persistence/src/generate/generate-national.ts: createQueryRunner',
  'packages/persistence/src/seed/seed-demo.ts: createQueryRunner',
  'packages/persistence/src/seed/seed-demo.ts: withOwner',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('owner connection', () => {
  it('is used only by the maintenance code listed here, never by the gateway', () => {
    const uses = ['packages/persistence/src', 'apps/gateway/src']
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(OWNER_USE)].map(
          (match) => `${path.relative(root, file)}: ${match[1]}`,
        ),
      )
      .sort();
    expect(uses).toEqual(ALLOWED);
  });
});
