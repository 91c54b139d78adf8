import { describe, expect, it } from 'vitest';
import { csvText, recordsToCsv } from './csvExport';

describe('csvText (the same cases as the reporting package)', () => {
  it.each(['=HYPERLINK("https://example.org","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'neutralises formula-like text %j with a leading quote',
    (text) => {
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

describe('recordsToCsv', () => {
  const csv = recordsToCsv([
    {
      id: 'p1',
      __typename: 'Participant',
      firstName: '=HYPERLINK("https://evil.example","klicka")',
      lastName: 'Svensson; Berg',
      hoursPerWeek: -2.5,
      active: true,
      latestEnrollment: { coachId: 'c1', currentPhase: 'job_search' },
      targetGroupFactors: ['ff', 'ss'],
    },
    { id: 'p2', firstName: '@Anna', lastName: null },
  ]);
  const lines = csv.slice(1).split('\r\n');

  it('writes UTF-8 with BOM, a header of the flattened fields, ";" and CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(
      'id;firstName;lastName;hoursPerWeek;active;latestEnrollment.coachId;latestEnrollment.currentPhase;targetGroupFactors',
    );
  });

  it('neutralises formula-like text and quotes it, but leaves numbers as numbers', () => {
    expect(lines[1]).toBe(
      `p1;"'=HYPERLINK(""https://evil.example"",""klicka"")";"Svensson; Berg";-2.5;true;c1;job_search;"ff, ss"`,
    );
    expect(lines[2]).toBe("p2;'@Anna;;;;;;");
  });
});
