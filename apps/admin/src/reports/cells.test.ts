import { describe, expect, it } from 'vitest';
import { REPORT_CHOICES, cellFor, cellText, csvFileName, reportQueryOf, valueText } from './cells';

const NBSP = '\u00a0';

describe('report cells', () => {
  it('shows suppressed cells as a dash', () => {
    expect(cellText({ column: 'a', count: null, share: null, value: null, suppressed: true })).toBe(
      '–',
    );
  });
  it('shows count with share, a bare share, or a value', () => {
    expect(cellText({ column: 'a', count: 12, share: 0.4, value: null, suppressed: false })).toBe(
      `12 (40${NBSP}%)`,
    );
    expect(
      cellText({ column: 'a', count: null, share: 0.355, value: null, suppressed: false }),
    ).toBe(`36${NBSP}%`);
    expect(
      cellText({ column: 'a', count: null, share: null, value: 3.25, suppressed: false }),
    ).toBe('3,3');
    expect(cellText(undefined)).toBe('');
  });
  it('finds a row cell by column and names the CSV file', () => {
    const row = {
      key: 'r',
      label: 'R',
      labelEn: 'R',
      cells: [{ column: 'x', count: 1, share: null, value: null, suppressed: false }],
    };
    expect(cellFor(row, 'x')?.count).toBe(1);
    expect(cellFor(row, 'y')).toBeUndefined();
    expect(csvFileName('outcomeReport', '2025-01-01', '2025-06-30')).toBe(
      'outcomeReport_2025-01-01_2025-06-30.csv',
    );
  });
  it('shows values in their unit: goals in percent, costs in kronor, averages with a decimal', () => {
    const value = (v: number) => ({
      column: 'a',
      count: null,
      share: null,
      value: v,
      suppressed: false,
    });
    expect([0.35, 0.8, 0.95].map((goal) => cellText(value(goal), 'share'))).toEqual([
      `35${NBSP}%`,
      `80${NBSP}%`,
      `95${NBSP}%`,
    ]);
    expect(cellText(value(80924913), 'ore')).toBe(`809${NBSP}249${NBSP}kr`);
    expect(valueText(3.1, 'score')).toBe('3,1');
    expect(valueText(3, 'score')).toBe('3,0');
    expect(valueText(0.5, 'fte')).toBe('0,5');
  });
});

describe('report choices', () => {
  it('offers the durable outcome as the outcome report grouped durable', () => {
    expect(REPORT_CHOICES.slice(0, 2)).toEqual(['outcomeReport', 'durableOutcome']);
    expect(reportQueryOf('durableOutcome')).toEqual({ name: 'outcomeReport', groupBy: 'durable' });
    expect(reportQueryOf('afterSupportReport')).toEqual({ name: 'afterSupportReport' });
  });
  it('offers income before → during and during → after beside before → after', () => {
    const at = REPORT_CHOICES.indexOf('transitionMatrix');
    expect(REPORT_CHOICES.slice(at - 2, at + 1)).toEqual([
      'incomeBeforeDuring',
      'incomeDuringAfter',
      'transitionMatrix',
    ]);
    expect(reportQueryOf('incomeBeforeDuring')).toEqual({
      name: 'transitionMatrix',
      groupBy: 'beforeDuring',
    });
    expect(reportQueryOf('incomeDuringAfter')).toEqual({
      name: 'transitionMatrix',
      groupBy: 'duringAfter',
    });
    expect(reportQueryOf('transitionMatrix')).toEqual({ name: 'transitionMatrix' });
  });
});
