import { givenParticipant } from '@finsam-se/persistence/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, givenCast } from './support/builders.js';
import { type Harness, startHarness } from './support/gateway-harness.js';

// Builds its own association: 2,000 participants (four times the list's page limit) and
// one whose name a spreadsheet would run as a formula.
let h: Harness;
let cast: Cast;
const PEOPLE = 2000;
const EVIL_NAME = '=HYPERLINK("http://attacker.example","Klicka")';

beforeAll(async () => {
  h = await startHarness({ data: 'built' });
  cast = await givenCast(h);
  await givenParticipant(cast.world, { homeMunicipalityId: cast.nassjo.id, lastName: EVIL_NAME });
  for (let made = 1; made < PEOPLE; made += 50) {
    const batch = Array.from({ length: Math.min(50, PEOPLE - made) }, () =>
      givenParticipant(cast.world, { homeMunicipalityId: cast.nassjo.id }),
    );
    await Promise.all(batch);
  }
}, 600_000);
afterAll(async () => h.close());

async function download(token: string | null, requestId: string) {
  const response = await fetch(`${h.gateway.url}/export/list/Participant.xlsx`, {
    headers: {
      'x-request-id': requestId,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('GET /export/list/<Resource>.xlsx', () => {
  it('streams all 2,000 participants, pages audited, names neutralised, dates as dates', async () => {
    const requestId = 'xlsx-list-export-0001';
    const { response, bytes } = await download(cast.manager.client.token, requestId);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Deltagare');
    if (!sheet) throw new Error('no list sheet');
    expect(sheet.rowCount).toBe(1 + PEOPLE);
    const header = sheet.getRow(1).values as unknown[];
    const lastNames = sheet.getColumn(header.indexOf('Efternamn')).values;
    expect(lastNames).toContain(`'${EVIL_NAME}`);
    expect(lastNames).not.toContain(EVIL_NAME);
    const born = sheet.getRow(2).getCell(header.indexOf('Födelsedatum'));
    expect(born.value).toBeInstanceOf(Date);
    expect(born.numFmt).toBe('yyyy-mm-dd');
    const ids = new Set(sheet.getColumn(header.indexOf('Id')).values.slice(2));
    expect(ids.size).toBe(PEOPLE);
    const audited = await h.db.database.withOwner((tx) =>
      tx.query<{ ids: number }>(
        `SELECT coalesce(sum(cardinality(entity_ids)), 0)::int AS ids FROM audit_log
          WHERE request_id = $1 AND entity = 'participant'`,
        [requestId],
      ),
    );
    expect(audited[0]?.ids).toBeGreaterThanOrEqual(PEOPLE);
  });

  it('refuses without a session and an unknown list, as JSON with the code', async () => {
    const anonymous = await download(null, 'xlsx-list-export-0002');
    expect(anonymous.response.status).toBe(401);
    expect(JSON.parse(anonymous.bytes.toString()).error.code).toBe('UNAUTHENTICATED');
    const unknown = await fetch(`${h.gateway.url}/export/list/constructor.xlsx`);
    expect(unknown.status).toBe(404);
  });
});
