import { PassThrough } from 'node:stream';
import {
  SUPPRESSED,
  type Table,
  countCell,
  plain,
  valueCell,
  withShares,
} from '@finsam-se/reporting';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportDefinition, reportSheet } from './xlsx-report.js';
import { writeXlsx } from './xlsx-workbook.js';

const columns = [
  {
    key: 'discharged',
    label: { sv: 'Avslutade', en: 'Discharged' },
    kind: 'count',
    unit: 'persons',
  },
  {
    key: 'work',
    label: { sv: 'Till arbete', en: 'To work' },
    kind: 'count',
    unit: 'persons',
    shareOf: 'discharged',
  },
  { key: 'cost', label: { sv: 'Kostnad', en: 'Cost' }, kind: 'value', unit: 'ore' },
] as const;

const table: Table = {
  id: 'outcome',
  title: { sv: 'Utfall mot mål', en: 'Outcome' },
  dimension: { sv: 'Kommun', en: 'Municipality' },
  definition: { sv: 'Andel avslutade till arbete.', en: 'Share discharged to work.' },
  columns,
  rows: [
    {
      key: 'a',
      label: plain('Eksjö'),
      role: 'detail',
      dims: {},
      cells: withShares(columns, {
        discharged: countCell(1234),
        work: countCell(432),
        cost: valueCell(12_345_67),
      }),
    },
    {
      key: 'b',
      label: plain('=HYPERLINK("http://x","klick")'),
      role: 'detail',
      dims: {},
      cells: { discharged: countCell(20), work: SUPPRESSED, cost: valueCell(null) },
    },
  ],
  disclosure: { k: 5 },
};

async function written(): Promise<ExcelJS.Workbook> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeXlsx(
    out,
    reportSheet(table),
    reportDefinition(table, [table.definition.sv, 'Kommun: Eksjö.'], {
      from: '2026-01-01',
      toInclusive: '2026-12-31',
    }),
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('the report workbook', () => {
  it('holds numbers as numbers with Swedish-displayed formats, shares as fractions', async () => {
    const sheet = sheetOf(await written(), 'Utfall mot mål');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Kommun',
      'Avslutade',
      'Till arbete',
      'Till arbete, andel',
      'Kostnad (kr)',
    ]);
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe(1234);
    expect(row.getCell(2).numFmt).toBe('#,##0');
    expect(row.getCell(4).value).toBeCloseTo(432 / 1234);
    expect(row.getCell(4).numFmt).toBe('0.0%');
    expect(row.getCell(5).value).toBeCloseTo(12_345.67);
    expect(row.getCell(5).numFmt).toBe('#,##0.00');
  });

  it('writes hidden cells as "..", never 0, and neutralises formula-like names', async () => {
    const row = sheetOf(await written(), 'Utfall mot mål').getRow(3);
    expect(row.getCell(1).value).toBe(`'=HYPERLINK("http://x","klick")`);
    expect(row.getCell(2).value).toBe(20);
    expect(row.getCell(3).value).toBe('..');
    expect(row.getCell(4).value).toBe('..');
    expect(row.getCell(5).value).toBeNull();
  });

  it('freezes the header row and filters on it', async () => {
    const sheet = sheetOf(await written(), 'Utfall mot mål');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:E1');
  });

  it('has a Definition sheet with the definition, the period as dates and the disclosure rule', async () => {
    const sheet = sheetOf(await written(), 'Definition');
    const lines = sheet.getSheetValues().slice(1) as unknown[][];
    const byLabel = new Map(lines.map((line) => [line[1], line[2]]));
    expect(byLabel.get('Definition')).toBe('Andel avslutade till arbete.');
    expect(byLabel.get('Från och med')).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(sheet.getCell('B3').numFmt).toBe('yyyy-mm-dd');
    expect(byLabel.get('Till och med')).toEqual(new Date(Date.UTC(2026, 11, 31)));
    expect(byLabel.get('Not')).toBe('Kommun: Eksjö.');
    expect(String(byLabel.get('Röjandeskydd'))).toMatch(/^k = 5: .*"\.\."/);
  });
});
