import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testPersonnummer } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenMunicipality, givenProject } from '../src/testing/builders/given-organisation.js';
import { type GivenUser, givenUser } from '../src/testing/builders/given-people.js';
import { type World, givenAssociation } from '../src/testing/builders/world.js';
import { type TestPersistence, createTestPersistence } from '../src/testing/test-database.js';

// `npm run import` as it runs: the built command in a process of its own, per register.
const cli = fileURLToPath(new URL('../dist/cli/import.js', import.meta.url));
let db: TestPersistence;
let world: World;
let manager: GivenUser;
let dir: string;
const people = [0, 1].map((i) => testPersonnummer(`1972-08-1${i}`, i ? 'male' : 'female'));

function run(file: string, ...args: string[]) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build the package first`);
  return spawnSync(
    process.execPath,
    [cli, join(dir, file), '--association', world.associationId, ...args],
    {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DATABASE_URL: db.url,
        PII_KEY: db.piiKey,
      },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
}

beforeAll(async () => {
  db = await createTestPersistence();
  world = await givenAssociation(db);
  await givenMunicipality(world, { name: 'Nässjö', code: '0682' });
  await givenProject(world, { name: 'SE Kommandorad' });
  manager = await givenUser(world, 'manager');
  dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
  const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
  writeFileSync(
    join(dir, 'deltagare.csv'),
    csv([
      'Personnummer;Förnamn;Efternamn;Hemkommun',
      ...people.map((p, i) => `${p};K${i};Rad;Nässjö`),
    ]),
  );
  writeFileSync(
    join(dir, 'remisser.csv'),
    csv([
      'Personnummer;Kommun;Projekt;Myndighet;Mottagen;Beslut;Beslutsdatum',
      `${people[0]};Nässjö;SE Kommandorad;AF;2025-04-01;Avslag;2025-04-10`,
      `${people[1]};0682;SE Kommandorad;FK;2025-04-02;;`,
    ]),
  );
}, 120_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('npm run import --kind', () => {
  it('imports participants by default, then referrals with their decision by --decided-by', async () => {
    const participants = run('deltagare.csv');
    expect(participants.status, participants.stderr).toBe(0);
    expect(participants.stdout).toContain('2 participants and 0 enrollments created');

    const referrals = run('remisser.csv', '--kind', 'referrals', '--decided-by', manager.email);
    expect(referrals.status, referrals.stderr).toBe(0);
    expect(referrals.stdout).toContain('rows of referrals');
    expect(referrals.stdout).toContain('2 referrals created, 0 rows already there');
    const decided = await world.asTenant((tx) =>
      tx.query<{ state: string; decided_by: string }>(
        `SELECT r.state, d.decided_by FROM referrals r JOIN referral_decisions d ON d.referral_id = r.id`,
      ),
    );
    expect(decided).toEqual([{ state: 'declined', decided_by: manager.id }]);

    const again = run('remisser.csv', '--kind', 'referrals', '--decided-by', manager.email);
    expect(again.stdout).toContain('0 referrals created, 2 rows already there');
  });

  it('refuses a register it does not know and a decider who is not a user', () => {
    const kind = run('remisser.csv', '--kind', 'remisser');
    expect(kind.status).toBe(1);
    expect(kind.stderr).toMatch(
      /No register "remisser"\. There are: participants, referrals, placements/,
    );
    const decider = run(
      'remisser.csv',
      '--kind',
      'referrals',
      '--decided-by',
      'nobody@example.org',
    );
    expect(decider.status).toBe(1);
    expect(decider.stderr).toMatch(/No active user "nobody@example.org"/);
  });
});
