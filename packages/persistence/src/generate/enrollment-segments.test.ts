import { LocalDate, Period } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { enrollmentSegments } from './enrollment-segments.js';

const d = LocalDate.from;
const first = { period: Period.of(d('2018-01-01'), d('2021-01-01')) };
const continuation = { period: Period.of(d('2021-01-01'), d('2028-01-01')) };
const until = d('2026-11-01');

describe('a path cut at project ends', () => {
  it('keeps a discharge inside the project as it is', () => {
    expect(enrollmentSegments([first], d('2019-03-01'), d('2019-10-01'), until)).toEqual([
      { projectIndex: 0, from: '2019-03-01', dischargedOn: '2019-10-01', end: 'outcome' },
    ]);
  });

  it("discharges on the project's last day, not the day after, when nothing continues", () => {
    expect(enrollmentSegments([first], d('2020-06-01'), d('2021-03-01'), until)).toEqual([
      { projectIndex: 0, from: '2020-06-01', dischargedOn: '2020-12-31', end: 'project_ended' },
    ]);
  });

  it('carries a person still enrolled at the end into the continuation from its first day', () => {
    expect(
      enrollmentSegments([first, continuation], d('2020-06-01'), d('2021-03-01'), until),
    ).toEqual([
      { projectIndex: 0, from: '2020-06-01', dischargedOn: '2020-12-31', end: 'continues' },
      { projectIndex: 1, from: '2021-01-01', dischargedOn: '2021-03-01', end: 'outcome' },
    ]);
    expect(enrollmentSegments([first, continuation], d('2020-06-01'), null, until)).toEqual([
      { projectIndex: 0, from: '2020-06-01', dischargedOn: '2020-12-31', end: 'continues' },
      { projectIndex: 1, from: '2021-01-01', dischargedOn: null, end: null },
    ]);
  });

  it('counts a discharge on the last day in the project that ends', () => {
    expect(
      enrollmentSegments([first, continuation], d('2020-06-01'), d('2020-12-31'), until),
    ).toEqual([
      { projectIndex: 0, from: '2020-06-01', dischargedOn: '2020-12-31', end: 'outcome' },
    ]);
  });

  it('ends nothing on days not yet seen', () => {
    expect(enrollmentSegments([first], d('2020-06-01'), null, d('2020-11-01'))).toEqual([
      { projectIndex: 0, from: '2020-06-01', dischargedOn: null, end: null },
    ]);
  });
});
