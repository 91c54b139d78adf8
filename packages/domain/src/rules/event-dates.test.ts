import { describe, expect, it } from 'vitest';
import { LocalDate } from '../core/local-date.js';
import {
  FOLLOW_UP_EARLIEST_DAYS_BEFORE_DUE,
  followUpOpensOn,
  followUpRecordable,
  followUpsRecordableDueBefore,
  happenedBy,
  placementStartAllowed,
} from './event-dates.js';

const d = (text: string) => LocalDate.from(text);
const codeOf = (result: { ok: boolean; error?: { code: string } }) =>
  result.ok ? 'ok' : result.error?.code;

describe('events are dated today at the latest', () => {
  it('accepts today and earlier, refuses tomorrow naming the field', () => {
    expect(happenedBy(d('2026-12-03'), d('2026-12-03'))).toEqual({ ok: true, value: '2026-12-03' });
    expect(codeOf(happenedBy(d('2026-01-01'), d('2026-12-03')))).toBe('ok');
    const future = happenedBy(d('2026-12-04'), d('2026-12-03'), 'on');
    expect(future).toMatchObject({ ok: false, error: { code: 'DATE.IN_FUTURE', field: 'on' } });
  });
});

describe('a placement starts within its enrollment', () => {
  const enrollment = { enrolledOn: d('2026-03-01') };
  it('refuses a start before the enrollment, accepts the enrollment day and later', () => {
    expect(placementStartAllowed(enrollment, d('2026-02-28'))).toMatchObject({
      ok: false,
      error: { code: 'PLACEMENT.BEFORE_ENROLLMENT', field: 'startedOn' },
    });
    expect(codeOf(placementStartAllowed(enrollment, d('2026-03-01')))).toBe('ok');
    expect(codeOf(placementStartAllowed(enrollment, d('2027-01-10')))).toBe('ok');
  });
});

describe('a follow-up is recorded from four weeks before it is due, never in the future', () => {
  const followUp = { dueOn: d('2027-03-01') };
  it('opens 28 days before the due date', () => {
    expect(FOLLOW_UP_EARLIEST_DAYS_BEFORE_DUE).toBe(28);
    expect(followUpOpensOn(followUp)).toBe('2027-02-01');
  });
  it('refuses a follow-up due in March 2027 recorded as done in December 2026', () => {
    expect(followUpRecordable(followUp, d('2026-12-03'), d('2026-12-03'))).toMatchObject({
      ok: false,
      error: { code: 'FOLLOW_UP.TOO_EARLY', field: 'doneOn' },
    });
  });
  it('accepts the first day of the window, the due date and later, up to today', () => {
    expect(codeOf(followUpRecordable(followUp, d('2027-02-01'), d('2027-02-01')))).toBe('ok');
    expect(codeOf(followUpRecordable(followUp, d('2027-01-31'), d('2027-02-01')))).toBe(
      'FOLLOW_UP.TOO_EARLY',
    );
    expect(codeOf(followUpRecordable(followUp, d('2027-04-15'), d('2027-05-01')))).toBe('ok');
  });
  it('lists as recordable today exactly the follow-ups whose window has opened', () => {
    const today = d('2027-02-01');
    const cutoff = followUpsRecordableDueBefore(today);
    expect(cutoff).toBe('2027-03-02');
    for (const dueOn of ['2027-03-01', '2027-03-02']) {
      const opened = followUpOpensOn({ dueOn: d(dueOn) }) <= today;
      expect(dueOn < cutoff).toBe(opened);
    }
  });
  it('refuses a done date after today', () => {
    expect(followUpRecordable(followUp, d('2027-03-02'), d('2027-03-01'))).toMatchObject({
      ok: false,
      error: { code: 'DATE.IN_FUTURE', field: 'doneOn' },
    });
  });
});
