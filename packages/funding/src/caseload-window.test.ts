import { LocalDate } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseloadWindow, meanCaseload, meanCaseloadOfMonths } from './caseload-window.js';

describe('caseloadWindow: the last N whole months', () => {
  it('looks at January–June 2019 for a plan from 1 July 2019', () => {
    const window = caseloadWindow(LocalDate.from('2019-07-01'), 6);
    expect(window).toEqual({
      ok: true,
      value: {
        period: { start: '2019-01-01', end: '2019-07-01' },
        months: ['2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06'],
      },
    });
  });

  it('leaves out the month under way and crosses the new year', () => {
    const window = caseloadWindow(LocalDate.from('2027-01-15'), 3);
    expect(window.ok && window.value.months).toEqual(['2026-10', '2026-11', '2026-12']);
  });

  it('refuses 0, fractions and more than 36 months', () => {
    for (const n of [0, 2.5, 37, Number.NaN]) {
      expect(caseloadWindow(LocalDate.from('2019-07-01'), n)).toMatchObject({
        ok: false,
        error: { code: 'REALLOCATION.BAD_WINDOW', field: 'windowMonths' },
      });
    }
  });
});

describe('meanCaseload: follow the caseload over time, not one day', () => {
  it('averages each unit over the window, a missing month counting as no one', () => {
    const window = caseloadWindow(LocalDate.from('2019-07-01'), 6);
    if (!window.ok) throw new Error(window.error.code);
    // Aneby had 9 active on 1 July after a spring of 4 and 5; Nässjö none in January.
    const counts = [
      { month: '2019-01', unitId: 'aneby', active: 4 },
      { month: '2019-02', unitId: 'aneby', active: 4 },
      { month: '2019-03', unitId: 'aneby', active: 5 },
      { month: '2019-04', unitId: 'aneby', active: 5 },
      { month: '2019-05', unitId: 'aneby', active: 5 },
      { month: '2019-06', unitId: 'aneby', active: 7 },
      { month: '2019-07', unitId: 'aneby', active: 9 }, // after the window: ignored
      { month: '2019-02', unitId: 'nassjo', active: 30 },
      { month: '2019-03', unitId: 'nassjo', active: 30 },
      { month: '2019-03', unitId: 'nassjo', active: 6 }, // the same month twice: added
      { month: '2019-06', unitId: 'other', active: 99 }, // not asked for: ignored
    ];
    expect(meanCaseload(counts, window.value, ['aneby', 'nassjo', 'eksjo'])).toEqual({
      aneby: 5,
      nassjo: 11,
      eksjo: 0,
    });
  });
});

describe('meanCaseloadOfMonths: the same mean from participant-months', () => {
  it('equals meanCaseload of the monthly counts whose sums it is given', () => {
    const window = caseloadWindow(LocalDate.from('2026-07-01'), 6);
    if (!window.ok) throw new Error('window');
    const units = ['a', 'b', 'c'];
    const month = fc.constantFrom(...window.value.months, '2025-12', '2026-07');
    const count = fc.record({ month, unitId: fc.constantFrom(...units, 'x'), active: fc.nat(50) });
    fc.assert(
      fc.property(fc.array(count, { maxLength: 40 }), (counts) => {
        const months: Record<string, number> = {};
        for (const c of counts)
          if (window.value.months.includes(c.month))
            months[c.unitId] = (months[c.unitId] ?? 0) + c.active;
        expect(meanCaseloadOfMonths(months, window.value, units)).toEqual(
          meanCaseload(counts, window.value, units),
        );
      }),
    );
  });
});
