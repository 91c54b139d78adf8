import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LocalDate } from '../core/local-date.js';
import {
  RETENTION_DEFAULTS,
  dueForAnonymisation,
  retentionCutoff,
  retentionRules,
  retentionYears,
} from './retention.js';

const d = LocalDate.from;

describe('retentionRules', () => {
  it("takes the association's own rule where it set one, else the default", () => {
    const rules = retentionRules([{ kind: 'audit_log', years: 12 }]);
    expect(rules).toEqual([
      { kind: 'identifying_data', years: 5, isDefault: true },
      { kind: 'audit_log', years: 12, isDefault: false },
    ]);
    expect(retentionYears(rules, 'audit_log')).toBe(12);
    expect(retentionYears([], 'identifying_data')).toBe(RETENTION_DEFAULTS.identifying_data);
  });
});

describe('retentionCutoff', () => {
  it('counts back whole calendar years, 29 February to 28 February', () => {
    expect(retentionCutoff(d('2026-06-15'), 5)).toBe('2021-06-15');
    expect(retentionCutoff(d('2024-02-29'), 1)).toBe('2023-02-28');
    expect(retentionCutoff(d('2024-02-29'), 4)).toBe('2020-02-29');
  });
});

describe('dueForAnonymisation', () => {
  const asOf = d('2026-06-15');

  it('is due only when nothing is ongoing and the last thing ended before the cutoff', () => {
    const due = dueForAnonymisation(
      [
        { participantId: 'b', lastEndedOn: d('2020-01-01'), ongoing: false },
        { participantId: 'a', lastEndedOn: d('2020-01-01'), ongoing: false },
        { participantId: 'old-but-ongoing', lastEndedOn: d('2015-01-01'), ongoing: true },
        { participantId: 'on-the-cutoff', lastEndedOn: d('2021-06-15'), ongoing: false },
        { participantId: 'day-before', lastEndedOn: d('2021-06-14'), ongoing: false },
        { participantId: 'recent', lastEndedOn: d('2025-01-01'), ongoing: false },
      ],
      asOf,
      5,
    );
    expect(due).toEqual([
      { participantId: 'a', lastEndedOn: '2020-01-01' },
      { participantId: 'b', lastEndedOn: '2020-01-01' },
      { participantId: 'day-before', lastEndedOn: '2021-06-14' },
    ]);
  });

  it('never makes more people due by keeping data longer', () => {
    const day = fc.integer({ min: 0, max: 20_000 }).map((n) => LocalDate.fromEpochDay(n));
    fc.assert(
      fc.property(
        fc.array(fc.record({ participantId: fc.uuid(), lastEndedOn: day, ongoing: fc.boolean() })),
        fc.integer({ min: 1, max: 20 }),
        (people, years) => {
          const shorter = dueForAnonymisation(people, asOf, years).length;
          const longer = dueForAnonymisation(people, asOf, years + 1).length;
          return longer <= shorter;
        },
      ),
    );
  });
});
