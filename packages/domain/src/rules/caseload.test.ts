import { describe, expect, it } from 'vitest';
import { Fte } from '../core/fte.js';
import type { LocalDate } from '../core/local-date.js';
import { activeCountOn, caseloadPerFte, ipsCaseloadBand, isActiveOn } from './caseload.js';

const day = (text: string) => text as LocalDate;

describe('ipsCaseloadBand', () => {
  it.each([
    [0, 5],
    [20, 5],
    [20.5, 4],
    [25, 4],
    [26, 3],
    [30, 3],
    [31, 2],
    [40, 2],
    [41, 1],
    [200, 1],
  ])('%d per FTE scores %d', (perFte, score) => {
    expect(ipsCaseloadBand(perFte)).toBe(score);
  });
});

describe('caseloadPerFte', () => {
  it('divides by FTE and is null without FTE', () => {
    expect(caseloadPerFte(10, Fte.ofHundredths(50))).toBe(20);
    expect(caseloadPerFte(22, Fte.full)).toBe(22);
    expect(caseloadPerFte(3, Fte.zero)).toBeNull();
  });
});

describe('isActiveOn and activeCountOn', () => {
  const leaver = { enrolledOn: day('2019-02-01'), discharge: { on: day('2019-03-01') } };
  const spans = [
    { enrolledOn: day('2019-01-01'), discharge: null },
    leaver,
    { enrolledOn: day('2019-03-01'), discharge: null },
  ];
  it('counts enrolled-on days and not the discharge day', () => {
    expect(isActiveOn(leaver, day('2019-02-28'))).toBe(true);
    expect(activeCountOn(spans, day('2019-02-28'))).toBe(2);
    expect(activeCountOn(spans, day('2019-03-01'))).toBe(2);
    expect(activeCountOn(spans, day('2018-12-31'))).toBe(0);
  });
});
