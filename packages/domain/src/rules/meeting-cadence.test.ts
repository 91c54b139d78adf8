import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../core/local-date.js';
import { Period } from '../core/period.js';
import { meetingCadence, meetingWindow } from './meeting-cadence.js';

const day = (text: string) => text as LocalDate;

// "I varje deltagande kommun finns en SE-grupp … De träffas varje månad" (project description).
describe('SE-group meetings are monthly', () => {
  it('judges only whole months before the month under way', () => {
    expect(meetingWindow(day('2026-12-03'), 12)).toEqual({
      start: '2025-12-01',
      end: '2026-12-01',
    });
  });

  it('never looks before the project or after its end', () => {
    const project = Period.of(day('2018-01-15'), day('2021-01-01'));
    expect(meetingWindow(day('2026-12-03'), 120, project)).toEqual({
      start: '2018-02-01',
      end: '2021-01-01',
    });
    expect(meetingWindow(day('2018-01-20'), 12, project)).toEqual({
      start: '2018-02-01',
      end: '2018-02-01',
    });
  });

  it('is on time when every month had a meeting', () => {
    const held = ['2026-01-14', '2026-02-11', '2026-03-31'].map(day);
    const window = Period.of(day('2026-01-01'), day('2026-04-01'));
    expect(meetingCadence(held, window)).toEqual({
      months: 3,
      monthsMet: 3,
      missedMonths: [],
      lastHeldOn: '2026-03-31',
      behind: false,
    });
  });

  it('does not count the month under way as missed', () => {
    // Met in October; on 30 November the November meeting may still come.
    const window = meetingWindow(day('2026-11-30'), 1);
    expect(meetingCadence([day('2026-10-07')], window).behind).toBe(false);
    // On 1 December November has passed without a meeting.
    const after = meetingWindow(day('2026-12-01'), 1);
    expect(meetingCadence([day('2026-10-07')], after)).toMatchObject({
      missedMonths: ['2026-11'],
      behind: true,
    });
  });

  it('counts a month with two meetings once and a skipped month as missed (hand-computed)', () => {
    // Jan twice, Feb none, Mar once, Apr none, May once: met in 3 of 5 months.
    const held = ['2026-05-20', '2026-01-05', '2026-01-26', '2026-03-09', '2025-12-15'].map(day);
    const window = Period.of(day('2026-01-01'), day('2026-06-01'));
    expect(meetingCadence(held, window)).toEqual({
      months: 5,
      monthsMet: 3,
      missedMonths: ['2026-02', '2026-04'],
      lastHeldOn: '2026-05-20',
      behind: true,
    });
  });

  it('flags a group that met in 17 of 36 months', () => {
    const project = Period.of(day('2018-01-01'), day('2021-01-01'));
    const held: LocalDate[] = [];
    for (let i = 0; i < 36; i += 2) {
      if (held.length === 17) break;
      const year = 2018 + Math.floor(i / 12);
      const month = String((i % 12) + 1).padStart(2, '0');
      held.push(day(`${year}-${month}-10`));
    }
    const cadence = meetingCadence(held, meetingWindow(day('2026-12-03'), 120, project));
    expect(cadence.months).toBe(36);
    expect(cadence.monthsMet).toBe(17);
    expect(cadence.missedMonths).toHaveLength(19);
    expect(cadence.behind).toBe(true);
  });

  it('has no last meeting when the group never met', () => {
    const window = Period.of(day('2026-01-01'), day('2026-03-01'));
    expect(meetingCadence([day('2026-03-02')], window)).toMatchObject({
      monthsMet: 0,
      lastHeldOn: null,
      missedMonths: ['2026-01', '2026-02'],
    });
  });
});
