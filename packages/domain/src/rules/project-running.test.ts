import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../core/local-date.js';
import { requireProjectRunning } from './project-running.js';

const day = (text: string) => text as LocalDate;
const project = { period: { start: day('2018-01-01'), end: day('2021-01-01') } };

describe('requireProjectRunning', () => {
  it('takes the first and the last day of the project', () => {
    expect(requireProjectRunning(project, day('2018-01-01'), 'receivedOn')).toEqual({
      ok: true,
      value: '2018-01-01',
    });
    expect(requireProjectRunning(project, day('2020-12-31'), 'receivedOn').ok).toBe(true);
  });

  it('refuses the end day (half-open), later days and days before the start', () => {
    for (const on of ['2021-01-01', '2026-10-01', '2017-12-31'])
      expect(requireProjectRunning(project, day(on), 'receivedOn')).toMatchObject({
        ok: false,
        error: { code: 'PROJECT.NOT_RUNNING', field: 'receivedOn' },
      });
  });
});
