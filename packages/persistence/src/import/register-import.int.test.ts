import {
  LocalDate,
  suggestMapping,
  suggestRegisterMapping,
  testPersonnummer,
} from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPersistence, type TestPersistence } from '../testing/test-database.js';
import {
  givenCoach,
  givenMunicipality,
  givenProject,
} from '../testing/builders/given-organisation.js';
import { type World, givenAssociation, rowsIn } from '../testing/builders/world.js';
import { dryRunImport, fileSha256, runImport } from './run-import.js';

// Referral and placement files of people a participant file registered and enrolled first.
let db: TestPersistence;
let world: World;
const today = LocalDate.from('2026-06-01');
const people = [0, 1, 2].map((i) => testPersonnummer(`1986-01-2${i}`, i % 2 ? 'male' : 'female'));
const actor = { userId: null, role: 'cli', requestId: null };

beforeAll(async () => {
  db = await createTestPersistence();
  world = await givenAssociation(db);
  const nassjo = await givenMunicipality(world, { name: 'Nässjö', code: '0682' });
  await givenProject(world, { name: 'SE Register' });
  await givenCoach(world, { municipalityId: nassjo.id, name: 'Karin Coach' });
  const headers = [
    'Personnummer',
    'Förnamn',
    'Efternamn',
    'Hemkommun',
    'Projekt',
    'Coach',
    'Inskriven',
    'Försörjning',
  ];
  const rows = people.map((pnr, i) => [
    pnr,
    `R${i}`,
    'Ek',
    'Nässjö',
    'SE Register',
    'Karin Coach',
    '2025-02-01',
    'sickness_compensation',
  ]);
  await runImport(db.database, db.pii, {
    associationId: world.associationId,
    today,
    sheet: { headers, rows },
    mapping: suggestMapping(headers),
    fileName: 'deltagare.csv',
    fileSha256: fileSha256(Buffer.from(JSON.stringify(rows))),
    actor,
  });
});
afterAll(async () => db.close());

const count = (table: string, where?: string) => rowsIn(world, table, where);

describe('import of placements and referrals', () => {
  it('a placement run that stops after a batch resumes; the employer two batches name is registered once', async () => {
    const headers = ['Personnummer', 'Projekt', 'Arbetsgivare', 'Typ', 'Startdatum'];
    const rows = people.map((pnr) => [
      pnr,
      'SE Register',
      'Eksjö Snickeri',
      'Anställning',
      '2025-05-01',
    ]);
    const input = {
      associationId: world.associationId,
      today,
      register: 'placements' as const,
      sheet: { headers, rows },
      mapping: suggestRegisterMapping('placements', headers),
      fileName: 'placeringar.csv',
      fileSha256: fileSha256(Buffer.from(JSON.stringify(rows))),
      actor,
      batchSize: 1,
    };
    const stop = new Error('the process stopped');
    await expect(
      runImport(db.database, db.pii, {
        ...input,
        onProgress: () => {
          throw stop;
        },
      }),
    ).rejects.toBe(stop);
    expect(await count('placements')).toBe(1);
    const resumed = await runImport(db.database, db.pii, input);
    expect(resumed).toMatchObject({
      register: 'placements',
      status: 'done',
      nextIndex: 3,
      placementsCreated: 3,
      employersCreated: 1,
      rowsSkipped: 0,
    });
    expect(await count('employers')).toBe(1);
    expect(await count('placements')).toBe(3);
    expect(await count('import_runs', "register = 'placements'")).toBe(1);
  });

  it('without a decider a referral row with a decision is a row error; the pending ones import', async () => {
    const headers = [
      'Personnummer',
      'Kommun',
      'Projekt',
      'Myndighet',
      'Mottagen',
      'Beslut',
      'Beslutsdatum',
    ];
    const rows = people.map((pnr, i) => [
      pnr,
      'Nässjö',
      'SE Register',
      'FK',
      '2025-01-15',
      i === 0 ? 'Antagen' : '',
      i === 0 ? '2025-01-20' : '',
    ]);
    const input = {
      associationId: world.associationId,
      today,
      register: 'referrals' as const,
      sheet: { headers, rows },
      mapping: suggestRegisterMapping('referrals', headers),
    };
    const dry = await dryRunImport(db.database, db.pii, input);
    expect(dry.errors).toEqual([{ row: 2, field: 'decision', code: 'IMPORT.NO_DECIDER' }]);
    const run = await runImport(db.database, db.pii, {
      ...input,
      fileName: 'remisser.csv',
      fileSha256: fileSha256(Buffer.from(JSON.stringify(rows))),
      actor,
    });
    expect(run).toMatchObject({ register: 'referrals', referralsCreated: 2, validRows: 2 });
    expect(await count('referrals', "state = 'received'")).toBe(2);
    expect(await count('referral_decisions')).toBe(0);
  });
});
