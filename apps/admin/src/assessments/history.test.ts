import { describe, expect, it } from 'vitest';
import type { Assessment, AssessmentDefinition } from '../api/followUpOperations';
import { completeScores, definitionHistory, formatChange, formatScore } from './history';

const definition: AssessmentDefinition = {
  key: 'doa',
  kind: 'self_rating',
  titleSv: 'Självskattning',
  titleEn: 'Self rating',
  version: 1,
  items: [
    { key: 'a1', area: 'Arbete', textSv: 'A1', textEn: 'A1' },
    { key: 'a2', area: 'Arbete', textSv: 'A2', textEn: 'A2' },
    { key: 'h1', area: 'Hälsa', textSv: 'H1', textEn: 'H1' },
  ],
};

function assessment(id: string, on: string, scores: Record<string, number>): Assessment {
  return {
    id,
    participantId: 'p1',
    definition: 'doa',
    definitionVersion: 1,
    on,
    note: null,
    recordedByName: null,
    scores: Object.entries(scores).map(([item, score]) => ({ item, score })),
  };
}

describe('definitionHistory', () => {
  it('orders by date and compares first with latest per item and area', () => {
    const history = definitionHistory(definition, [
      assessment('x3', '2025-06-01', { a1: 4, a2: 5, h1: 2 }),
      assessment('x1', '2025-01-10', { a1: 2, a2: 2, h1: 3 }),
      assessment('x2', '2025-03-01', { a1: 3, h1: 3 }),
      { ...assessment('other', '2025-02-01', { a1: 1 }), definition: 'sassam' },
    ]);
    expect(history.assessments.map((a) => a.id)).toEqual(['x1', 'x2', 'x3']);
    expect(history.items[0]).toMatchObject({ scores: [2, 3, 4], first: 2, last: 4, change: 2 });
    expect(history.items[1]?.scores).toEqual([2, null, 5]);
    expect(history.areas).toEqual([
      { area: 'Arbete', first: 2, last: 4.5, change: 2.5 },
      { area: 'Hälsa', first: 3, last: 2, change: -1 },
    ]);
  });

  it('shows no change with a single assessment', () => {
    const history = definitionHistory(definition, [assessment('x1', '2025-01-10', { a1: 2 })]);
    expect(history.items[0]).toMatchObject({ first: 2, last: null, change: null });
  });
});

describe('completeScores', () => {
  it('needs a score 1–5 for every item, in the definition order', () => {
    expect(completeScores(definition, { a1: 3, a2: 1 })).toBeNull();
    expect(completeScores(definition, { h1: 5, a2: 1, a1: 6 })).toBeNull();
    expect(completeScores(definition, { h1: 5, a2: 1, a1: 3 })).toEqual([
      { item: 'a1', score: 3 },
      { item: 'a2', score: 1 },
      { item: 'h1', score: 5 },
    ]);
  });
});

describe('formatting', () => {
  it('signs changes and writes decimals the Swedish way', () => {
    expect(formatChange(2)).toBe('+2');
    expect(formatChange(-0.5)).toBe('\u22120,5');
    expect(formatChange(0)).toBe('0');
    expect(formatChange(null)).toBe('–');
    expect(formatScore(4.5)).toBe('4,5');
    expect(formatScore(null)).toBe('–');
  });
});
