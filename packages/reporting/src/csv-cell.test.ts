import { describe, expect, it } from 'vitest';
import { csvText, isFormulaLike } from './csv-cell.js';

describe('csvText', () => {
  it.each(['=HYPERLINK("https://example.org","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'neutralises formula-like text %j with a leading quote',
    (text) => {
      expect(isFormulaLike(text)).toBe(true);
      expect(csvText(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text alone, including a sign later in the text', () => {
    for (const text of ['Eksjö', 'Anna-Karin', 'a=b', '', ' =1', '..']) {
      expect(csvText(text)).toBe(text);
    }
  });

  it('treats text that merely looks like a negative number as text', () => {
    expect(csvText('-5')).toBe("'-5");
  });
});
