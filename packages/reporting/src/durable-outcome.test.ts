import { describe, expect, it } from 'vitest';
import { durableOutcomeReport, lastDischargePerPerson } from './durable-outcome.js';
import { cellAt, shareOf, valueOf } from './table.js';
import { count, d, discharged, followUp, period } from './test-support/builders.js';

const year2023 = period('2023-01-01', '2024-01-01');
const asOf = d('2024-06-01');

// P1 was discharged twice in 2023; the last discharge (studies, 2023-05-01) is the one
// counted, with its own follow-ups: 6 months work, 12 months (due 2024-05-01) neither.
const p1First = discharged('2023-02-01', 'employment', {
  participantId: 'P1',
  enrollmentId: 'P1a',
});
const p1Last = discharged('2023-05-01', 'studies', { participantId: 'P1', enrollmentId: 'P1b' });
// P2: wage-subsidised work at discharge (not work); 6 months work; 12 months unknown.
const p2 = discharged('2023-03-01', 'subsidised_employment', { participantId: 'P2' });
// P3: work; 6 months work; 12 months due 2024-04-01 but never recorded (unknown).
const p3 = discharged('2023-04-01', 'employment', { participantId: 'P3' });
// P4: job seeking; 6 months (due 2024-03-01) studies; 12 months not yet due (2024-09-01).
const p4 = discharged('2023-09-01', 'job_seeking', { participantId: 'P4' });
// P6: work; 6 months due 2024-05-15, not recorded (unknown); 12 months not yet due.
const p6 = discharged('2023-11-15', 'employment', { participantId: 'P6' });
// P5: discharged before the period, not counted.
const p5 = discharged('2022-12-31', 'employment', { participantId: 'P5' });

const on = (row: { enrollmentId: string; dischargedOn: string | null }) => ({
  enrollmentId: row.enrollmentId,
  dischargedOn: d(row.dischargedOn ?? ''),
});
const followUps = [
  followUp({ ...on(p1First), offsetMonths: 6, status: 'neither' }),
  followUp({ ...on(p1First), offsetMonths: 12, status: 'work' }),
  followUp({ ...on(p1Last), offsetMonths: 6, status: 'work' }),
  followUp({ ...on(p1Last), offsetMonths: 12, status: 'neither' }),
  followUp({ ...on(p2), offsetMonths: 6, status: 'work' }),
  followUp({ ...on(p2), offsetMonths: 12, status: 'unknown' }),
  followUp({ ...on(p3), offsetMonths: 6, status: 'work' }),
  followUp({ ...on(p4), offsetMonths: 6, status: 'studies' }),
  followUp({ ...on(p5), offsetMonths: 6, status: 'work' }),
];

describe('durableOutcomeReport', () => {
  const table = durableOutcomeReport([p1First, p1Last, p2, p3, p4, p5, p6], followUps, {
    period: year2023,
    asOf,
    goalShare: 0.35,
  });

  it('counts persons, each with their last discharge in the period', () => {
    expect(lastDischargePerPerson([p1First, p1Last, p5], year2023)).toEqual([p1Last]);
    for (const stage of ['at_discharge', '6', '12']) expect(count(table, stage, 'persons')).toBe(5);
  });

  it('at discharge: 3 of 5 in regular work or studies, wage-subsidised work not counted', () => {
    expect(count(table, 'at_discharge', 'work')).toBe(2);
    expect(count(table, 'at_discharge', 'studies')).toBe(1);
    expect(count(table, 'at_discharge', 'not_in_work_or_studies')).toBe(2);
    expect(count(table, 'at_discharge', 'unknown')).toBe(0);
    expect(shareOf(cellAt(table, 'at_discharge', 'in_work_or_studies'))).toBe(0.6);
    expect(valueOf(cellAt(table, 'at_discharge', 'vs_goal_pp'))).toBeCloseTo(25, 9);
  });

  it('6 months: 4 of 5 due, one unrecorded follow-up counted as not in work or studies', () => {
    expect(count(table, '6', 'due')).toBe(5);
    expect(count(table, '6', 'work')).toBe(3);
    expect(count(table, '6', 'studies')).toBe(1);
    expect(count(table, '6', 'unknown')).toBe(1);
    expect(shareOf(cellAt(table, '6', 'in_work_or_studies'))).toBe(0.8);
    expect(valueOf(cellAt(table, '6', 'vs_goal_pp'))).toBeCloseTo(45, 9);
    expect(valueOf(cellAt(table, '6', 'share_of_known'))).toBe(1);
  });

  it('12 months: 2 not yet due, 0 of 3 due still in work or studies, 2 unknown', () => {
    expect(count(table, '12', 'not_yet_due')).toBe(2);
    expect(count(table, '12', 'due')).toBe(3);
    expect(count(table, '12', 'in_work_or_studies')).toBe(0);
    expect(count(table, '12', 'not_in_work_or_studies')).toBe(1);
    expect(count(table, '12', 'unknown')).toBe(2);
    expect(shareOf(cellAt(table, '12', 'in_work_or_studies'))).toBe(0);
    expect(valueOf(cellAt(table, '12', 'vs_goal_pp'))).toBeCloseTo(-35, 9);
    expect(valueOf(cellAt(table, '12', 'share_of_known'))).toBe(0);
  });

  it('says what is counted: persons, conservative unknowns, subsidised work apart', () => {
    expect(table.definition.sv).toContain('Personer (inte inskrivningar)');
    expect(table.definition.sv).toContain('okänd eller ej registrerad uppföljning räknas som inte');
    expect(table.definition.sv).toContain('lönestöd');
    expect(table.definition.en).toContain('reported separately');
  });
});
