import { describe, expect, it } from 'vitest';
import { LocalDate } from '../core/local-date.js';
import { halfYearBounds, reminderKeys, seGroupMissedMonth } from './reminders.js';

const d = LocalDate.from;

describe('seGroupMissedMonth', () => {
  it('names the month just ended when the group did not meet in it', () => {
    expect(seGroupMissedMonth(d('2026-12-03'), [d('2026-10-14')])).toBe('2026-11');
  });
  it('is null when the group met in the month just ended', () => {
    expect(seGroupMissedMonth(d('2026-12-03'), [d('2026-11-30')])).toBeNull();
  });
  it('never counts the month under way, nor a meeting in it for the month before', () => {
    expect(seGroupMissedMonth(d('2026-12-31'), [d('2026-12-01')])).toBe('2026-11');
  });
  it('goes back over a new year', () => {
    expect(seGroupMissedMonth(d('2027-01-01'), [])).toBe('2026-12');
  });
});

describe('reminderKeys', () => {
  it('gives one key per due item, the same every time', () => {
    expect(reminderKeys.followUp('a')).toBe(reminderKeys.followUp('a'));
    expect(reminderKeys.attestation('m', 'p', '2026H1')).toBe('attestation:m:p:2026H1');
    expect(reminderKeys.seGroup('m', '2026-11')).not.toBe(reminderKeys.seGroup('m', '2026-10'));
  });
});

describe('halfYearBounds', () => {
  it('is half-open: H2 ends on the first of January', () => {
    expect(halfYearBounds('2026H2')).toEqual({ start: '2026-07-01', end: '2027-01-01' });
    expect(halfYearBounds('2026H1')).toEqual({ start: '2026-01-01', end: '2026-07-01' });
  });
});
