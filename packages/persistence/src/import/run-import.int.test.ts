import { LocalDate, suggestMapping, testPersonnummer } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPersistence, type TestPersistence } from '../testing/test-database.js';
import {
  givenCoach,
  givenMunicipality,
  givenProject,
} from '../testing/builders/given-organisation.js';
import { type World, givenAssociation, rowsIn } from '../testing/builders/world.js';
import { dryRunImport, fileSha256, runImport } from './run-import.js';

let db: TestPersistence;
let world: World;
const today = LocalDate.from('2026-06-01');
const headers = [
  'Personnummer',
  'Förnamn',
  'Efternamn',
  'Hemkommun',
  'Projekt',
  'Coach',
  'Inskriven',
  'Försörjning',
  'Fas',
  'Fas sedan',
];
const people = [0, 1, 2, 3, 4].map((i) =>
  testPersonnummer(`1980-02-1${i}`, i % 2 === 0 ? 'female' : 'male'),
);
let rows: string[][];

beforeAll(async () => {
  db = await createTestPersistence();
  world = await givenAssociation(db);
  await givenMunicipality(world, { name: 'Nässjö', code: '0682' });
  const eksjo = await givenMunicipality(world, { name: 'Eksjö', code: '0686' });
  await givenProject(world, { name: 'SE Import' });
  await givenCoach(world, { municipalityId: eksjo.id, name: 'Karin Coach' });
  rows = people.map((pnr, i) => [
    pnr,
    `Namn${i}`,
    'Ek',
    'Nässjö',
    'SE Import',
    'Karin Coach',
    '2025-02-01',
    'sickness_compensation',
    i === 1 ? 'Jobbsökande' : '',
    i === 1 ? '2025-04-01' : '',
  ]);
  // Row 4 of the sheet: a personnummer whose check digit is wrong.
  rows[2] = [
    `${people[2]?.slice(0, 11)}${(Number(people[2]?.[11]) + 1) % 10}`,
    ...(rows[2] ?? []).slice(1),
  ];
});
afterAll(async () => db.close());

const count = (table: string) => rowsIn(world, table);

describe('import of participants and enrollments', () => {
  it('dry run: lists the bad row by number and field and writes nothing', async () => {
    const dry = await dryRunImport(db.database, db.pii, {
      associationId: world.associationId,
      today,
      sheet: { headers, rows },
      mapping: suggestMapping(headers),
    });
    expect(dry.total).toBe(5);
    expect(dry.valid).toHaveLength(4);
    expect(dry.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [4, 'personnummer', 'PERSONNUMMER.CHECKSUM'],
    ]);
    expect(await count('participants')).toBe(0);
    expect(await count('import_runs')).toBe(0);
  });

  it('a run that stops after a batch resumes where it stopped, and a second import writes nothing', async () => {
    const bytes = Buffer.from(JSON.stringify(rows));
    const input = {
      associationId: world.associationId,
      today,
      sheet: { headers, rows },
      mapping: suggestMapping(headers),
      fileName: 'deltagare.csv',
      fileSha256: fileSha256(bytes),
      actor: { userId: null, role: 'cli', requestId: null },
      batchSize: 2,
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
    expect(await count('participants')).toBe(2);
    const seen: number[] = [];
    const resumed = await runImport(db.database, db.pii, {
      ...input,
      onProgress: (run) => seen.push(run.nextIndex),
    });
    expect(seen).toEqual([4]);
    expect(resumed).toMatchObject({
      status: 'done',
      totalRows: 5,
      validRows: 4,
      nextIndex: 4,
      participantsCreated: 4,
      enrollmentsCreated: 4,
      rowsSkipped: 0,
    });
    expect(await count('import_runs')).toBe(1);
    expect(await count('participants')).toBe(4);
    expect(await count('enrollments')).toBe(4);
    const phases = await world.asTenant((tx) =>
      tx.query<{ phase: string; on_date: string; current_phase: string }>(
        `SELECT t.phase, t.on_date::text, e.current_phase FROM phase_transitions t JOIN enrollments e ON e.id = t.enrollment_id
         WHERE e.current_phase <> 'agreement' ORDER BY t.seq`,
      ),
    );
    expect(phases).toEqual([
      { phase: 'agreement', on_date: '2025-02-01', current_phase: 'job_finding' },
      { phase: 'job_finding', on_date: '2025-04-01', current_phase: 'job_finding' },
    ]);
    const audited = await world.asTenant((tx) =>
      tx.query<{ entity: string; ids: number }>(
        `SELECT entity, sum(cardinality(entity_ids))::int AS ids FROM audit_log WHERE detail ? 'importRun' GROUP BY entity ORDER BY entity`,
      ),
    );
    expect(audited).toEqual([
      { entity: 'enrollment', ids: 4 },
      { entity: 'participant', ids: 4 },
    ]);

    const again = await runImport(db.database, db.pii, input);
    expect(again).toMatchObject({
      status: 'done',
      participantsCreated: 0,
      enrollmentsCreated: 0,
      rowsSkipped: 4,
    });
    expect(await count('participants')).toBe(4);
    expect(await count('enrollments')).toBe(4);
  });
});
