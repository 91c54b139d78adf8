import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheet } from './read-sheet.js';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Deltagare');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readSheet', () => {
  it('reads the first sheet of an .xlsx file, dates as dates, numbers as text', async () => {
    const bytes = await xlsx([
      ['Personnummer', 'Förnamn', 'Inskriven'],
      [199004129802, 'Åsa', new Date(Date.UTC(2025, 1, 1))],
    ]);
    const sheet = await readSheet(bytes);
    expect(sheet).toEqual({
      ok: true,
      value: {
        headers: ['Personnummer', 'Förnamn', 'Inskriven'],
        rows: [['199004129802', 'Åsa', '2025-02-01']],
      },
    });
  });

  it('reads UTF-8 CSV with a byte order mark and Windows-1252 CSV alike', async () => {
    const utf8 = Buffer.from('\uFEFFFörnamn;Kön\r\nÅsa;kvinna\r\n', 'utf8');
    const latin = Buffer.from('Förnamn;Kön\r\nÅsa;kvinna\r\n', 'latin1');
    const expected = {
      ok: true,
      value: { headers: ['Förnamn', 'Kön'], rows: [['Åsa', 'kvinna']] },
    };
    expect(await readSheet(utf8)).toEqual(expected);
    expect(await readSheet(latin)).toEqual(expected);
  });

  it('refuses what is not a spreadsheet, and a sheet with no rows', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await readSheet(png)).toEqual({ ok: false, error: 'IMPORT.NOT_SPREADSHEET' });
    expect(await readSheet(Buffer.from('just a sentence of text\n'))).toEqual({
      ok: false,
      error: 'IMPORT.NOT_SPREADSHEET',
    });
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]);
    expect(await readSheet(brokenZip)).toEqual({ ok: false, error: 'IMPORT.NOT_SPREADSHEET' });
    expect(await readSheet(Buffer.from('a;b\n'))).toEqual({ ok: false, error: 'IMPORT.EMPTY' });
  });
});
