import { describe, expect, it } from 'vitest';
import type { CodeListData } from '../api/types';
import { codeListChoices } from './codeListChoices';

const entry = (code: string, labelSv: string, validUntil: string | null = null) => ({
  code,
  labelSv,
  labelEn: `${code} (en)`,
  validFrom: '2018-01-01',
  validUntil,
});

const lists: CodeListData[] = [
  {
    id: 'INCOME_SOURCE',
    version: 2,
    entries: [entry('salary', 'Lön'), entry('old_benefit', 'Gammal ersättning', '2026-01-01')],
  },
  { id: 'DISCHARGE_REASON', version: 1, entries: [entry('got_work', 'Fått arbete')] },
];

describe('code list choices', () => {
  it("offer a list's codes valid on the day, in Swedish or English", () => {
    expect(codeListChoices(lists, 'INCOME_SOURCE', 'sv', '2025-12-31')).toEqual([
      { id: 'salary', name: 'Lön' },
      { id: 'old_benefit', name: 'Gammal ersättning' },
    ]);
    expect(codeListChoices(lists, 'INCOME_SOURCE', 'en', '2026-01-01')).toEqual([
      { id: 'salary', name: 'salary (en)' },
    ]);
  });

  it('offer nothing for a list not (yet) loaded', () => {
    expect(codeListChoices([], 'OCCUPATION_AFTER', 'sv', '2026-01-01')).toEqual([]);
  });
});
