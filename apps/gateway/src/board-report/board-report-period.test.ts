import { describe, expect, it } from 'vitest';
import {
  boardReportPeriodEnded,
  boardReportRange,
  boardReportTitle,
} from './board-report-period.js';

describe('board report periods', () => {
  it('T1 is January–April, T2 January–August, the annual report the year (half-open)', () => {
    expect(boardReportRange(2026, 'T1')).toEqual({ from: '2026-01-01', to: '2026-05-01' });
    expect(boardReportRange(2026, 'T2')).toEqual({ from: '2026-01-01', to: '2026-09-01' });
    expect(boardReportRange(2026, 'ANNUAL')).toEqual({ from: '2026-01-01', to: '2027-01-01' });
  });

  it('names the documents in Swedish', () => {
    expect(boardReportTitle(2026, 'T2')).toBe('Delårsrapport T2 2026');
    expect(boardReportTitle(2026, 'ANNUAL')).toBe('Årsrapport 2026');
  });

  it('a period has ended from the day after its last day', () => {
    expect(boardReportPeriodEnded(2026, 'T2', '2026-08-31')).toBe(false);
    expect(boardReportPeriodEnded(2026, 'T2', '2026-09-01')).toBe(true);
    expect(boardReportPeriodEnded(2026, 'ANNUAL', '2026-12-31')).toBe(false);
  });
});
