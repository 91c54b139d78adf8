import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv-records.js';

describe('reading back a CSV the gateway wrote', () => {
  it('gives the records csv-stringify was given: delimiters, quotes, line breaks in fields', () => {
    const records = [
      ['Registrerings-id', 'Försörjning före', 'Anteckning'],
      ['a1', 'AF|FK', 'sa "hej"; sedan'],
      ['a2', '', 'två\r\nrader'],
      ['a3', "'=SUM(A1)", ''],
    ];
    const text = stringify(records, { bom: true, delimiter: ';', record_delimiter: 'windows' });
    expect(csvRecords(text, ';')).toEqual(records);
  });

  it('reads a file without a final line break and an empty file', () => {
    expect(csvRecords('a;b\r\n1;2', ';')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(csvRecords('', ';')).toEqual([]);
  });
});
