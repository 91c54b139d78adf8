import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue, toCsv } from './to-csv.js';
import { outcomeReport } from './outcome-report.js';
import { suppress } from './suppress.js';
import { discharged, period } from './test-support/builders.js';

const rows = [
  ...Array.from({ length: 6 }, () => discharged('2024-02-01', 'employment')),
  ...Array.from({ length: 9 }, () => discharged('2024-02-01', 'job_seeking')),
  ...Array.from({ length: 2 }, () => discharged('2024-02-01', 'studies', { municipalityId: 'm2' })),
];
const table = outcomeReport(rows, {
  period: period('2024-01-01', '2025-01-01'),
  by: 'municipality',
  goalShare: 0.35,
  labels: { m1: 'Eksjö', m2: 'Sävsjö' },
});

describe('formatNumber / formatValue', () => {
  it('uses the decimal comma in Swedish and no thousands separator', () => {
    expect(formatNumber(1234.5, 1, 'sv')).toBe('1234,5');
    expect(formatNumber(1234.5, 1, 'en')).toBe('1234.5');
    expect(formatNumber(-0.01, 1, 'sv')).toBe('0,0');
    // Shares as percent, öre as kronor.
    expect(formatValue(0.4, 'share', 'sv')).toBe('40,0');
    expect(formatValue(123456, 'ore', 'sv')).toBe('1234,56');
  });
});

describe('toCsv', () => {
  it('writes UTF-8 with BOM, Swedish headers, semicolons and CRLF', () => {
    const csv = toCsv(table, { locale: 'sv' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Kommun;Avslutade;Till arbete eller studier;Till arbete eller studier, andel (%);Arbete (reguljärt);Arbete (reguljärt), andel (%);Studier;Studier, andel (%);Arbete med lönestöd;Arbete med lönestöd, andel (%);Arbetssökande;Arbetssökande, andel (%);Övrigt;Övrigt, andel (%);Mål (%);Skillnad mot mål (procentenheter)',
    );
    // Eksjö: 15 discharged, 6 to work = 40 %, goal 35 % → +5.
    expect(lines[1]).toBe('Eksjö;15;6;40,0;6;40,0;0;0,0;0;0,0;9;60,0;0;0,0;35,0;5,0');
  });

  it('writes English with commas and points', () => {
    const csv = toCsv(table, { locale: 'en' });
    expect(
      csv.slice(1).split('\r\n')[0]?.startsWith('Municipality,Discharged,To work or studies,'),
    ).toBe(true);
  });

  it('writes hidden cells as ".." and never as 0', () => {
    const csv = toCsv(suppress(table), { locale: 'sv' });
    const savsjo = csv.split('\r\n').find((line) => line.startsWith('Sävsjö'));
    // Sävsjö: 2 discharged (hidden), 2 to studies (hidden) and its share.
    expect(savsjo?.split(';').slice(0, 4)).toEqual(['Sävsjö', '..', '..', '..']);
  });

  it('keeps the column order stable', () => {
    expect(toCsv(table)).toBe(toCsv(table, { locale: 'sv' }));
  });
});

describe('toCsv and formula injection', () => {
  const hostile = outcomeReport(rows, {
    period: period('2024-01-01', '2025-01-01'),
    by: 'municipality',
    goalShare: 0.5,
    labels: { m1: '=HYPERLINK("https://evil.example","klicka")', m2: '-Sävsjö' },
  });

  it('writes a formula-like label as text, with a leading quote', () => {
    const lines = toCsv(hostile, { locale: 'sv' }).slice(1).split('\r\n');
    expect(lines[1]?.startsWith(`"'=HYPERLINK(""https://evil.example"",""klicka"")";`)).toBe(true);
    expect(lines[2]?.startsWith("'-Sävsjö;")).toBe(true);
  });

  it('leaves a negative number a number', () => {
    const lines = toCsv(hostile, { locale: 'sv' }).slice(1).split('\r\n');
    // 6 of 15 to work = 40 % against a goal of 50 % → -10,0 percentage points.
    expect(lines[1]?.split(';').at(-1)).toBe('-10,0');
  });
});
