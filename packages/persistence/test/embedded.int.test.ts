import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsCurrent, runMigrations } from '../src/db/migrate.js';
import { openPersistence, type Persistence } from '../src/db/open-persistence.js';

// Runs the embedded path even when CI sets DATABASE_URL, so both paths are tested.
const dataDir = path.join(os.tmpdir(), `finsam-se-embedded-${randomBytes(4).toString('hex')}`);
const env = {
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(55_000 + Math.floor(Math.random() * 1000)),
};
let first: Persistence | undefined;

afterAll(async () => {
  await first?.close();
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
