import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../core/local-date.js';
import { validateIncomeDuring } from './income-during.js';

const day = (text: string) => text as LocalDate;
const open = { enrolledOn: day('2019-03-01'), discharge: null };

// §9: "vilken typ av ersättning som personerna har före, under och efter projektdeltagandet".
describe('income during participation', () => {
  it('takes the income sources of the same code list as before and after', () => {
    expect(
      validateIncomeDuring(open, ['activity_compensation', 'salary'], day('2019-09-01')),
    ).toEqual({ ok: true, value: ['activity_compensation', 'salary'] });
  });
  it('refuses none, an unknown code, a code twice and "no public support" with another', () => {
    for (const codes of [[], ['pension'], ['salary', 'salary'], ['no_public_support', 'salary']]) {
      const result = validateIncomeDuring(open, codes, day('2019-09-01'));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.field).toBe('compensationDuring');
    }
  });
  it('reads the code list on a day inside the participation', () => {
    // Before 2018 no code is valid; a day before the enrollment is read as the enrollment day.
    expect(validateIncomeDuring(open, ['salary'], day('2010-01-01')).ok).toBe(true);
  });
});
