import { describe, expect, it } from 'vitest';
import { interleavedSchedule, perRoundRatios } from './interleave.mjs';

describe('interleavedSchedule', () => {
  it('alternates which server goes first, round by round', () => {
    const order = interleavedSchedule(['A', 'B'], 4).map((p) => `${p.round}${p.subject}`);
    expect(order).toEqual(['1A', '1B', '2B', '2A', '3A', '3B', '4B', '4A']);
  });

  it('gives every subject one phase per round', () => {
    const schedule = interleavedSchedule(['A', 'B'], 5);
    for (const subject of ['A', 'B'])
      expect(schedule.filter((p) => p.subject === subject).map((p) => p.round)).toEqual([
        1, 2, 3, 4, 5,
      ]);
  });

  it('refuses fewer than three rounds, which give no spread worth the name', () => {
    expect(() => interleavedSchedule(['A', 'B'], 2)).toThrow(RangeError);
    expect(() => interleavedSchedule(['A'], 3)).toThrow(RangeError);
  });
});

describe('perRoundRatios', () => {
  const phases = [
    { round: 1, subject: 'A', rps: 120 },
    { round: 1, subject: 'B', rps: 100 },
    { round: 2, subject: 'B', rps: 50 },
    { round: 2, subject: 'A', rps: 60 },
    { round: 3, subject: 'A', rps: 90 },
    { round: 3, subject: 'B', rps: 100 },
  ];

  it('pairs each round’s phases, whatever their order', () => {
    expect(perRoundRatios(phases, 'A', 'B', (p) => p.rps)).toEqual([1.2, 1.2, 0.9]);
  });

  it('refuses a round missing a phase or with a zero baseline', () => {
    expect(() => perRoundRatios(phases.slice(0, 5), 'A', 'B', (p) => p.rps)).toThrow(/Round 3/);
    const zero = phases.map((p) => (p.round === 2 && p.subject === 'B' ? { ...p, rps: 0 } : p));
    expect(() => perRoundRatios(zero, 'A', 'B', (p) => p.rps)).toThrow(/Round 2/);
  });
});
