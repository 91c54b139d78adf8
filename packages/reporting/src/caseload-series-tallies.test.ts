import { LocalDate, type Period, Period as P } from '@finsam-se/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CaseloadCount,
  type CaseloadCountOptions,
  type CaseloadUnit,
  caseloadCounts,
  caseloadSeriesPoints,
  caseloadSeriesPointsFromCounts,
} from './caseload-series.js';
import type { EnrollmentRow, PostRow } from './rows.js';
import { d, enrollment, enrollmentArb, period, post } from './test-support/builders.js';

/**
 * Counts the way a database would: every month of the range joined to every enrollment,
 * the month's bounds cut to the range (`greatest`/`least`), grouped by (month, unit), with
 * no pre-filter on the range, and given back in reverse and with one count split in two.
 */
function countLikeSql(
  rows: readonly EnrollmentRow[],
  { range, by }: CaseloadCountOptions,
): CaseloadCount[] {
  const groups = new Map<string, CaseloadCount>();
  for (const month of P.months(range)) {
    const first = LocalDate.max(month.start, range.start);
    const next = LocalDate.min(month.end, range.end);
    for (const row of rows) {
      if (!(row.enrolledOn < next && (row.dischargedOn === null || row.dischargedOn > first)))
        continue;
      const unitId = by === 'coach' ? row.coachId : row.municipalityId;
      const id = `${month.start}|${unitId}`;
      const seen = groups.get(id);
      groups.set(id, { month: month.start.slice(0, 7), unitId, active: (seen?.active ?? 0) + 1 });
    }
  }
  const counts = [...groups.values()].reverse();
  const [head, ...rest] = counts;
  if (head === undefined || head.active < 2) return counts;
  const half = Math.floor(head.active / 2);
  return [{ ...head, active: half }, ...rest, { ...head, active: head.active - half }];
}

const dayArb = fc
  .integer({ min: 0, max: 4 * 365 })
  .map((offset) => LocalDate.addDays(d('2022-01-01'), offset));

/** Any non-empty range over the rows' years, whole months or not. */
const rangeArb: fc.Arbitrary<Period> = fc
  .tuple(dayArb, fc.integer({ min: 1, max: 800 }))
  .map(([start, days]) => P.of(start, LocalDate.addDays(start, days)));

/** Posts of municipalities, filled by a coach or not. */
const postArb: fc.Arbitrary<PostRow> = fc
  .record({
    municipality: fc.constantFrom('m1', 'm2', 'm3', 'm4'),
    coach: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', null),
    fte: fc.integer({ min: 0, max: 200 }),
    start: dayArb,
    days: fc.integer({ min: 1, max: 900 }),
  })
  .map((p) => post(p.municipality, p.coach, p.fte, p.start, LocalDate.addDays(p.start, p.days)));

/** Enrollments discharged on the day they began: active in no month that starts on that day. */
const sameDayArb: fc.Arbitrary<EnrollmentRow> = fc
  .tuple(dayArb, fc.constantFrom('m1', 'm2'), fc.constantFrom('c1', 'c2'))
  .map(([on, municipalityId, coachId]) =>
    enrollment({ enrolledOn: on, dischargedOn: on, municipalityId, coachId }),
  );

const rowsArb = fc
  .tuple(fc.array(enrollmentArb, { maxLength: 60 }), fc.array(sameDayArb, { maxLength: 5 }))
  .map(([rows, sameDay]) => [...rows, ...sameDay]);

const units: readonly CaseloadUnit[] = ['municipality', 'coach'];

describe('caseloadSeriesPointsFromCounts', () => {
  it('property: rows → points equals counts (made as SQL makes them, any order) → points', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.array(postArb, { maxLength: 8 }),
        rangeArb,
        fc.constantFrom(...units),
        fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
        (rows, posts, range, by, targetPerFte) => {
          const options = { range, by, ...(targetPerFte === undefined ? {} : { targetPerFte }) };
          const fromRows = caseloadSeriesPoints(rows, posts, options);
          expect(
            caseloadSeriesPointsFromCounts(countLikeSql(rows, options), posts, options),
          ).toEqual(fromRows);
          expect(
            caseloadSeriesPointsFromCounts([...caseloadCounts(rows, options)].reverse(), posts, {
              ...options,
            }),
          ).toEqual(fromRows);
        },
      ),
    );
  });

  it('property: the count step gives each (month, unit) once, only where someone is active', () => {
    fc.assert(
      fc.property(rowsArb, rangeArb, fc.constantFrom(...units), (rows, range, by) => {
        const counts = caseloadCounts(rows, { range, by });
        const ids = counts.map((c) => `${c.month}|${c.unitId}`);
        expect(new Set(ids).size).toBe(ids.length);
        for (const c of counts) expect(c.active).toBeGreaterThan(0);
        const sql = countLikeSql(rows, { range, by });
        const total = (list: readonly CaseloadCount[]) => list.reduce((s, c) => s + c.active, 0);
        expect(total(counts)).toBe(total(sql));
      }),
    );
  });

  it('builds the same points from no counts as from no rows, with and without posts', () => {
    const range = period('2024-01-15', '2024-04-01');
    const posts = [post('m1', 'c1', 100, '2024-02-01', '2024-03-01')];
    for (const by of units) {
      for (const withPosts of [[], posts]) {
        const fromCounts = caseloadSeriesPointsFromCounts([], withPosts, { range, by });
        expect(fromCounts).toEqual(caseloadSeriesPoints([], withPosts, { range, by }));
      }
    }
    // No posts, nobody active: one total per month, empty.
    const empty = caseloadSeriesPointsFromCounts([], [], { range, by: 'municipality' });
    expect(empty.map((p) => [p.month, p.unitId, p.active, p.caseloadPerFte])).toEqual([
      ['2024-01', 'total', 0, null],
      ['2024-02', 'total', 0, null],
      ['2024-03', 'total', 0, null],
    ]);
  });

  it('keeps a unit at zero in the months when nobody is active, as the rows path does', () => {
    const range = period('2024-01-01', '2024-05-01');
    const rows = [
      enrollment({
        municipalityId: 'm2',
        enrolledOn: d('2023-10-01'),
        dischargedOn: d('2024-02-01'),
      }),
      enrollment({ municipalityId: 'm2', enrolledOn: d('2024-04-30') }),
    ];
    const options = { range, by: 'municipality' as const };
    const points = caseloadSeriesPointsFromCounts(caseloadCounts(rows, options), [], options);
    expect(points).toEqual(caseloadSeriesPoints(rows, [], options));
    expect(points.filter((p) => p.unitId === 'm2').map((p) => [p.month, p.active])).toEqual([
      ['2024-01', 1],
      ['2024-02', 0],
      ['2024-03', 0],
      ['2024-04', 1],
    ]);
  });

  it('counts only the part of a first or last month that the range covers', () => {
    // Discharged on the range's first day, enrolled on its end: active on no day of it.
    const range = period('2024-01-15', '2024-03-10');
    const rows = [
      enrollment({ enrolledOn: d('2023-06-01'), dischargedOn: d('2024-01-15') }),
      enrollment({ enrolledOn: d('2024-03-10') }),
      enrollment({ enrolledOn: d('2024-01-10'), dischargedOn: d('2024-01-16') }),
      enrollment({ enrolledOn: d('2024-03-09') }),
    ];
    expect(caseloadCounts(rows, { range, by: 'municipality' })).toEqual([
      { month: '2024-01', unitId: 'm1', active: 1 },
      { month: '2024-03', unitId: 'm1', active: 1 },
    ]);
  });

  it('adds repeated (month, unit) counts and leaves out units counted zero only', () => {
    const range = period('2024-01-01', '2024-03-01');
    const points = caseloadSeriesPointsFromCounts(
      [
        { month: '2024-01', unitId: 'm1', active: 2 },
        { month: '2024-01', unitId: 'm1', active: 3 },
        { month: '2024-02', unitId: 'm9', active: 0 },
      ],
      [],
      { range, by: 'municipality' },
    );
    expect(points.map((p) => [p.month, p.unitId, p.active])).toEqual([
      ['2024-01', 'm1', 5],
      ['2024-01', 'total', 5],
      ['2024-02', 'm1', 0],
      ['2024-02', 'total', 0],
    ]);
  });

  it('rejects counts that are not whole enrollments, or of a month outside the range', () => {
    const options = { range: period('2024-01-01', '2024-03-01'), by: 'coach' as const };
    for (const active of [-1, 0.5, Number.NaN])
      expect(() =>
        caseloadSeriesPointsFromCounts([{ month: '2024-01', unitId: 'c1', active }], [], options),
      ).toThrow(RangeError);
    for (const month of ['2023-12', '2024-03', '2024-1'])
      expect(() =>
        caseloadSeriesPointsFromCounts([{ month, unitId: 'c1', active: 1 }], [], options),
      ).toThrow(RangeError);
  });
});
