import { testPersonnummer } from '@finsam-se/domain';
import { rowsIn } from '@finsam-se/persistence/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, givenCast } from './support/builders.js';
import { type Harness, startHarness } from './support/gateway-harness.js';
import { importClient, swedishCsv } from './support/import-client.js';

// Its own association: Nässjö and Eksjö, a project, a coach; three people enrolled on
// 2025-03-03 by a participant file first, then a placement file about them.
let h: Harness;
let cast: Cast;
let client: ReturnType<typeof importClient>;
const people = [0, 1, 2].map((i) =>
  testPersonnummer(`1983-11-0${i + 1}`, i % 2 ? 'male' : 'female'),
);
const stranger = testPersonnummer('1983-11-09', 'male');

beforeAll(async () => {
  h = await startHarness({ data: 'built' });
  cast = await givenCast(h);
  client = importClient(h);
  const participants = swedishCsv([
    [
      'Personnummer',
      'Förnamn',
      'Efternamn',
      'Hemkommun',
      'Projekt',
      'Coach',
      'Inskriven',
      'Försörjning',
    ],
    ...people.map((pnr, i) => [
      pnr,
      `Plats${i}`,
      'Placeringsson',
      'Nässjö',
      cast.project.id,
      'Jobbcoach Nässjö',
      '2025-03-03',
      'Sjukersättning',
    ]),
  ]);
  const run = await client.imported(cast.manager.client.token, participants, {
    fileName: 'deltagare.csv',
  });
  if (run.enrollmentsCreated !== 3) throw new Error(JSON.stringify(run));
}, 300_000);
afterAll(async () => h.close());

const header = [
  'Personnummer',
  'Projekt',
  'Arbetsgivare',
  'Organisationsnummer',
  'Typ',
  'Startdatum',
  'Slutdatum',
  'Timmar per vecka',
];
function placements(): Buffer {
  const p = cast.project.id;
  return swedishCsv([
    header,
    [
      people[0] ?? '',
      p,
      'Nässjö Bygg AB',
      '556016-0680',
      'Arbetsprövning',
      '2025-04-01',
      '2025-09-30',
      '37,5',
    ],
    [people[1] ?? '', p, 'nässjö bygg ab', '5560160680', 'Anställning', '2025-05-01', '', '40'],
    [people[2] ?? '', p, '', '', 'Studier', '2025-04-15', '', ''],
    [people[0] ?? '', p, 'Café Eksjö', '', 'Semester', '2025-04-01', '', '80'],
    [stranger, p, 'Café Eksjö', '', 'Jobbprovning', '2025-04-01', '', ''],
    [people[1] ?? '', p, 'Café Eksjö', '', 'Jobbprovning', '2025-01-10', '', ''],
  ]);
}

const count = (table: 'placements' | 'employers') => rowsIn(cast.world, table);

describe('import of placements over HTTP', () => {
  const params = { fileName: 'placeringar.csv', register: 'placements' };

  it('dry run: bad cells, an unknown person and a start before the enrollment by row and column, nothing written', async () => {
    const { status, body } = await client.send(
      '/import/preview',
      cast.manager.client.token,
      placements(),
      params,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ register: 'placements', total: 6, valid: 3, existingRecords: 0 });
    expect(
      (body.errors as { row: number; column: string; code: string }[]).map(
        ({ row, column, code }) => ({ row, column, code }),
      ),
    ).toEqual([
      { row: 5, column: 'Typ', code: 'IMPORT.UNKNOWN_PLACEMENT_KIND' },
      { row: 5, column: 'Timmar per vecka', code: 'IMPORT.HOURS' },
      { row: 6, column: 'Personnummer', code: 'IMPORT.UNKNOWN_PERSON' },
      { row: 7, column: 'Startdatum', code: 'PLACEMENT.BEFORE_ENROLLMENT' },
    ]);
    expect((body.errors as { message: { sv: string } }[])[1]?.message.sv).toBe(
      'Timmar per vecka ska vara ett tal större än 0 och högst 60.',
    );
    expect(await count('placements')).toBe(0);
    expect(await count('employers')).toBe(0);
  });

  it('imports the good rows, one employer for two rows naming it; again, nothing twice', async () => {
    const token = cast.manager.client.token;
    const run = await client.imported(token, placements(), params);
    expect(run).toMatchObject({
      register: 'placements',
      status: 'done',
      totalRows: 6,
      validRows: 3,
      placementsCreated: 3,
      employersCreated: 1,
      rowsSkipped: 0,
    });
    const written = await cast.world.asTenant((tx) =>
      tx.query<{ kind: string; employer: string | null; hours: string | null }>(
        `SELECT p.kind, e.name AS employer, p.hours_per_week::text AS hours
         FROM placements p LEFT JOIN employers e ON e.association_id = p.association_id AND e.id = p.employer_id
         ORDER BY p.started_on`,
      ),
    );
    expect(written).toEqual([
      { kind: 'work_trial', employer: 'Nässjö Bygg AB', hours: '37.5' },
      { kind: 'studies', employer: null, hours: null },
      { kind: 'employment', employer: 'Nässjö Bygg AB', hours: '40.0' },
    ]);
    const audited = await h.db.database.withOwner((tx) =>
      tx.query<{ entity: string }>(
        `SELECT entity FROM audit_log WHERE association_id = $1 AND detail->>'importRun' = $2::text ORDER BY entity`,
        [cast.world.associationId, run.id],
      ),
    );
    expect(audited.map((a) => a.entity)).toEqual(['employer', 'placement']);

    const again = await client.imported(token, placements(), params);
    expect(again.id).not.toBe(run.id);
    expect(again).toMatchObject({
      status: 'done',
      placementsCreated: 0,
      employersCreated: 0,
      rowsSkipped: 3,
    });
    expect(await count('placements')).toBe(3);
    expect(await count('employers')).toBe(1);
  });

  it('keeps the placement mapping apart from the participants mapping', async () => {
    const renamed = swedishCsv([
      ['PNR', 'Proj', 'Typ av insats', 'Från'],
      [people[2] ?? '', cast.project.id, 'Studier', '2025-06-01'],
    ]);
    const mapping = JSON.stringify({
      personnummer: 'PNR',
      project: 'Proj',
      kind: 'Typ av insats',
      startedOn: 'Från',
    });
    const token = cast.manager.client.token;
    const run = await client.imported(token, renamed, { ...params, mapping });
    expect(run).toMatchObject({ placementsCreated: 1 });
    const next = await client.send('/import/preview', token, renamed, params);
    expect(next.body).toMatchObject({ valid: 1, existingRecords: 1 });
    expect(next.body.mapping).toMatchObject({ kind: 'Typ av insats', startedOn: 'Från' });
    const participants = await client.send('/import/preview', token, renamed, {});
    expect(participants.body.error).toMatchObject({ reason: 'IMPORT.MAPPING' });
  });
});
