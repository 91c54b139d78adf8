import { describe, expect, it } from 'vitest';
import { reContactReport } from './re-contact-report.js';
import type { ReContactRow } from './rows.js';
import { count, d, period } from './test-support/builders.js';

const contact = (participantId: string, municipalityId: string, on: string): ReContactRow => ({
  enrollmentId: `e-${participantId}`,
  participantId,
  gender: 'female',
  municipalityId,
  on: d(on),
});

describe('reContactReport', () => {
  it('counts re-contacts and people per municipality', () => {
    // m1: p1 twice, p2 once → 3 re-contacts, 2 people. m2: p1 once → 1, 1.
    // Total 4 re-contacts; people summed over municipalities 2 + 1 = 3. 2025 is outside.
    const table = reContactReport(
      [
        contact('p1', 'm1', '2024-02-01'),
        contact('p1', 'm1', '2024-05-01'),
        contact('p2', 'm1', '2024-12-31'),
        contact('p1', 'm2', '2024-06-01'),
        contact('p3', 'm2', '2025-01-01'),
      ],
      { period: period('2024-01-01', '2025-01-01') },
    );
    expect(count(table, 'm1', 're_contacts')).toBe(3);
    expect(count(table, 'm1', 'persons')).toBe(2);
    expect(count(table, 'm2', 'persons')).toBe(1);
    expect(count(table, 'total', 're_contacts')).toBe(4);
    expect(count(table, 'total', 'persons')).toBe(3);
  });
});
