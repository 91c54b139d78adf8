import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsCurrent, runMigrations } from '../src/db/migrate.js';
import { openPersistence, type Persistence } from '../src/db/open-persistence.js';
import { createRunFolder, freePort, removeRunFolder } from '../src/testing/run-folder.js';

// Runs the embedded path even when CI sets DATABASE_URL, so both paths are tested, in a
// folder and on a port of this run (another clone may run the same test at once).
let dataDir = '';
let env: Record<string, string> = {};
let first: Persistence | undefined;

beforeAll(async () => {
  dataDir = await createRunFolder('embedded');
  env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
});

afterAll(async () => {
  await first?.close();
  await removeRunFolder(dataDir);
});

describe('embedded PostgreSQL', () => {
  it('starts with no configuration, migrates and generates a local PII key', async () => {
    first = await openPersistence({ env, log: () => undefined });
    expect(first.config.kind).toBe('embedded');
    await runMigrations(first.database.dataSource);
    expect(await migrationsCurrent(first.database.dataSource)).toBe(true);
    expect(readFileSync(path.join(dataDir, 'pii.key'), 'utf8')).toMatch(/^[A-Za-z0-9+/=]{44}$/);
    const [row] = await first.database.dataSource.query(
      `SELECT extname FROM pg_extension WHERE extname = 'btree_gist'`,
    );
    expect(row).toEqual({ extname: 'btree_gist' });
  });

  it('reuses a server left running by a process that died (postmaster.pid)', async () => {
    const pid = Number(
      readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    const second = await openPersistence({ env, log: () => undefined });
    try {
      expect(await second.database.ping()).toBe(true);
      const again = Number(
        readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
      );
      expect(again).toBe(pid);
    } finally {
      await second.database.close();
    }
  });
});
