import {
  type Answers,
  type Gender,
  LocalDate,
  doaSelfRating,
  employerSatisfaction,
  participantSatisfaction,
} from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { assessmentChangeReport } from './survey-assessment-change.js';
import { type SurveyResponseRow, surveyReport } from './survey-report.js';
import { suppress } from './suppress.js';
import { cellAt, countOf, isSuppressed, shareOf, valueOf } from './table.js';

const p = (
  gender: Gender,
  municipalityId: string,
  needs: number,
  closer: number,
): SurveyResponseRow => ({
  questionnaire: participantSatisfaction,
  answers: {
    organised_around_needs: needs,
    closer_to_labour_market: closer,
    well_treated: 1,
    recommend: null,
  },
  gender,
  municipalityId,
});
const e = (needs: number, reachable: number): SurveyResponseRow => ({
  questionnaire: employerSatisfaction,
  answers: { organised_around_needs: needs, reachable } satisfies Answers,
  gender: null,
  municipalityId: 'A',
});

// Hand-computed fixture. Participants (needs, closer):
//   F/A (5,5) (4,4) (3,5)  M/A (4,2)  F/B (2,5)
//   satisfied_participants: agree 5,4,4 → 3 of 5 = 60 % vs 80 % → −20 pp
//     women 2 of 4, men 1 of 1; A 3 of 4, B 0 of 1.
//   closer: agree 5,4,5,5 → 4 of 5 = 80 % vs 95 % → −15 pp.
// Employers: (5,1) (3,1) → 1 of 2 = 50 %.
// Invitations (participant questionnaire): 4 sent, 3 answered → response rate 75 %, 1 non-response.
const responses = [
  p('female', 'A', 5, 5),
  p('female', 'A', 4, 4),
  p('female', 'A', 3, 5),
  p('male', 'A', 4, 2),
  p('female', 'B', 2, 5),
  e(5, 1),
  e(3, 1),
];
const invitations = [true, true, true, false].map((answered) => ({
  questionnaire: participantSatisfaction,
  answered,
  gender: 'female' as const,
  municipalityId: 'A',
}));
const table = surveyReport(responses, invitations, {
  targets: { satisfied_participants: 0.8, satisfied_employers: 0.8, closer_to_labour_market: 0.95 },
  labels: { A: 'Aneby', B: 'Eksjö' },
  periodText: '2024',
});

describe('surveyReport (fixture computed by hand)', () => {
  it('gives the share agreeing per goal against the target', () => {
    const goal = 'goal:satisfied_participants';
    expect(countOf(cellAt(table, goal, 'respondents'))).toBe(5);
    expect(countOf(cellAt(table, goal, 'agreeing'))).toBe(3);
    expect(shareOf(cellAt(table, goal, 'agreeing'))).toBeCloseTo(0.6, 10);
    expect(valueOf(cellAt(table, goal, 'goal'))).toBe(0.8);
    expect(valueOf(cellAt(table, goal, 'vs_goal_pp'))).toBeCloseTo(-20, 6);
    expect(shareOf(cellAt(table, 'goal:closer_to_labour_market', 'agreeing'))).toBeCloseTo(0.8, 10);
    expect(valueOf(cellAt(table, 'goal:closer_to_labour_market', 'vs_goal_pp'))).toBeCloseTo(
      -15,
      6,
    );
    expect(shareOf(cellAt(table, 'goal:satisfied_employers', 'agreeing'))).toBe(0.5);
  });

  it('states response rate and non-response', () => {
    const goal = 'goal:satisfied_participants';
    expect(countOf(cellAt(table, goal, 'invited'))).toBe(4);
    expect(shareOf(cellAt(table, goal, 'answered_link'))).toBe(0.75);
    expect(countOf(cellAt(table, goal, 'no_response'))).toBe(1);
    expect(countOf(cellAt(table, 'goal:satisfied_employers', 'invited'))).toBe(0);
  });

  it('breaks down by gender and municipality, each adding up to its total', () => {
    const g = 'goal:satisfied_participants';
    expect(countOf(cellAt(table, `${g}:gender:female`, 'agreeing'))).toBe(2);
    expect(countOf(cellAt(table, `${g}:gender:female`, 'respondents'))).toBe(4);
    expect(countOf(cellAt(table, `${g}:gender:male`, 'agreeing'))).toBe(1);
    expect(countOf(cellAt(table, `${g}:municipality:A`, 'agreeing'))).toBe(3);
    expect(countOf(cellAt(table, `${g}:municipality:B`, 'respondents'))).toBe(1);
    expect(countOf(cellAt(table, 'goal:satisfied_employers:gender:unknown', 'respondents'))).toBe(
      2,
    );
  });

  it('gives every question of every version, skipped answers left out', () => {
    const q = 'question:participant_satisfaction:1:';
    expect(shareOf(cellAt(table, `${q}organised_around_needs`, 'agreeing'))).toBeCloseTo(0.6, 10);
    expect(countOf(cellAt(table, `${q}well_treated`, 'agreeing'))).toBe(5);
    expect(countOf(cellAt(table, `${q}recommend`, 'respondents'))).toBe(0);
    expect(shareOf(cellAt(table, `${q}recommend`, 'agreeing'))).toBeUndefined();
  });

  it('goes through suppression: small counts hidden, never shown as 0', () => {
    const published = suppress(table, { k: 5 });
    expect(
      isSuppressed(cellAt(published, 'goal:satisfied_participants:gender:male', 'respondents')),
    ).toBe(true);
    expect(isSuppressed(cellAt(published, 'goal:satisfied_participants', 'agreeing'))).toBe(true);
    expect(countOf(cellAt(published, 'goal:satisfied_participants', 'respondents'))).toBe(5);
  });
});

describe('assessmentChangeReport (by hand)', () => {
  const d = LocalDate.from;
  const all = (v: number) => ({
    manage_work_tasks: v,
    work_pace: v,
    cooperation: v,
    routines: v,
    health: v,
  });
  // P1 (female): 2 → 4 improved (+2). P2 (female): 3 → 3 unchanged. P3 (male): 4 → 3 worsened (−1).
  // P4 (male): one assessment only, left out. Mean first (2+3+4)/3 = 3, last (4+3+3)/3 = 10/3.
  const rows = [
    {
      participantId: 'P1',
      gender: 'female' as const,
      definitionKey: 'doa_self_rating',
      on: d('2024-01-10'),
      scores: all(2),
    },
    {
      participantId: 'P1',
      gender: 'female' as const,
      definitionKey: 'doa_self_rating',
      on: d('2024-06-10'),
      scores: all(4),
    },
    {
      participantId: 'P2',
      gender: 'female' as const,
      definitionKey: 'doa_self_rating',
      on: d('2024-02-10'),
      scores: all(3),
    },
    {
      participantId: 'P2',
      gender: 'female' as const,
      definitionKey: 'doa_self_rating',
      on: d('2024-05-10'),
      scores: all(3),
    },
    {
      participantId: 'P3',
      gender: 'male' as const,
      definitionKey: 'doa_self_rating',
      on: d('2024-03-10'),
      scores: all(4),
    },
    {
      participantId: 'P3',
      gender: 'male' as const,
      definitionKey: 'doa_self_rating',
      on: d('2024-04-10'),
      scores: all(3),
    },
    {
      participantId: 'P4',
      gender: 'male' as const,
      definitionKey: 'doa_self_rating',
      on: d('2024-04-10'),
      scores: all(1),
    },
  ];
  const change = assessmentChangeReport(rows, doaSelfRating, { periodText: '2024' });
  it('counts improved, unchanged and worsened and the mean change', () => {
    expect(countOf(cellAt(change, 'mean', 'participants'))).toBe(3);
    expect(countOf(cellAt(change, 'mean', 'improved'))).toBe(1);
    expect(countOf(cellAt(change, 'mean', 'unchanged'))).toBe(1);
    expect(countOf(cellAt(change, 'mean', 'worsened'))).toBe(1);
    expect(valueOf(cellAt(change, 'mean', 'mean_first'))).toBe(3);
    expect(valueOf(cellAt(change, 'mean', 'mean_last'))).toBeCloseTo(10 / 3, 9);
    expect(valueOf(cellAt(change, 'mean', 'mean_change'))).toBeCloseTo(1 / 3, 9);
    expect(countOf(cellAt(change, 'health:female', 'improved'))).toBe(1);
    expect(countOf(cellAt(change, 'health:male', 'participants'))).toBe(1);
  });
});
