import { describe, expect, it } from 'vitest';
import type { ReportTable } from '../api/types';
import { hasFigures, reportChartOf } from './reportChartData';
import { budgetChartOf } from './dashboardChartData';

const column = (key: string, label: string, unit: 'persons' | 'share' = 'persons') => ({
  key,
  label,
  labelEn: label.toUpperCase(),
  unit,
});
const cell = (
  column: string,
  fields: { count?: number; share?: number; value?: number; suppressed?: boolean },
) => ({
  column,
  count: fields.count ?? null,
  share: fields.share ?? null,
  value: fields.value ?? null,
  suppressed: fields.suppressed ?? false,
});

function table(partial: Pick<ReportTable, 'columns' | 'rows'>): ReportTable {
  return { title: 'T', titleEn: 'T', notes: [], notesEn: [], csv: '', ...partial };
}

describe('the chart of a report', () => {
  it('draws the outcome share per municipality against the goal, a hidden share as none', () => {
    const outcome = table({
      columns: [column('work_or_studies', 'Arbete eller studier'), column('goal', 'Mål', 'share')],
      rows: [
        {
          key: 'm1',
          label: 'Eksjö',
          labelEn: 'Eksjö',
          cells: [
            cell('work_or_studies', { count: 9, share: 0.4286 }),
            cell('goal', { value: 0.4 }),
          ],
        },
        {
          key: 'm2',
          label: 'Aneby',
          labelEn: 'Aneby',
          cells: [cell('work_or_studies', { suppressed: true }), cell('goal', { value: 0.4 })],
        },
      ],
    });
    const chart = reportChartOf('outcomeReport', outcome, 'sv');
    expect(chart?.kind).toBe('goal');
    expect(chart?.series.map((s) => s.label)).toEqual(['Arbete eller studier', 'Mål']);
    expect(chart?.rows).toEqual([
      { category: 'Eksjö', share: 42.9, goal: 40 },
      { category: 'Aneby', share: null, goal: 40 },
    ]);
  });

  it('stacks referrals per month from the month totals only, in English labels', () => {
    const states = ['accepted', 'not_now', 'declined', 'escalated', 'pending'];
    const row = (key: string, counts: number[]) => ({
      key,
      label: key,
      labelEn: key,
      cells: states.map((s, i) => cell(s, { count: counts[i] ?? 0 })),
    });
    const referrals = table({
      columns: states.map((s) => column(s, s)),
      rows: [row('2026-01|m1', [1, 1, 1, 1, 1]), row('2026-01|total', [5, 0, 2, 0, 1])],
    });
    const chart = reportChartOf('referralStats', referrals, 'en');
    expect(chart?.kind).toBe('stacked');
    expect(chart?.series.map((s) => s.label)).toEqual(states.map((s) => s.toUpperCase()));
    expect(chart?.rows).toEqual([
      { category: '2026-01', accepted: 5, not_now: 0, declined: 2, escalated: 0, pending: 1 },
    ]);
  });

  it('groups the income transition by the source before, leaving out the totals', () => {
    const transition = table({
      columns: [column('salary', 'Lön'), column('none', 'Ingen'), column('total', 'Totalt')],
      rows: ['salary', 'none', 'total'].map((key) => ({
        key,
        label: key,
        labelEn: key,
        cells: [
          cell('salary', { count: 3 }),
          cell('none', { count: 2 }),
          cell('total', { count: 5 }),
        ],
      })),
    });
    const chart = reportChartOf('incomeBeforeDuring', transition, 'sv');
    expect(chart?.kind).toBe('grouped');
    expect(chart?.series.map((s) => s.key)).toEqual(['salary', 'none']);
    expect(chart?.rows.map((r) => r.category)).toEqual(['salary', 'none']);
  });

  it('has no figures for an empty period, and no chart for a table-only report', () => {
    const empty = table({ columns: [column('reached', 'Nådde')], rows: [] });
    const funnel = reportChartOf('phaseFunnel', empty, 'sv');
    expect(funnel?.kind).toBe('funnel');
    expect(funnel && hasFigures(funnel)).toBe(false);
    expect(reportChartOf('fidelityReport', empty, 'sv')).toBeNull();
    const zeros = budgetChartOf(0, 0, { budget: 'B', committed: 'C', amount: 'A' });
    expect(hasFigures(zeros)).toBe(false);
    expect(hasFigures(budgetChartOf(100, 0, { budget: 'B', committed: 'C', amount: 'A' }))).toBe(
      true,
    );
  });
});
