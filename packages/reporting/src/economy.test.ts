import { Money } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { costPer, economyReport, economyRows } from './economy.js';
import { cellAt, shareOf, valueOf } from './table.js';
import { count, d, discharged, enrollment } from './test-support/builders.js';

describe('costPer', () => {
  it('divides whole öre half-up', () => {
    // 100 000 000 öre / 30 = 3 333 333.33… → 3 333 333; 5 / 2 = 2.5 → 3.
    expect(costPer(Money.ofOre(100_000_000), 30)).toBe(3_333_333);
    expect(costPer(Money.ofOre(5), 2)).toBe(3);
    expect(costPer(Money.ofOre(5), 0)).toBeNull();
  });

  it('is the one cost-per-participant rule (funding no longer keeps a copy)', () => {
    // 3 800 000 kr over 138 participants, and over the 41 who went to work or studies.
    expect(costPer(Money.ofKronor(3_800_000), 138)).toBe(2_753_623);
    expect(costPer(Money.ofKronor(3_800_000), 41)).toBe(9_268_293);
    expect(costPer(Money.ofOre(5), 3)).toBe(2);
    expect(costPer(Money.ofKronor(100), -1)).toBeNull();
  });
});

describe('economyRows', () => {
  it('counts participants active in the year and those discharged to work or studies', () => {
    const rows = economyRows(
      [
        discharged('2024-03-01', 'employment', { participantId: 'a', enrolledOn: d('2023-05-01') }), // active, to work
        enrollment({ participantId: 'a', enrolledOn: d('2024-06-01') }), // same person again: once
        enrollment({ participantId: 'b', enrolledOn: d('2024-12-31') }), // active on the last day
        discharged('2024-05-01', 'subsidised_employment', {
          participantId: 'c',
          enrolledOn: d('2024-01-01'),
        }), // not to work
        enrollment({ participantId: 'd', enrolledOn: d('2025-01-01') }), // next year
        enrollment({ participantId: 'e', municipalityId: 'm2', enrolledOn: d('2024-01-01') }),
      ],
      [{ year: 2024, municipalityId: 'm1', cost: Money.ofKronor(900_000) }],
    );
    expect(rows).toEqual([
      { year: 2024, municipalityId: 'm1', cost: 90_000_000, participants: 3, toWorkOrStudies: 1 },
    ]);
  });
});

describe('economyReport', () => {
  // 2024 m1: 1 000 000 kr, 30 participants, 9 to work/studies → 33 333,33 kr and 111 111,11 kr.
  // 2024 m2: 500 000 kr, 20 participants, 5 → 25 000 kr and 100 000 kr.
  // 2024 total: 1 500 000 kr / 50 = 30 000 kr; / 14 = 107 142,857… → 107 142,86 kr.
  const table = economyReport(
    [
      {
        year: 2024,
        municipalityId: 'm2',
        cost: Money.ofKronor(500_000),
        participants: 20,
        toWorkOrStudies: 5,
      },
      {
        year: 2024,
        municipalityId: 'm1',
        cost: Money.ofKronor(1_000_000),
        participants: 30,
        toWorkOrStudies: 9,
      },
      {
        year: 2023,
        municipalityId: 'm1',
        cost: Money.ofKronor(100),
        participants: 0,
        toWorkOrStudies: 0,
      },
    ],
    { labels: { m1: 'Eksjö' } },
  );

  it('gives cost per participant and per participant to work or studies', () => {
    expect(valueOf(cellAt(table, '2024|m1', 'cost_per_participant'))).toBe(3_333_333);
    expect(valueOf(cellAt(table, '2024|m1', 'cost_per_work_or_studies'))).toBe(11_111_111);
    expect(valueOf(cellAt(table, '2024|m2', 'cost_per_participant'))).toBe(2_500_000);
    expect(shareOf(cellAt(table, '2024|m2', 'to_work_or_studies'))).toBe(0.25);
  });

  it('totals each year and orders years and municipalities', () => {
    expect(table.rows.map((row) => row.key)).toEqual([
      '2023|m1',
      '2023|total',
      '2024|m1',
      '2024|m2',
      '2024|total',
    ]);
    expect(count(table, '2024|total', 'participants')).toBe(50);
    expect(valueOf(cellAt(table, '2024|total', 'cost'))).toBe(150_000_000);
    expect(valueOf(cellAt(table, '2024|total', 'cost_per_participant'))).toBe(3_000_000);
    expect(valueOf(cellAt(table, '2024|total', 'cost_per_work_or_studies'))).toBe(10_714_286);
    expect(valueOf(cellAt(table, '2023|m1', 'cost_per_participant'))).toBeUndefined();
  });
});
