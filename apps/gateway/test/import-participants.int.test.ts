import { testPersonnummer } from '@finsam-se/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, givenCast } from './support/builders.js';
import { type Harness, startHarness } from './support/gateway-harness.js';
import { type ImportRunAnswer, importClient } from './support/import-client.js';

type ImportClient = ReturnType<typeof importClient>;

// Its own association: Nässjö and Eksjö, a project, a coach; people only from the files.
let h: Harness;
let cast: Cast;
let send: ImportClient['send'];
let finished: ImportClient['finished'];
beforeAll(async () => {
  h = await startHarness({ data: 'built' });
  cast = await givenCast(h);
  ({ send, finished } = importClient(h));
}, 300_000);
afterAll(async () => h.close());

type Run = ImportRunAnswer;

const people = [0, 1, 2, 3].map((i) =>
  testPersonnummer(`1979-03-0${i + 1}`, i % 2 ? 'male' : 'female', 3),
);
const badNumber = `${people[1]?.slice(0, 11)}${(Number(people[1]?.[11]) + 1) % 10}`;

function csv(): Buffer {
  const lines = [
    'Personnummer;Förnamn;Efternamn;Hemkommun;Projekt;Coach;Inskriven;Ersättning vid start;Fas',
    ...people.map((pnr, i) =>
      [
        i === 1 ? badNumber : pnr,
        `Förnamn${i}`,
        'Importsson',
        i === 2 ? '0686' : 'Nässjö',
        cast.project.id,
        'Jobbcoach Nässjö',
        '2025-03-03',
        'Sjukersättning',
        i === 3 ? 'Yrkesprofil' : '',
      ].join(';'),
    ),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const countPeople = async () =>
  Number(
    (
      await cast.world.asTenant((tx) =>
        tx.query<{ n: string }>(
          `SELECT count(*)::text AS n FROM participants WHERE last_name = 'Importsson'`,
        ),
      )
    )[0]?.n,
  );

describe('import of participants and enrollments over HTTP', () => {
  it('is the manager’s: a coach is refused, an anonymous caller too', async () => {
    expect((await send('/import/preview', cast.coach.client.token, csv())).status).toBe(403);
    expect((await send('/import/preview', null, csv())).status).toBe(401);
    expect((await send('/import/runs', cast.chief.client.token)).status).toBe(403);
  });

  it('refuses a file that is not a spreadsheet with a Swedish message and a stable code', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
    ]);
    const { status, body } = await send('/import/preview', cast.manager.client.token, png, {
      fileName: 'bild.csv',
    });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'IMPORT.NOT_SPREADSHEET',
      field: 'file',
      message: 'Filen är inte ett kalkylblad. Ladda upp en .xlsx- eller .csv-fil.',
    });
  });

  it('dry run: the bad row by number, column and code in Swedish, nothing written', async () => {
    const { status, body } = await send('/import/preview', cast.manager.client.token, csv(), {
      fileName: 'deltagare.csv',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 4, valid: 3, errorCount: 1, existingParticipants: 0 });
    expect(body.errors).toEqual([
      {
        row: 3,
        field: 'personnummer',
        column: 'Personnummer',
        code: 'PERSONNUMMER.CHECKSUM',
        message: { sv: 'Personnumrets kontrollsiffra stämmer inte.', en: expect.any(String) },
      },
    ]);
    expect(JSON.stringify(body)).not.toContain(badNumber);
    expect(await countPeople()).toBe(0);
  });

  it('sends the fields a column can map to, with their labels, and each message from the catalogue', async () => {
    const { body } = await send('/import/preview', cast.manager.client.token, csv(), {
      fileName: 'deltagare.csv',
    });
    const fields = body.fields as { name: string; required: boolean; label: object }[];
    expect(fields.map((field) => field.name)).toEqual(Object.keys(body.mapping as object));
    expect(fields.find((field) => field.name === 'homeMunicipality')).toEqual({
      name: 'homeMunicipality',
      required: true,
      label: { sv: 'Hemkommun', en: 'Home municipality' },
    });
    expect(fields.find((field) => field.name === 'coach')?.required).toBe(false);
    expect((body.errors as { message: object }[])[0]?.message).toEqual({
      sv: 'Personnumrets kontrollsiffra stämmer inte.',
      en: 'The check digit of the personal identity number is wrong.',
    });
  });

  it('imports every good row and none of the bad one, audited; importing the file again writes nothing', async () => {
    const started = await send('/import/run', cast.manager.client.token, csv(), {
      fileName: 'deltagare.csv',
    });
    expect(started.status).toBe(202);
    const run = await finished(cast.manager.client.token, (started.body.run as Run).id);
    expect(run).toMatchObject({
      status: 'done',
      totalRows: 4,
      validRows: 3,
      participantsCreated: 3,
      enrollmentsCreated: 3,
      rowsSkipped: 0,
    });
    expect(await countPeople()).toBe(3);
    const listed = await cast.manager.client.gql<{
      participants: { firstName: string; currentPhase: string | null }[];
    }>(
      `query { participants: allParticipants(filter: { q: "Importsson" }, sortField: "firstName") { firstName currentPhase } }`,
    );
    expect(listed.body.data?.participants).toEqual([
      { firstName: 'Förnamn0', currentPhase: 'AGREEMENT' },
      { firstName: 'Förnamn2', currentPhase: 'AGREEMENT' },
      { firstName: 'Förnamn3', currentPhase: 'VOCATIONAL_PROFILE' },
    ]);
    const audited = await h.db.database.withOwner((tx) =>
      tx.query<{ entity: string }>(
        `SELECT entity FROM audit_log WHERE association_id = $1 AND (entity = 'import_run' AND $2 = ANY(entity_ids) OR detail->>'importRun' = $2::text) ORDER BY entity`,
        [cast.world.associationId, run.id],
      ),
    );
    expect(audited.map((a) => a.entity)).toEqual(['enrollment', 'import_run', 'participant']);

    const again = await send('/import/run', cast.manager.client.token, csv(), {
      fileName: 'deltagare.csv',
    });
    const second = await finished(cast.manager.client.token, (again.body.run as Run).id);
    expect(second.id).not.toBe(run.id);
    expect(second).toMatchObject({
      status: 'done',
      participantsCreated: 0,
      enrollmentsCreated: 0,
      rowsSkipped: 3,
    });
    expect(await countPeople()).toBe(3);
  });

  it('keeps the column mapping the association chose for its next file (.xlsx)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Blad1');
    sheet.addRow(['Kolumn A', 'Kolumn B', 'Kolumn C', 'Kolumn D']);
    sheet.addRow([testPersonnummer('1981-05-05', 'female', 4), 'Xlsx', 'Mappadsson', 'Eksjö']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const mapping = JSON.stringify({
      personnummer: 'Kolumn A',
      firstName: 'Kolumn B',
      lastName: 'Kolumn C',
      homeMunicipality: 'Kolumn D',
    });
    const unmapped = await send('/import/preview', cast.manager.client.token, bytes);
    expect(unmapped.body.error).toMatchObject({
      reason: 'IMPORT.MAPPING',
      field: 'mapping.personnummer',
    });
    const started = await send('/import/run', cast.manager.client.token, bytes, {
      fileName: 'blad.xlsx',
      mapping,
    });
    expect(await finished(cast.manager.client.token, (started.body.run as Run).id)).toMatchObject({
      participantsCreated: 1,
    });
    const next = await send('/import/preview', cast.manager.client.token, bytes);
    expect(next.status).toBe(200);
    expect(next.body.mapping).toMatchObject({
      personnummer: 'Kolumn A',
      firstName: 'Kolumn B',
      homeMunicipality: 'Kolumn D',
    });
    expect(next.body).toMatchObject({ valid: 1, existingParticipants: 1 });
  });
});
