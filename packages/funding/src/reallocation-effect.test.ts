import { Fte, LocalDate, Money, Period } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { type CostedPost } from './post-cost.js';
import { applyReallocation, nextNewYear, reallocationEffect } from './reallocation-effect.js';

const d = LocalDate.from;
const salary = Money.ofKronor(32_000);
const posts: CostedPost[] = [
  { municipalityId: '0604', fte: Fte.full, period: Period.year(2021), monthlySalary: salary },
  { municipalityId: '0682', fte: Fte.full, period: Period.year(2021), monthlySalary: salary },
];

describe('applyReallocation', () => {
  it('cuts the posts at effectiveFrom and adds the proposed allocation to the year end', () => {
    const result = applyReallocation({
      posts,
      proposed: [
        { municipalityId: '0604', fte: Fte.ofHundredths(50) },
        { municipalityId: '0682', fte: Fte.ofHundredths(150) },
      ],
      effectiveFrom: d('2021-07-01'),
    });
    expect(result).toEqual({
      ok: true,
      value: [
        { ...posts[0], period: { start: d('2021-01-01'), end: d('2021-07-01') } },
        { ...posts[1], period: { start: d('2021-01-01'), end: d('2021-07-01') } },
        {
          municipalityId: '0604',
          fte: 50,
          period: { start: d('2021-07-01'), end: d('2022-01-01') },
          monthlySalary: salary,
        },
        {
          municipalityId: '0682',
          fte: 150,
          period: { start: d('2021-07-01'), end: d('2022-01-01') },
          monthlySalary: salary,
        },
      ],
    });
  });

  it('keeps the part of a post after `until` and drops a zero proposal', () => {
    const long: CostedPost = {
      municipalityId: '0604',
      fte: Fte.full,
      period: { start: d('2021-01-01'), end: d('2023-01-01') },
      monthlySalary: salary,
    };
    const result = applyReallocation({
      posts: [long],
      proposed: [{ municipalityId: '0604', fte: Fte.zero }],
      effectiveFrom: d('2021-07-01'),
      until: d('2022-01-01'),
    });
    expect(result.ok && result.value.map((p) => Period.format(p.period))).toEqual([
      '2021-01-01/2021-07-01',
      '2022-01-01/2023-01-01',
    ]);
  });

  it('needs a salary for a municipality that has no post yet', () => {
    const proposed = [{ municipalityId: '0687', fte: Fte.full }];
    expect(applyReallocation({ posts, proposed, effectiveFrom: d('2021-07-01') })).toMatchObject({
      ok: false,
      error: { code: 'REALLOCATION.MISSING_SALARY', municipalityId: '0687' },
    });
    const given = applyReallocation({
      posts,
      proposed,
      effectiveFrom: d('2021-07-01'),
      salaries: { '0687': Money.ofKronor(30_000) },
    });
    expect(given.ok && given.value.at(-1)?.monthlySalary).toBe(Money.ofKronor(30_000));
  });

  it('rejects duplicates and an empty horizon', () => {
    const line = { municipalityId: '0604', fte: Fte.full };
    expect(
      applyReallocation({ posts, proposed: [line, line], effectiveFrom: d('2021-07-01') }),
    ).toMatchObject({ ok: false, error: { code: 'REALLOCATION.DUPLICATE_MUNICIPALITY' } });
    expect(
      applyReallocation({
        posts,
        proposed: [],
        effectiveFrom: d('2021-07-01'),
        until: d('2021-07-01'),
      }),
    ).toMatchObject({ ok: false, error: { code: 'FUNDING.BAD_PERIOD' } });
  });

  it('knows the next new year', () => {
    expect(nextNewYear(d('2021-12-31'))).toBe('2022-01-01');
  });
});

describe('reallocationEffect', () => {
  it('leaves committed cost alone and moves forecast and margin by the change', () => {
    const result = reallocationEffect({
      posts,
      proposed: [
        { municipalityId: '0604', fte: Fte.ofHundredths(50) },
        { municipalityId: '0682', fte: Fte.ofHundredths(200) },
      ],
      effectiveFrom: d('2021-07-01'),
      asOf: d('2021-06-30'),
      budget: Money.ofKronor(3_800_000),
      onCost: '40.15',
    });
    if (!result.ok) throw new Error('expected ok');
    const { before, after, change } = result.value;
    expect(change.committed).toBe(0);
    expect(after.forecast - before.forecast).toBe(change.forecast);
    expect(change.margin).toBe(-change.forecast);
    // +0.5 FTE for 184 days at 538 176 kr a year = 135 649.84 kr
    expect(Math.round(change.forecast / 100)).toBe(135_650);
  });

  it('is zero for a proposal that changes nothing', () => {
    const result = reallocationEffect({
      posts,
      proposed: posts.map((p) => ({ municipalityId: p.municipalityId, fte: p.fte })),
      effectiveFrom: d('2021-03-01'),
      asOf: d('2021-02-01'),
      budget: { 2021: Money.ofKronor(3_800_000) },
      onCost: '40.15',
    });
    expect(result).toMatchObject({
      ok: true,
      value: { change: { committed: 0, remaining: 0, forecast: 0, margin: 0 } },
    });
  });
});
