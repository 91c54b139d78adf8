import { describe, expect, it } from 'vitest';
import { selfSupportingAfter } from './self-supporting.js';
import { discharged, enrollment, period } from './test-support/builders.js';

const year = period('2024-01-01', '2025-01-01');

describe('self-supporting after the project (FiA: 65 %)', () => {
  it('counts salary, student aid and no public support, not wage subsidy or benefits', () => {
    const rows = [
      discharged('2024-03-01', 'employment', { incomeAfter: ['salary'] }),
      discharged('2024-04-01', 'studies', { incomeAfter: ['student_aid'] }),
      discharged('2024-05-01', 'other', { incomeAfter: ['no_public_support'] }),
      discharged('2024-06-01', 'subsidised_employment', { incomeAfter: ['wage_subsidy_salary'] }),
      discharged('2024-07-01', 'employment', { incomeAfter: ['salary', 'financial_assistance'] }),
      discharged('2024-08-01', 'job_seeking', { incomeAfter: ['unemployment_benefit'] }),
    ];
    // By hand: 3 of 6 live on no public support.
    expect(selfSupportingAfter(rows, year)).toEqual({
      discharged: 6,
      known: 6,
      selfSupporting: 3,
      share: 0.5,
      shareOfKnown: 0.5,
    });
  });

  it('counts an unknown income as not self-supporting, and shows the share of known beside it', () => {
    const rows = [
      discharged('2024-03-01', 'employment', { incomeAfter: ['salary'] }),
      discharged('2024-04-01', 'employment', { incomeAfter: ['salary'] }),
      discharged('2024-05-01', 'other', { incomeAfter: ['sickness_benefit'] }),
      discharged('2024-06-01', 'other', { incomeAfter: [] }),
    ];
    expect(selfSupportingAfter(rows, year)).toMatchObject({
      discharged: 4,
      known: 3,
      selfSupporting: 2,
      share: 0.5,
      shareOfKnown: 2 / 3,
    });
  });

  it('counts each person once, by their last discharge in the period, and only discharges in it', () => {
    const rows = [
      discharged('2024-02-01', 'other', { participantId: 'p', incomeAfter: ['activity_support'] }),
      discharged('2024-09-01', 'employment', { participantId: 'p', incomeAfter: ['salary'] }),
      discharged('2023-12-31', 'employment', { incomeAfter: ['salary'] }),
      discharged('2025-01-01', 'employment', { incomeAfter: ['salary'] }),
      enrollment({ enrolledOn: period('2024-01-01', '2024-01-02').start }),
    ];
    expect(selfSupportingAfter(rows, year)).toMatchObject({
      discharged: 1,
      selfSupporting: 1,
      share: 1,
    });
  });

  it('has no share when nobody was discharged', () => {
    expect(selfSupportingAfter([], year)).toMatchObject({ discharged: 0, share: null });
  });
});
