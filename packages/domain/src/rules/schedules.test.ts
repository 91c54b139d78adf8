import { describe, expect, it } from 'vitest';
import { Fte } from '../core/fte.js';
import type { LocalDate } from '../core/local-date.js';
import { Period } from '../core/period.js';
import { allocationOn, overlappingPosts } from './allocation.js';
import { attestationHalfYears, attestationsDue } from './attestation-schedule.js';
import { followUpSchedule } from './follow-up-schedule.js';

const day = (text: string) => text as LocalDate;

describe('followUpSchedule', () => {
  it('falls due 3, 6 and 12 months after discharge, clamped to month end', () => {
    expect(followUpSchedule(day('2019-08-31'))).toEqual([
      { monthsAfter: 3, dueOn: '2019-11-30' },
      { monthsAfter: 6, dueOn: '2020-02-29' },
      { monthsAfter: 12, dueOn: '2020-08-31' },
    ]);
  });
});

describe('attestations', () => {
  const project = Period.of(day('2018-01-01'), day('2021-01-01'));
  it('lists every half-year begun by the date', () => {
    expect(attestationHalfYears(project, day('2019-07-01'))).toEqual([
      '2018H1',
      '2018H2',
      '2019H1',
      '2019H2',
    ]);
    expect(attestationHalfYears(project, day('2030-01-01'))).toHaveLength(6);
  });
  it('leaves out the signed ones', () => {
    expect(attestationsDue(project, day('2019-01-15'), ['2018H1', '2019H1'])).toEqual(['2018H2']);
  });
  // "De intygar skriftligt, varje halvår, att verksamheten bedrivs enligt projektbeskrivningen":
  // a half-year is certified once it has been run, so it falls due the day after it ends.
  const running = Period.of(day('2026-01-01'), day('2028-01-01'));
  it('is not due on the last day of the half-year', () => {
    expect(attestationsDue(running, day('2026-06-30'), [])).toEqual([]);
  });
  it('is due on the first day after it', () => {
    expect(attestationsDue(running, day('2026-07-01'), [])).toEqual(['2026H1']);
    expect(attestationsDue(running, day('2026-12-31'), [])).toEqual(['2026H1']);
    expect(attestationsDue(running, day('2027-01-01'), [])).toEqual(['2026H1', '2026H2']);
  });
  it('may be signed while under way, before it is due', () => {
    expect(attestationHalfYears(running, day('2026-06-30'))).toEqual(['2026H1']);
  });
  it('falls due after the project for its last half-year', () => {
    expect(attestationsDue(project, day('2020-12-31'), [])).toHaveLength(5);
    expect(attestationsDue(project, day('2021-01-01'), [])).toHaveLength(6);
  });
});

describe('allocation', () => {
  const posts = [
    {
      municipalityId: 'eksjo',
      fte: Fte.full,
      period: Period.of(day('2018-01-01'), day('2019-07-01')),
    },
    {
      municipalityId: 'eksjo',
      fte: Fte.ofHundredths(50),
      period: Period.of(day('2019-07-01'), day('2021-01-01')),
    },
    {
      municipalityId: 'nassjo',
      fte: Fte.full,
      period: Period.of(day('2018-01-01'), day('2019-07-01')),
    },
    {
      municipalityId: 'nassjo',
      fte: Fte.ofHundredths(150),
      period: Period.of(day('2019-07-01'), day('2021-01-01')),
    },
  ];
  it('gives the allocation in force on a date', () => {
    expect(Object.fromEntries(allocationOn(posts, day('2019-06-30')))).toEqual({
      eksjo: 100,
      nassjo: 100,
    });
    expect(Object.fromEntries(allocationOn(posts, day('2019-07-01')))).toEqual({
      eksjo: 50,
      nassjo: 150,
    });
  });
  it('finds overlapping posts of one municipality', () => {
    expect(overlappingPosts(posts)).toEqual([]);
    const overlap = {
      municipalityId: 'eksjo',
      fte: Fte.full,
      period: Period.of(day('2019-06-01'), day('2019-08-01')),
    };
    expect(overlappingPosts([...posts, overlap])).toHaveLength(2);
  });
});
