import { describe, expect, it } from 'vitest';
import { LocalDate } from '../core/local-date.js';
import {
  agrees,
  goalAgreement,
  goalAgreementOf,
  meanScore,
  questionAgreement,
  validateAnswers,
} from './answers.js';
import {
  assessmentChange,
  assessmentMean,
  mappingClass,
  validateAssessmentScores,
} from './assessment.js';
import {
  builtInQuestionnaires,
  doaSelfRating,
  participantSatisfaction,
  sassamMapping,
} from './definitions.js';
import { type QuestionnaireDefinition, validateQuestionnaire } from './questionnaire.js';

const [needs, closer, treated, recommend] = participantSatisfaction.questions;
if (!needs || !closer || !treated || !recommend) throw new Error('fixture');

describe('questionnaire definitions', () => {
  it('accepts the built-in questionnaires', () => {
    for (const q of builtInQuestionnaires) expect(validateQuestionnaire(q).ok).toBe(true);
  });

  it('refuses duplicate keys, thresholds outside the scale and misplaced goals', () => {
    const dup: QuestionnaireDefinition = {
      ...participantSatisfaction,
      questions: [needs, { ...closer, key: needs.key }],
    };
    expect(validateQuestionnaire(dup)).toMatchObject({
      ok: false,
      error: { code: 'SURVEY.DEFINITION', field: 'questions.1.key' },
    });
    const threshold = { ...participantSatisfaction, questions: [{ ...needs, agreeFrom: 6 }] };
    expect(validateQuestionnaire(threshold)).toMatchObject({
      ok: false,
      error: { field: 'questions.0.agreeFrom' },
    });
    const yesNo = { ...participantSatisfaction, questions: [{ ...treated, agreeFrom: 2 }] };
    expect(validateQuestionnaire(yesNo).ok).toBe(false);
    const employerGoal = {
      ...participantSatisfaction,
      questions: [{ ...needs, metric: 'satisfied_employers' as const }],
    };
    expect(validateQuestionnaire(employerGoal)).toMatchObject({
      ok: false,
      error: { field: 'questions.0.metric' },
    });
    expect(validateQuestionnaire({ ...participantSatisfaction, questions: [] }).ok).toBe(false);
    expect(validateQuestionnaire({ ...participantSatisfaction, version: 0 }).ok).toBe(false);
  });
});

describe('answers', () => {
  it('accepts answers inside each scale and fills skipped optional questions with null', () => {
    const result = validateAnswers(participantSatisfaction, {
      organised_around_needs: 4,
      closer_to_labour_market: 5,
      well_treated: 1,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        organised_around_needs: 4,
        closer_to_labour_market: 5,
        well_treated: 1,
        recommend: null,
      },
    });
  });

  it('refuses values outside the scale, fractions, unknown and missing required questions', () => {
    const base = { organised_around_needs: 4, closer_to_labour_market: 5, well_treated: 1 };
    expect(
      validateAnswers(participantSatisfaction, { ...base, organised_around_needs: 6 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SURVEY.ANSWER', field: 'answers.organised_around_needs' },
    });
    expect(
      validateAnswers(participantSatisfaction, { ...base, organised_around_needs: 0 }).ok,
    ).toBe(false);
    expect(validateAnswers(participantSatisfaction, { ...base, well_treated: 2 }).ok).toBe(false);
    expect(validateAnswers(participantSatisfaction, { ...base, recommend: 10 }).ok).toBe(true);
    expect(validateAnswers(participantSatisfaction, { ...base, recommend: 11 }).ok).toBe(false);
    expect(validateAnswers(participantSatisfaction, { ...base, recommend: 7.5 }).ok).toBe(false);
    expect(validateAnswers(participantSatisfaction, { ...base, other: 3 })).toMatchObject({
      ok: false,
      error: { code: 'SURVEY.UNKNOWN_QUESTION', field: 'answers.other' },
    });
    expect(
      validateAnswers(participantSatisfaction, { organised_around_needs: 4, well_treated: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SURVEY.REQUIRED', field: 'answers.closer_to_labour_market' },
    });
  });

  it('agrees at or above the threshold: ≥ 4 of 5, yes, ≥ 7 of 10', () => {
    expect([1, 2, 3, 4, 5].map((v) => agrees(needs, v))).toEqual([false, false, false, true, true]);
    expect([0, 1].map((v) => agrees(treated, v))).toEqual([false, true]);
    expect([6, 7, 10].map((v) => agrees(recommend, v))).toEqual([false, true, true]);
    expect(agrees(needs, null)).toBe(false);
  });
});

describe('agreement shares (computed by hand)', () => {
  // Five respondents. needs: 5, 4, 3, 2, 4 → 3 of 5 agree = 0.6.
  // closer: 5, 5, 4, 4, 1 → 4 of 5 = 0.8. recommend: 9, null, 6, null, 7 → 2 of 3.
  const responses = [
    { organised_around_needs: 5, closer_to_labour_market: 5, well_treated: 1, recommend: 9 },
    { organised_around_needs: 4, closer_to_labour_market: 5, well_treated: 1, recommend: null },
    { organised_around_needs: 3, closer_to_labour_market: 4, well_treated: 0, recommend: 6 },
    { organised_around_needs: 2, closer_to_labour_market: 4, well_treated: 1, recommend: null },
    { organised_around_needs: 4, closer_to_labour_market: 1, well_treated: 1, recommend: 7 },
  ];

  it('per question, skipped answers are not in the denominator', () => {
    expect(questionAgreement(needs, responses)).toEqual({ answered: 5, agreeing: 3, share: 0.6 });
    expect(questionAgreement(closer, responses)).toEqual({ answered: 5, agreeing: 4, share: 0.8 });
    expect(questionAgreement(treated, responses)).toEqual({ answered: 5, agreeing: 4, share: 0.8 });
    expect(questionAgreement(recommend, responses)).toEqual({
      answered: 3,
      agreeing: 2,
      share: 2 / 3,
    });
    expect(questionAgreement(needs, [])).toEqual({ answered: 0, agreeing: 0, share: null });
    // mean of 5, 4, 3, 2, 4 = 18 / 5
    expect(meanScore(needs, responses)).toBeCloseTo(3.6, 10);
  });

  it('per goal, over questionnaire versions', () => {
    const v2: QuestionnaireDefinition = {
      ...participantSatisfaction,
      version: 2,
      questions: [{ ...needs, key: 'needs_v2', agreeFrom: 5 }],
    };
    const all = [
      ...responses.map((answers) => ({ questionnaire: participantSatisfaction, answers })),
      // v2: 5 agrees, 4 does not (threshold 5).
      { questionnaire: v2, answers: { needs_v2: 5 } },
      { questionnaire: v2, answers: { needs_v2: 4 } },
    ];
    // satisfied_participants: 3 of 5 from v1 + 1 of 2 from v2 = 4 of 7.
    expect(goalAgreement('satisfied_participants', all)).toEqual({
      answered: 7,
      agreeing: 4,
      share: 4 / 7,
    });
    // closer: only v1 has it: 4 of 5.
    expect(goalAgreement('closer_to_labour_market', all)).toMatchObject({
      answered: 5,
      agreeing: 4,
    });
    expect(goalAgreementOf(v2, 'closer_to_labour_market', { needs_v2: 5 })).toBeUndefined();
  });
});

describe('assessments', () => {
  const at = LocalDate.from;
  it('checks every item is scored 1–5', () => {
    const scores = { manage_work_tasks: 2, work_pace: 3, cooperation: 4, routines: 1, health: 5 };
    expect(validateAssessmentScores(doaSelfRating, scores).ok).toBe(true);
    expect(validateAssessmentScores(doaSelfRating, { ...scores, health: 6 })).toMatchObject({
      ok: false,
      error: { code: 'ASSESSMENT.SCORE', field: 'scores.health' },
    });
    const { health: _health, ...missing } = scores;
    expect(validateAssessmentScores(doaSelfRating, missing).ok).toBe(false);
    expect(validateAssessmentScores(doaSelfRating, { ...scores, extra: 3 })).toMatchObject({
      ok: false,
      error: { code: 'ASSESSMENT.UNKNOWN_ITEM' },
    });
  });

  it('reads SASSAM-style scores as obstacles and strengths', () => {
    expect([1, 2, 3, 4, 5].map(mappingClass)).toEqual([
      'obstacle',
      'obstacle',
      'neither',
      'strength',
      'strength',
    ]);
    expect(sassamMapping.kind).toBe('mapping');
  });

  it('computes change first → last by date (by hand)', () => {
    const first = { manage_work_tasks: 2, work_pace: 2, cooperation: 3, routines: 1, health: 2 };
    const middle = { manage_work_tasks: 3, work_pace: 3, cooperation: 3, routines: 2, health: 2 };
    const last = { manage_work_tasks: 4, work_pace: 3, cooperation: 3, routines: 3, health: 2 };
    // Given out of order: change is by date.
    const change = assessmentChange(doaSelfRating, [
      { on: at('2024-06-01'), scores: last },
      { on: at('2024-01-15'), scores: first },
      { on: at('2024-03-01'), scores: middle },
    ]);
    // mean first = 10 / 5 = 2; mean last = 15 / 5 = 3.
    expect(assessmentMean(doaSelfRating, first)).toBe(2);
    expect(change).toMatchObject({
      from: '2024-01-15',
      to: '2024-06-01',
      assessments: 3,
      meanFirst: 2,
      meanLast: 3,
      meanChange: 1,
    });
    expect(change?.items.map((i) => i.change)).toEqual([2, 1, 0, 2, 0]);
    expect(
      assessmentChange(doaSelfRating, [{ on: at('2024-01-01'), scores: first }]),
    ).toBeUndefined();
  });
});
