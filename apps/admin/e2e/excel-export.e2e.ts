// The reports page's Excel button: the gateway's workbook, fetched with the session and
// saved by the browser, with numbers as numbers and the definition sheet.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AdminPage, BASE_URL, MessagePages, launch } from './AdminPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('Excel export', () => {
  it('downloads the report shown as a workbook with numeric cells and a Definition sheet', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const pages = new MessagePages(admin.page);
    await pages.openReport('Resultat');

    const [download] = await Promise.all([
      admin.page.waitForEvent('download'),
      // The report's button (the SUS card below has its own).
      admin.page.getByRole('button', { name: 'Excel' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^outcomeReport_\d{4}-\d{2}-\d{2}_.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const [sheet] = workbook.worksheets;
    expect(sheet?.getRow(1).getCell(1).value).toBe('Kommun');
    const numbers: unknown[] = [];
    sheet?.eachRow((row, index) => {
      if (index > 1)
        row.eachCell((cell) => typeof cell.value === 'number' && numbers.push(cell.value));
    });
    expect(numbers.length).toBeGreaterThan(0);
    expect(workbook.getWorksheet('Definition')?.getCell('A2').value).toBe('Definition');
    await admin.page.context().close();
  });

  it('downloads the whole filtered participant list, every row of it', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const page = admin.page;
    await page.goto(`${BASE_URL}/#/Participant`);
    await expect.poll(() => page.getByRole('row').count(), { timeout: 15_000 }).toBe(26);
    const range = await page.getByText(/^\d+–\d+ av \d+$/).innerText();
    const total = Number(/av (\d+)$/.exec(range)?.[1]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Participant.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Deltagare');
    expect(sheet?.getRow(1).getCell(2).value).toBe('Förnamn');
    expect(sheet?.rowCount).toBe(total + 1);
    await page.context().close();
  });

  it('downloads the whole enrollment list', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const page = admin.page;
    await page.goto(`${BASE_URL}/#/Enrollment`);
    const range = page.getByText(/^\d+–\d+ av \d+$/);
    await range.waitFor({ timeout: 15_000 });
    const total = Number(/av (\d+)$/.exec(await range.innerText())?.[1]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Excel' }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Inskrivningar')?.rowCount).toBe(total + 1);
    await page.context().close();
  });

  it.each([
    ['Coach', 'Jobbcoacher'],
    ['Referral', 'Remisser'],
    ['Reallocation', 'Omfördelningsbeslut'],
  ])('downloads the whole %s list from its own toolbar', async (resource, sheetName) => {
    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const page = admin.page;
    await page.goto(`${BASE_URL}/#/${resource}`);
    const range = page.getByText(/^\d+–\d+ av \d+$/);
    await range.waitFor({ timeout: 15_000 });
    const total = Number(/av (\d+)$/.exec(await range.innerText())?.[1]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${resource}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet(sheetName)?.rowCount).toBe(total + 1);
    await page.context().close();
  });

  it('downloads the SUS export as a workbook from the SUS card', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const page = admin.page;
    await page.goto(`${BASE_URL}/#/reports`);
    const card = page.locator('section[aria-labelledby="sus-export-title"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^sus-export_\d{4}-\d{2}-\d{2}_.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('SUS')?.getRow(1).getCell(1).value).toBe('Registrerings-id');
    expect(workbook.getWorksheet('Definition')?.getCell('A1').value).toBe('Export');
    await page.context().close();
  });
});
