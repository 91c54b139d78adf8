import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestPersistence, createTestPersistence } from '../src/testing/test-database.js';

// The commands as `npm run db:*` runs them: the built files, in a process of their own.
const commands = ['migrate', 'seed', 'generate', 'reset', 'rotate-pii-key', 'retention'] as const;
const cliFile = (command: string) =>
  fileURLToPath(new URL(`../dist/cli/${command}.js`, import.meta.url));
const SECRET = 's3cret-pw';
const PII_KEY = randomBytes(32).toString('base64');

function run(command: string, env: Record<string, string>, args: string[] = []) {
  const file = cliFile(command);
  if (!existsSync(file)) throw new Error(`${file} is missing: build the package first`);
  return spawnSync(process.execPath, [file, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

/** Failed: exit 1, one `failed:` line naming the command, no stack and no password. */
function expectFailure(result: SpawnSyncReturns<string>, command: string, message: RegExp) {
  expect(result.status, result.stderr).toBe(1);
  expect(result.stderr).toMatch(new RegExp(`^\\[db:${command}\\] failed: `));
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  for (const output of [result.stdout, result.stderr]) {
    expect(output).not.toContain(SECRET);
    expect(output).not.toMatch(/^\s+at /m);
  }
}

let db: TestPersistence;
beforeAll(async () => {
  db = await createTestPersistence({ migrate: false });
});
afterAll(async () => db.close());

describe('db:* commands exit non-zero when they fail', () => {
  it.each(commands)('db:%s with a DATABASE_URL that is not PostgreSQL', (command) => {
    const result = run(command, { DATABASE_URL: `mysql://finsam:${SECRET}@db/finsam`, PII_KEY });
    expectFailure(result, command, /Configuration error: DATABASE_URL must start with postgres/);
  });

  it('db:migrate with a server URL but no PII_KEY', () => {
    const url = `postgres://finsam:${SECRET}@127.0.0.1:1/finsam`;
    expectFailure(run('migrate', { DATABASE_URL: url }), 'migrate', /PII_KEY is required/);
  });

  it('db:migrate when no server answers', () => {
    const url = `postgres://finsam:${SECRET}@127.0.0.1:1/finsam`;
    expectFailure(run('migrate', { DATABASE_URL: url, PII_KEY }), 'migrate', /ECONNREFUSED/);
  });

  it('db:retention and db:rotate-pii-key when the database answers but the command fails', () => {
    const env = { DATABASE_URL: db.url, PII_KEY };
    expectFailure(
      run('retention', env, ['--as-of', 'yesterday']),
      'retention',
      /--as-of takes YYYY-MM-DD/,
    );
    expectFailure(run('rotate-pii-key', env), 'rotate-pii-key', /Set PII_KEY_OLD/);
  });

  it('db:migrate exits 0 when it succeeds, and again when there is nothing to do', () => {
    const env = { DATABASE_URL: db.url, PII_KEY };
    const first = run('migrate', env);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/\[db:migrate\] Applied /);
    const again = run('migrate', env);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('[db:migrate] Up to date.');
  });
});
