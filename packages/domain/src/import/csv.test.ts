import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

describe('parseCsv', () => {
  it("reads Excel's Swedish export: semicolons, a byte order mark, CRLF", () => {
    expect(parseCsv('\uFEFFFörnamn;Efternamn\r\nÅsa;Öberg\r\n')).toEqual([
      ['Förnamn', 'Efternamn'],
      ['Åsa', 'Öberg'],
    ]);
  });

  it('reads commas when the header uses them, with quoted fields holding the delimiter', () => {
    expect(parseCsv('a,b\n"1,5","say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['1,5', 'say "hi"'],
    ]);
  });

  it('keeps a semicolon file whose cells contain commas', () => {
    expect(parseCsv('Försörjning;Namn\nsickness_compensation,activity_compensation;Eva')).toEqual([
      ['Försörjning', 'Namn'],
      ['sickness_compensation,activity_compensation', 'Eva'],
    ]);
  });

  it('keeps a line break inside quotes and skips blank lines', () => {
    expect(parseCsv('a;b\n\n"x\ny";z\n;\n')).toEqual([
      ['a', 'b'],
      ['x\ny', 'z'],
    ]);
  });
});
