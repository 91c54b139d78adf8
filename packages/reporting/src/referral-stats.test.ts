import fc from 'fast-check';
import { LocalDate, referralStates } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { referralStats } from './referral-stats.js';
import { cellAt, countOf, shareOf, valueOf } from './table.js';
import { count, d, period, referral } from './test-support/builders.js';

const janFeb = period('2024-01-01', '2024-03-01');

// January m1: accepted (5 d), declined (11 d), pending, not now (2 d) → 4 received, median 5.
// January m2: escalated (7 d). January total: 5 received, median of 2, 5, 7, 11 = 6.
// February m1: accepted the same day (0 d). Out of range: 1 March, 31 December.
const rows = [
  referral({ receivedOn: d('2024-01-10'), state: 'accepted', decidedOn: d('2024-01-15') }),
  referral({ receivedOn: d('2024-01-10'), state: 'declined', decidedOn: d('2024-01-21') }),
  referral({ receivedOn: d('2024-01-31'), state: 'received' }),
  referral({ receivedOn: d('2024-01-01'), state: 'not_now', decidedOn: d('2024-01-03') }),
  referral({
    municipalityId: 'm2',
    receivedOn: d('2024-01-20'),
    state: 'escalated',
    decidedOn: d('2024-01-27'),
  }),
  referral({ receivedOn: d('2024-02-29'), state: 'accepted', decidedOn: d('2024-02-29') }),
  referral({ receivedOn: d('2024-03-01'), state: 'accepted', decidedOn: d('2024-03-02') }),
  referral({ receivedOn: d('2023-12-31'), state: 'accepted', decidedOn: d('2024-01-02') }),
];

describe('referralStats', () => {
  const table = referralStats(rows, { range: janFeb, labels: { m1: 'Eksjö', m2: 'Nässjö' } });

  it('has a row per municipality and month and a total per month', () => {
    expect(table.rows.map((row) => row.key)).toEqual([
      '2024-01|m1',
      '2024-01|m2',
      '2024-01|total',
      '2024-02|m1',
      '2024-02|m2',
      '2024-02|total',
    ]);
    expect(table.rows[1]?.label.sv).toBe('2024-01 Nässjö');
  });

  it('counts by state', () => {
    expect(count(table, '2024-01|m1', 'received')).toBe(4);
    expect(count(table, '2024-01|m1', 'accepted')).toBe(1);
    expect(count(table, '2024-01|m1', 'declined')).toBe(1);
    expect(count(table, '2024-01|m1', 'not_now')).toBe(1);
    expect(count(table, '2024-01|m1', 'pending')).toBe(1);
    expect(shareOf(cellAt(table, '2024-01|m1', 'accepted'))).toBe(0.25);
    expect(count(table, '2024-01|m2', 'escalated')).toBe(1);
    expect(count(table, '2024-01|total', 'received')).toBe(5);
    expect(count(table, '2024-02|m1', 'received')).toBe(1);
    expect(count(table, '2024-02|m2', 'received')).toBe(0);
  });

  it('gives the median days to the first decision among those decided', () => {
    expect(valueOf(cellAt(table, '2024-01|m1', 'median_days_to_decision'))).toBe(5);
    expect(valueOf(cellAt(table, '2024-01|total', 'median_days_to_decision'))).toBe(6);
    expect(valueOf(cellAt(table, '2024-02|m1', 'median_days_to_decision'))).toBe(0);
    expect(valueOf(cellAt(table, '2024-02|m2', 'median_days_to_decision'))).toBeUndefined();
  });

  it('property: states add up to received, municipalities to the month total', () => {
    const referralArb = fc
      .record({
        municipality: fc.constantFrom('m1', 'm2', 'm3'),
        day: fc.integer({ min: 0, max: 400 }),
        state: fc.constantFrom(...referralStates),
        wait: fc.integer({ min: 0, max: 60 }),
      })
      .map(({ municipality, day, state, wait }) => {
        const receivedOn = LocalDate.addDays(d('2023-12-01'), day);
        return referral({
          municipalityId: municipality,
          receivedOn,
          state,
          decidedOn: state === 'received' ? null : LocalDate.addDays(receivedOn, wait),
        });
      });
    fc.assert(
      fc.property(fc.array(referralArb, { maxLength: 60 }), (sample) => {
        const t = referralStats(sample, { range: period('2024-01-01', '2025-01-01') });
        for (const row of t.rows) {
          const c = (key: string): number => countOf(row.cells[key]) ?? 0;
          expect(c('accepted') + c('not_now') + c('declined') + c('escalated') + c('pending')).toBe(
            c('received'),
          );
        }
        const months = new Set(t.rows.map((row) => row.sumGroup));
        expect(months.size).toBe(12);
        for (const month of months) {
          const inMonth = t.rows.filter((row) => row.sumGroup === month);
          const sum = inMonth
            .filter((row) => row.role === 'detail')
            .reduce((a, row) => a + (countOf(row.cells.received) ?? 0), 0);
          expect(sum).toBe(countOf(inMonth.find((row) => row.role === 'total')?.cells.received));
        }
      }),
    );
  });
});
