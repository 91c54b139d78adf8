// The manager imports participants from a spreadsheet with one bad row: the dry run names
// the row, the column and the error in Swedish; the import writes the good rows only. Then
// referrals, by the register choice, of a person just registered and one not registered; the
// list of latest runs shows the chosen register's only.
import { testPersonnummer } from '@finsam-se/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AdminPage, launch } from './AdminPage';
import { ImportPages } from './ImportPages';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** People no other suite knows: a birth year of this run's own (test personnummer only). */
function people(): string[] {
  const year = 1930 + Math.floor(Math.random() * 40);
  return [0, 1, 2].map((i) => testPersonnummer(`${year}-11-2${i}`, i === 1 ? 'male' : 'female', 7));
}

describe('import from a spreadsheet', () => {
  it('the manager sees the bad row in the dry run and imports only the good ones', async () => {
    const [first = '', second = '', third = ''] = people();
    const wrongCheckDigit = `${second.slice(0, 11)}${(Number(second[11]) + 1) % 10}`;
    const csv = [
      'Personnummer;Förnamn;Efternamn;Hemkommun',
      `${first};Alva;Importtest;Nässjö`,
      `${wrongCheckDigit};Bo;Importtest;Eksjö`,
      `${third};Cilla;Importtest;Tranås`,
    ].join('\r\n');

    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const pages = new ImportPages(admin.page);
    await pages.openFromMenu();
    await pages.choose('deltagare.csv', Buffer.from(`\uFEFF${csv}\r\n`, 'utf8'));
    await pages.dryRun();
    expect(await pages.errors()).toEqual([
      ['3', 'Personnummer', 'Personnumrets kontrollsiffra stämmer inte.'],
    ]);
    await expect
      .poll(() => pages.summary().textContent())
      .toMatch(/^Rader i filen: 3\. Kan importeras: 2\. Med fel: 1\./);

    await pages.importRows(2);
    expect(await pages.result()).toBe(
      'Importen är klar. Nya deltagare: 2. Nya inskrivningar: 0. Fanns redan: 0. Rader med fel som inte importerades: 1.',
    );
    await admin.page.context().close();
  });

  it('the manager imports referrals of registered people; one of a person not registered is a row error', async () => {
    const [registered = '', , stranger = ''] = people();
    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const pages = new ImportPages(admin.page);
    await pages.open();
    const participants = [
      'Personnummer;Förnamn;Efternamn;Hemkommun',
      `${registered};Dagny;Remisstest;Nässjö`,
    ];
    await pages.choose('deltagare.csv', Buffer.from(`${participants.join('\r\n')}\r\n`, 'utf8'));
    await pages.dryRun();
    await pages.importRows(1);
    expect(await pages.result()).toMatch(/^Importen är klar\. Nya deltagare: 1\./);

    await pages.open();
    await pages.chooseRegister('Remisser');
    const project = 'Supported Employment – Höglandet 2021–2027';
    const referrals = [
      'Personnummer;Kommun;Projekt;Myndighet;Mottagen',
      `${registered};Nässjö;${project};Arbetsförmedlingen;2025-06-02`,
      `${stranger};Nässjö;${project};Arbetsförmedlingen;2025-06-02`,
    ];
    await pages.choose('remisser.csv', Buffer.from(`${referrals.join('\r\n')}\r\n`, 'utf8'));
    await pages.dryRun();
    expect(await pages.errors()).toEqual([
      ['3', 'Personnummer', 'Personen finns inte i förbundet. Importera deltagarna först.'],
    ]);
    await expect
      .poll(() => pages.summary().textContent())
      .toMatch(/^Rader i filen: 2\. Kan importeras: 1\. Med fel: 1\./);
    await pages.importRows(1);
    expect(await pages.result()).toBe(
      'Importen är klar. Nya remisser: 1. Fanns redan: 0. Rader med fel som inte importerades: 1.',
    );
    // The panel lists the runs of the chosen register only: the referral file here, the
    // participant file once Deltagare is chosen again.
    await expect.poll(() => pages.runFiles('Remisser')).toContain('remisser.csv');
    expect(await pages.runFiles('Remisser')).not.toContain('deltagare.csv');
    await pages.chooseRegister('Deltagare och inskrivningar');
    await expect
      .poll(() => pages.runFiles('Deltagare och inskrivningar'))
      .toContain('deltagare.csv');
    expect(await pages.runFiles('Deltagare och inskrivningar')).not.toContain('remisser.csv');
    await admin.page.context().close();
  });

  it('refuses a file that is not a spreadsheet with a message', async () => {
    const admin = await AdminPage.open(browser);
    await admin.login('chef@demo.hoglandet.se', 'demo-chef');
    const pages = new ImportPages(admin.page);
    await pages.open();
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
    ]);
    await pages.choose('bild.png', png, 'image/png');
    await pages.dryRun();
    await expect
      .poll(() => pages.alert().textContent())
      .toBe('Filen är inte ett kalkylblad. Ladda upp en .xlsx- eller .csv-fil.');
    await admin.page.context().close();
  });
});
