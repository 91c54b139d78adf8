import fc from 'fast-check';
import { Period } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { caseloadSeries, caseloadSeriesPoints, monthlyFte } from './caseload-series.js';
import { cellAt, countOf, valueOf } from './table.js';
import { d, discharged, enrollment, enrollmentArb, period, post } from './test-support/builders.js';

const janFeb = period('2024-01-01', '2024-03-01');

// Posts: m1/c1 1.00 all year; m1/c2 0.50 from 16 Jan (16 of 31 days in January);
// m2/c3 1.00 in February only.
const posts = [
  post('m1', 'c1', 100, '2023-01-01', '2025-01-01'),
  post('m1', 'c2', 50, '2024-01-16', '2025-01-01'),
  post('m2', 'c3', 100, '2024-02-01', '2024-03-01'),
];
const rows = [
  enrollment({ municipalityId: 'm1', coachId: 'c1', enrolledOn: d('2023-06-01') }), // Jan, Feb
  enrollment({ municipalityId: 'm1', coachId: 'c1', enrolledOn: d('2024-01-31') }), // Jan (last day), Feb
  discharged('2024-02-01', 'employment', {
    municipalityId: 'm1',
    coachId: 'c2',
    enrolledOn: d('2023-01-01'),
  }), // Jan only
  enrollment({ municipalityId: 'm2', coachId: 'c3', enrolledOn: d('2024-02-29') }), // Feb only
  discharged('2023-12-31', 'employment', { municipalityId: 'm1', coachId: 'c1' }), // before the range
  enrollment({ municipalityId: 'm2', coachId: 'c3', enrolledOn: d('2024-03-01') }), // after the range
];

describe('monthlyFte', () => {
  it('weights posts by the days they cover in the month', () => {
    // 100 × 31/31 + 50 × 16/31 = 125.806… hundredths.
    expect(monthlyFte(posts.slice(0, 2), Period.month(2024, 1))).toBeCloseTo(100 + (50 * 16) / 31);
    expect(monthlyFte(posts, Period.month(2024, 2))).toBe(250);
    expect(monthlyFte([], Period.month(2024, 2))).toBe(0);
  });
});

describe('caseloadSeriesPoints', () => {
  it('counts participants active on any day of the month per municipality', () => {
    const points = caseloadSeriesPoints(rows, posts, { range: janFeb, by: 'municipality' });
    const at = (month: string, unit: string) =>
      points.find((p) => p.month === month && p.unitId === unit);
    // January m1: three active; FTE 1.258 → 3 / 1.258… = 2.38.
    expect(at('2024-01', 'm1')?.active).toBe(3);
    expect(at('2024-01', 'm1')?.caseloadPerFte).toBeCloseTo(300 / (100 + (50 * 16) / 31));
    // January m2: nobody, no FTE → no caseload, no band.
    expect(at('2024-01', 'm2')?.active).toBe(0);
    expect(at('2024-01', 'm2')?.caseloadPerFte).toBeNull();
    expect(at('2024-01', 'm2')?.ipsBand).toBeNull();
    // February: the one discharged on 1 Feb is not active; m1 2 / 1.5, m2 1 / 1.
    expect(at('2024-02', 'm1')?.active).toBe(2);
    expect(at('2024-02', 'm1')?.caseloadPerFte).toBeCloseTo(2 / 1.5);
    expect(at('2024-02', 'm2')?.active).toBe(1);
    // Totals: February 3 / 2.5 = 1.2, band 5.
    expect(at('2024-02', 'total')?.caseloadPerFte).toBeCloseTo(1.2);
    expect(at('2024-02', 'total')?.ipsBand).toBe(5);
  });

  it('counts per coach, with unfilled posts left out', () => {
    const points = caseloadSeriesPoints(
      rows,
      [...posts, post('m1', null, 100, '2024-01-01', '2025-01-01')],
      {
        range: janFeb,
        by: 'coach',
      },
    );
    const jan = points.filter((p) => p.month === '2024-01');
    expect(jan.map((p) => p.unitId)).toEqual(['c1', 'c2', 'c3', 'total']);
    // c2: one participant on 0.258 FTE → 3.875.
    expect(jan.find((p) => p.unitId === 'c2')?.caseloadPerFte).toBeCloseTo(
      1 / ((50 * 16) / 31 / 100),
    );
  });

  it('bands the caseload by IPS-25 item 1 and flags above the target', () => {
    const many = Array.from({ length: 42 }, () => enrollment({ enrolledOn: d('2023-01-01') }));
    const [point] = caseloadSeriesPoints(
      many,
      [post('m1', 'c1', 100, '2023-01-01', '2025-01-01')],
      {
        range: period('2024-01-01', '2024-02-01'),
        by: 'municipality',
      },
    );
    // 42 per 1.00 FTE → ≥ 41 → score 1.
    expect(point?.ipsBand).toBe(1);
    expect(point?.overTarget).toBe(true);
    expect(point?.target).toBe(20);
  });

  it('property: units add up to the month total and bands follow the caseload', () => {
    fc.assert(
      fc.property(fc.array(enrollmentArb, { maxLength: 50 }), (sample) => {
        const points = caseloadSeriesPoints(sample, posts, {
          range: period('2023-01-01', '2024-07-01'),
          by: 'coach',
        });
        const months = new Set(points.map((p) => p.month));
        expect(months.size).toBe(18);
        for (const month of months) {
          const inMonth = points.filter((p) => p.month === month);
          const total = inMonth.find((p) => p.unitId === 'total');
          const sum = inMonth.filter((p) => p.unitId !== 'total').reduce((a, p) => a + p.active, 0);
          expect(sum).toBe(total?.active);
          for (const p of inMonth) {
            expect(p.ipsBand === null).toBe(p.caseloadPerFte === null);
          }
        }
      }),
    );
  });
});

describe('caseloadSeries', () => {
  it('is a table with a sum group per month', () => {
    const table = caseloadSeries(rows, posts, {
      range: janFeb,
      by: 'municipality',
      labels: { m1: 'Eksjö' },
    });
    expect(table.rows.map((row) => row.key)).toEqual([
      '2024-01|m1',
      '2024-01|m2',
      '2024-01|total',
      '2024-02|m1',
      '2024-02|m2',
      '2024-02|total',
    ]);
    expect(table.rows[0]?.label.sv).toBe('2024-01 Eksjö');
    expect(table.rows[2]?.role).toBe('total');
    expect(countOf(cellAt(table, '2024-01|total', 'active'))).toBe(3);
    // FTE shown in decimal: 1.258… rounds to 1.26.
    expect(valueOf(cellAt(table, '2024-01|m1', 'fte'))).toBe(1.26);
    expect(valueOf(cellAt(table, '2024-02|m2', 'ips_band'))).toBe(5);
    expect(valueOf(cellAt(table, '2024-02|m2', 'target'))).toBe(20);
  });
});
