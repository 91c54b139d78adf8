// Issue 19 item 2: every list the panel shows and the SUS export download as workbooks,
// with the screen's filter and the role's scope, numbers and dates typed, text through the
// formula rule, and a Definition sheet. Runs on the demo association.
import { isListType, isNonNullType, isObjectType } from 'graphql';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../src/schema/build-schema.js';
import { listExports } from '../src/export/xlsx-lists.js';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';

let h: Harness;
const EVIL_NAME = '=HYPERLINK("http://attacker.example","Coach")';

async function download(client: Client | null, path: string) {
  const response = await fetch(`${h.gateway.url}${path}`, {
    headers: client?.token ? { authorization: `Bearer ${client.token}` } : {},
  });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The list's count as the panel's pagination reads it (`_all<Plural>Meta`). */
async function countOf(client: Client, query: string, filter: unknown = null): Promise<number> {
  const meta = `_${query}Meta`;
  const filterType = Object.values(listExports).find((l) => l.query === query)?.filterType;
  const answer = await client.gql<Record<string, { count: number }>>(
    `query Count($filter: ${filterType}) { ${meta}(filter: $filter) { count } }`,
    { filter },
  );
  const count = answer.body.data?.[meta]?.count;
  if (count === undefined) throw new Error(`no count for ${query}: ${answer.text}`);
  return count;
}

function columnOf(sheet: ExcelJS.Worksheet, header: string): unknown[] {
  const headers = sheet.getRow(1).values as unknown[];
  const index = headers.indexOf(header);
  if (index < 1) throw new Error(`no column ${header} in ${headers.join(' | ')}`);
  return sheet.getColumn(index).values.slice(2);
}

beforeAll(async () => {
  h = await startHarness();
  await h.db.database.withOwner((tx) =>
    tx.query(
      `UPDATE coaches SET name = $1 WHERE id = (SELECT id FROM coaches ORDER BY id LIMIT 1)`,
      [EVIL_NAME],
    ),
  );
});
afterAll(async () => h.close());

describe('GET /export/list/<Resource>.xlsx for every list', () => {
  it('has an export for every list query of the schema, each field a field of its type', async () => {
    const schema = await buildGatewaySchema();
    const queries = Object.keys(schema.getQueryType()?.getFields() ?? {}).filter((name) =>
      /^all[A-Z]/.test(name),
    );
    const exported = Object.values(listExports);
    expect(exported.map((l) => l.query).sort()).toEqual(queries.sort());
    for (const list of exported) {
      let type = schema.getQueryType()?.getFields()[list.query]?.type;
      while (type && (isNonNullType(type) || isListType(type))) type = type.ofType;
      if (!isObjectType(type)) throw new Error(`${list.query} lists no object type`);
      for (const column of list.columns)
        expect(Object.keys(type.getFields()), `${type.name}.${column.field}`).toContain(
          column.field,
        );
    }
  });

  it('gives the manager every row of every list, with a frozen header and a Definition sheet', async () => {
    const manager = await h.as('manager');
    for (const [resource, list] of Object.entries(listExports)) {
      const { response, bytes } = await download(manager, `/export/list/${resource}.xlsx`);
      expect(response.status, `${resource}: ${bytes.toString().slice(0, 200)}`).toBe(200);
      const workbook = await workbookOf(bytes);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error(`${resource}: no sheet`);
      expect(sheet.rowCount - 1, resource).toBe(await countOf(manager, list.query));
      expect(sheet.getRow(1).values, resource).toEqual([
        undefined,
        ...list.columns.map((c) => c.header),
      ]);
      expect(sheet.views[0]?.state, resource).toBe('frozen');
      expect(workbook.getWorksheet('Definition')?.getCell('A1').value).toBe('Lista');
    }
  });

  it('writes numbers as numbers, dates as dates and a formula-like name as text', async () => {
    const manager = await h.as('manager');
    const coaches = await workbookOf((await download(manager, '/export/list/Coach.xlsx')).bytes);
    const sheet = coaches.getWorksheet('Jobbcoacher');
    if (!sheet) throw new Error('no coach sheet');
    const names = columnOf(sheet, 'Namn');
    expect(names).toContain(`'${EVIL_NAME}`);
    expect(names).not.toContain(EVIL_NAME);
    expect(columnOf(sheet, 'Tjänstgöringsgrad').every((fte) => typeof fte === 'number')).toBe(true);
    expect(columnOf(sheet, 'Anställd från').every((day) => day instanceof Date)).toBe(true);
    const active = sheet.getRow(2).getCell(6);
    expect(typeof active.value).toBe('number');
    expect(active.numFmt).toBe('#,##0');
    const followUps = await workbookOf(
      (await download(manager, '/export/list/FollowUp.xlsx')).bytes,
    );
    const working = columnOf(followUps.worksheets[0] as ExcelJS.Worksheet, 'Arbetar');
    expect(new Set(working.filter((v) => v !== undefined && v !== null))).toEqual(
      new Set(['Ja', 'Nej']),
    );
  });

  it("applies the screen's filter and the role's scope, as the list's own query does", async () => {
    const manager = await h.as('manager');
    const [first] =
      (
        await manager.gql<{ allMunicipalities: { id: string }[] }>(
          '{ allMunicipalities(sortField: "name") { id } }',
        )
      ).body.data?.allMunicipalities ?? [];
    if (!first) throw new Error('no municipality');
    const filter = { municipalityId: first.id };
    const path = `/export/list/Referral.xlsx?filter=${encodeURIComponent(JSON.stringify(filter))}`;
    const filtered = (await workbookOf((await download(manager, path)).bytes)).worksheets[0];
    if (!filtered) throw new Error('no referral sheet');
    const municipalities = new Set(columnOf(filtered, 'Kommun (id)'));
    expect(municipalities).toEqual(new Set([first.id]));
    expect(filtered.rowCount - 1).toBe(await countOf(manager, 'allReferrals', filter));

    const chief = await h.as('municipal_chief');
    const scoped = await download(chief, '/export/list/Referral.xlsx');
    expect(scoped.response.status).toBe(200);
    const sheet = (await workbookOf(scoped.bytes)).worksheets[0];
    expect((sheet?.rowCount ?? 0) - 1).toBe(await countOf(chief, 'allReferrals'));
    expect((sheet?.rowCount ?? 0) - 1).toBeLessThan(await countOf(manager, 'allReferrals'));

    const board = await h.as('board');
    const refused = await download(board, '/export/list/User.xlsx');
    expect(refused.response.status).toBe(403);
    expect(JSON.parse(refused.bytes.toString()).error.code).toBe('FORBIDDEN');
  });
});

describe('GET /export/sus.xlsx', () => {
  const period = 'from=2024-01-01&to=2026-12-01';

  it('has the same registrations as the SUS CSV, years and days as numbers, dates as dates', async () => {
    const manager = await h.as('manager');
    // The demo records no SUS consent: a dozen discharged people give theirs.
    const people = await h.db.database.withOwner((tx) =>
      tx.query<{ id: string }>(
        `SELECT DISTINCT participant_id AS id FROM enrollments
          WHERE discharged_on >= '2024-06-01' ORDER BY participant_id LIMIT 12`,
      ),
    );
    for (const person of people) {
      const given = await manager.gql(
        `mutation R($p: UUID!) { recordConsent(participantId: $p, purpose: SUS_REGISTRATION, givenOn: "2024-01-10", method: WRITTEN) { id } }`,
        { p: person.id },
      );
      expect(given.body.errors).toBeUndefined();
    }
    const { response, bytes } = await download(manager, `/export/sus.xlsx?${period}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="sus-2024-01-01-2026-12-01.xlsx"',
    );
    const workbook = await workbookOf(bytes);
    const sheet = workbook.getWorksheet('SUS');
    if (!sheet) throw new Error('no SUS sheet');
    const csv = await manager.gql<{ susExport: string }>(
      'query { susExport(from: "2024-01-01", to: "2026-12-01") }',
    );
    const lines = (csv.body.data?.susExport ?? '').trim().split('\r\n');
    expect(lines.length).toBeGreaterThan(10);
    expect(sheet.rowCount).toBe(lines.length);
    expect(columnOf(sheet, 'Registrerings-id')).toEqual(lines.slice(1).map((l) => l.split(';')[0]));
    const years = columnOf(sheet, 'Budgetår');
    expect(years.every((year) => typeof year === 'number' && year >= 2000 && year <= 2026)).toBe(
      true,
    );
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('0');
    const registered = columnOf(sheet, 'Inskrivningsdatum').filter((d) => d !== undefined);
    expect(registered.length).toBeGreaterThan(0);
    expect(registered.every((day) => day instanceof Date)).toBe(true);
    const days = columnOf(sheet, 'Tid i insatsen (dagar)').filter((d) => d !== undefined);
    expect(days.every((d) => typeof d === 'number')).toBe(true);
    expect(workbook.getWorksheet('Definition')?.getCell('B2').value).toBe(
      '2024-01-01 – 2026-12-01 (till-datumet ingår inte)',
    );
  });

  it('refuses a role without the export and a reversed period with their codes, as JSON', async () => {
    const coach = await h.as('coach');
    const refused = await download(coach, `/export/sus.xlsx?${period}`);
    expect(refused.response.status).toBe(403);
    expect(JSON.parse(refused.bytes.toString()).error.code).toBe('FORBIDDEN');
    const manager = await h.as('manager');
    const reversed = await download(manager, '/export/sus.xlsx?from=2026-12-01&to=2024-01-01');
    expect(reversed.response.status).toBe(400);
    expect(JSON.parse(reversed.bytes.toString()).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
  });
});
