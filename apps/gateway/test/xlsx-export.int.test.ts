import ExcelJS from 'exceljs';
import { DEMO_ASSOCIATION_ID } from '@finsam-se/persistence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Harness, startHarness } from './support/gateway-harness.js';

let h: Harness;
const EVIL_NAME = '=HYPERLINK("http://attacker.example","Eksjö")';

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return h.db.database.withOwner((tx) => tx.query<T>(text, params));
}

async function download(client: Client | null, path: string, language?: string) {
  const response = await fetch(`${h.gateway.url}${path}`, {
    headers: {
      ...(client?.token ? { authorization: `Bearer ${client.token}` } : {}),
      ...(language ? { 'accept-language': language } : {}),
    },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { response, bytes };
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Every cell of the data sheet below the header, with its row label. */
function bodyCells(workbook: ExcelJS.Workbook): { label: unknown; cell: ExcelJS.Cell }[] {
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no data sheet');
  const cells: { label: unknown; cell: ExcelJS.Cell }[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    row.eachCell((cell, column) => {
      if (column > 1) cells.push({ label: row.getCell(1).value, cell });
    });
  });
  return cells;
}

beforeAll(async () => {
  h = await startHarness();
  // A municipality whose name a spreadsheet would run as a formula (issue 16 item 6).
  await sql(`UPDATE municipalities SET name = $1 WHERE code = '0686'`, [EVIL_NAME]);
});
afterAll(async () => h.close());

const year = 'from=2024-01-01&to=2025-01-01';

describe('GET /export/report/<name>.xlsx', () => {
  it('gives the manager a workbook of numbers, a Definition sheet and a neutralised name', async () => {
    const manager = await h.as('manager');
    const { response, bytes } = await download(manager, `/export/report/outcome.xlsx?${year}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="outcome-2024-01-01-2024-12-31.xlsx"',
    );
    const workbook = await workbookOf(bytes);
    const cells = bodyCells(workbook);
    const numbers = cells.filter(({ cell }) => cell.type === ExcelJS.ValueType.Number);
    expect(numbers.length).toBeGreaterThan(10);
    expect(cells.filter(({ cell }) => typeof cell.value === 'string')).toEqual([]);
    expect(numbers.some(({ cell }) => cell.numFmt === '0.0%')).toBe(true);
    const labels = cells.map(({ label }) => label);
    expect(labels).toContain(`'${EVIL_NAME}`);
    expect(labels).not.toContain(EVIL_NAME);
    const definition = workbook.getWorksheet('Definition');
    expect(definition?.getCell('A2').value).toBe('Definition');
    expect(String(definition?.getCell('B2').value).length).toBeGreaterThan(20);
    expect(definition?.getCell('B3').value).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(definition?.getCell('B4').value).toEqual(new Date(Date.UTC(2024, 11, 31)));
  });

  it('gives another förbund suppressed figures only: ".." for hidden cells, never 1 to 4', async () => {
    const external = await h.as('external');
    const { response, bytes } = await download(
      external,
      // Another förbund (Södra Vätterbygden) names Höglandet's published figures.
      `/export/report/referralStats.xlsx?${year}&associationId=${DEMO_ASSOCIATION_ID}`,
    );
    expect(response.status).toBe(200);
    const workbook = await workbookOf(bytes);
    const cells = bodyCells(workbook).map(({ cell }) => cell);
    expect(cells.filter((cell) => cell.value === '..').length).toBeGreaterThan(0);
    const counts = cells.filter((cell) => cell.numFmt === '#,##0').map((cell) => cell.value);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((count) => typeof count === 'number' && count >= 1 && count <= 4)).toEqual(
      [],
    );
    const rule = workbook.getWorksheet('Definition')?.getColumn(2).values.map(String) ?? [];
    expect(rule.some((line) => line.startsWith('Röjandeskydd (k = 5)'))).toBe(true);
  });

  it('exports the whole enrollment list (demo: more than one page of 500) with dates as dates', async () => {
    const manager = await h.as('manager');
    const [{ n } = { n: 0 }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM enrollments WHERE association_id =
         (SELECT association_id FROM users WHERE email = 'chef@demo.hoglandet.se')`,
    );
    const { response, bytes } = await download(manager, '/export/list/Enrollment.xlsx');
    expect(response.status).toBe(200);
    const sheet = (await workbookOf(bytes)).getWorksheet('Inskrivningar');
    expect(sheet?.rowCount).toBe(n + 1);
    expect(sheet?.getRow(2).getCell(2).value).toBeInstanceOf(Date);
  });

  it('refuses without a session, a role without reports, a bad period and an unknown report', async () => {
    const unauthenticated = await download(null, `/export/report/outcome.xlsx?${year}`);
    expect(unauthenticated.response.status).toBe(401);
    expect(JSON.parse(unauthenticated.bytes.toString()).error.code).toBe('UNAUTHENTICATED');
    const referrer = await download(await h.as('referrer'), `/export/report/outcome.xlsx?${year}`);
    expect(referrer.response.status).toBe(403);
    const manager = await h.as('manager');
    const reversed = await download(
      manager,
      '/export/report/outcome.xlsx?from=2025-01-01&to=2024-01-01',
    );
    expect(reversed.response.status).toBe(400);
    expect(JSON.parse(reversed.bytes.toString()).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.to',
    });
    const women = await download(manager, `/export/report/outcome.xlsx?${year}&gender=FEMALE`);
    expect(women.response.status).toBe(200);
    const lowerCase = await download(manager, `/export/report/outcome.xlsx?${year}&gender=female`);
    expect(JSON.parse(lowerCase.bytes.toString()).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.gender',
      reason: 'REPORT.GENDER',
      message: 'Kön ska vara ett av FEMALE, MALE, OTHER.',
    });
    const inEnglish = await download(
      manager,
      `/export/report/outcome.xlsx?${year}&gender=female`,
      'en-GB,en;q=0.9',
    );
    expect(JSON.parse(inEnglish.bytes.toString()).error.message).toBe(
      'The gender must be one of FEMALE, MALE, OTHER.',
    );
    const unknown = await download(manager, `/export/report/constructor.xlsx?${year}`);
    expect(unknown.response.status).toBe(404);
  });
});
