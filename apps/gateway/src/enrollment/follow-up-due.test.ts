import { LocalDate } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { followUpDueFilter } from './follow-up-due.js';

const today = LocalDate.from('2026-12-03');

describe("the coach's views of follow-ups", () => {
  it('to do: not done, due within four weeks or overdue', () => {
    expect(followUpDueFilter(today, { recordable: true })).toEqual({
      done: false,
      dueBefore: '2027-01-01',
    });
  });
  it('overdue: not done and past due', () => {
    expect(followUpDueFilter(today, { overdue: true })).toEqual({
      done: false,
      dueBefore: '2026-12-03',
    });
  });
  it('not yet open: not done, due later than four weeks from today', () => {
    expect(followUpDueFilter(today, { recordable: false })).toEqual({
      done: false,
      dueFrom: '2027-01-01',
    });
  });
  it('done alone passes through; done with a due view is nothing', () => {
    expect(followUpDueFilter(today, { done: true })).toEqual({ done: true });
    expect(followUpDueFilter(today, {})).toEqual({});
    expect(followUpDueFilter(today, { done: true, overdue: true })).toBeNull();
  });
});
