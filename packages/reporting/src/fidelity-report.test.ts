import { describe, expect, it } from 'vitest';
import { fidelityReport } from './fidelity-report.js';
import type { PlacementRow } from './rows.js';
import { cellAt, shareOf, valueOf } from './table.js';
import { count, d, enrollment, period, post, referral } from './test-support/builders.js';

const firstHalf = period('2024-01-01', '2024-07-01');
const placement = (kind: PlacementRow['kind'], startedOn: string): PlacementRow => ({
  enrollmentId: 'e',
  municipalityId: 'm1',
  kind,
  startedOn: d(startedOn),
});

// Enrollments: A (contact after 10 d), B (after 40 d), C (none) in the cohort; D from 2023.
// All four active in June on one 1.00 FTE post → caseload 4, IPS score 5.
// Within 30 days: 1 of 3; median days of 10 and 40 = 25 ≤ 30.
// Placements in the period: 3 regular, 1 wage-subsidised (job tasting ignored; 2023 out).
// Referrals received in the period: 2 accepted, 1 declined, 1 undecided → 1 of 3 declined.
const table = fidelityReport(
  {
    enrollments: [
      enrollment({ enrolledOn: d('2024-02-01'), firstEmployerContactOn: d('2024-02-11') }),
      enrollment({ enrolledOn: d('2024-03-01'), firstEmployerContactOn: d('2024-04-10') }),
      enrollment({ enrolledOn: d('2024-04-01') }),
      enrollment({ enrolledOn: d('2023-04-01'), firstEmployerContactOn: d('2023-04-02') }),
    ],
    posts: [post('m1', 'c1', 100, '2023-01-01', '2025-01-01')],
    placements: [
      placement('employment', '2024-01-15'),
      placement('employment', '2024-03-15'),
      placement('employment', '2024-06-30'),
      placement('subsidised_employment', '2024-02-01'),
      placement('job_tasting', '2024-02-01'),
      placement('employment', '2023-12-31'),
    ],
    referrals: [
      referral({ receivedOn: d('2024-01-10'), state: 'accepted', decidedOn: d('2024-01-20') }),
      referral({ receivedOn: d('2024-02-10'), state: 'accepted', decidedOn: d('2024-02-20') }),
      referral({ receivedOn: d('2024-03-10'), state: 'declined', decidedOn: d('2024-03-20') }),
      referral({ receivedOn: d('2024-06-10'), state: 'received' }),
    ],
  },
  { period: firstHalf, asOf: d('2024-07-01') },
);

describe('fidelityReport', () => {
  it('scores the caseload of the last month', () => {
    expect(count(table, 'caseload', 'numerator')).toBe(4);
    expect(valueOf(cellAt(table, 'caseload', 'value'))).toBe(4);
    expect(valueOf(cellAt(table, 'caseload', 'ips_score'))).toBe(5);
    expect(valueOf(cellAt(table, 'caseload', 'meets_target'))).toBe(1);
  });

  it('measures days to first employer contact against 30', () => {
    expect(count(table, 'days_to_employer_contact', 'numerator')).toBe(1);
    expect(count(table, 'days_to_employer_contact', 'denominator')).toBe(3);
    expect(valueOf(cellAt(table, 'days_to_employer_contact', 'value'))).toBe(25);
    expect(valueOf(cellAt(table, 'days_to_employer_contact', 'meets_target'))).toBe(1);
  });

  it('counts competitive and wage-subsidised jobs separately', () => {
    expect(count(table, 'competitive_jobs', 'numerator')).toBe(3);
    expect(count(table, 'subsidised_jobs', 'numerator')).toBe(1);
    expect(shareOf(cellAt(table, 'competitive_jobs', 'numerator'))).toBe(0.75);
    expect(valueOf(cellAt(table, 'subsidised_jobs', 'value'))).toBe(0.25);
  });

  it('measures zero exclusion as the share of decided referrals declined', () => {
    expect(count(table, 'zero_exclusion', 'numerator')).toBe(1);
    expect(count(table, 'zero_exclusion', 'denominator')).toBe(3);
    expect(valueOf(cellAt(table, 'zero_exclusion', 'value'))).toBeCloseTo(1 / 3);
    expect(valueOf(cellAt(table, 'zero_exclusion', 'meets_target'))).toBe(0);
  });
});
