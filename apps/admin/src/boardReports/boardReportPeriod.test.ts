import { describe, expect, it } from 'vitest';
import { boardReportRange, boardReportTitle, isBoardReportPeriod } from './boardReportPeriod';

describe('board report periods', () => {
  it('T1 runs January–April, T2 January–August, the year report the whole year (half-open)', () => {
    expect(boardReportRange(2026, 'T1')).toEqual({ from: '2026-01-01', to: '2026-05-01' });
    expect(boardReportRange(2026, 'T2')).toEqual({ from: '2026-01-01', to: '2026-09-01' });
    expect(boardReportRange(2026, 'ANNUAL')).toEqual({ from: '2026-01-01', to: '2027-01-01' });
  });

  it('names the document in Swedish and knows only the three periods', () => {
    expect(boardReportTitle(2026, 'T2')).toBe('Delårsrapport T2 2026');
    expect(boardReportTitle(2025, 'ANNUAL')).toBe('Årsrapport 2025');
    expect(isBoardReportPeriod('T3')).toBe(false);
    expect(isBoardReportPeriod('T1')).toBe(true);
  });
});
