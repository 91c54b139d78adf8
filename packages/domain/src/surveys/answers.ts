import { type DomainError, fail } from '../core/domain-error.js';
import { type Result, ok } from '../core/result.js';
import {
  type Question,
  type QuestionnaireDefinition,
  type SurveyGoalMetric,
  scaleRange,
} from './questionnaire.js';

/** Answers by question key; null = the respondent skipped an optional question. */
export type Answers = Readonly<Record<string, number | null>>;

export type AnswerError = DomainError<
  'SURVEY.UNKNOWN_QUESTION' | 'SURVEY.ANSWER' | 'SURVEY.REQUIRED'
>;

/**
 * Checks answers against the questionnaire version they are given to: only its
 * questions, integers inside each scale, every required question answered, and at
 * least one answer. Returns the answers with every question present (skipped = null).
 */
export function validateAnswers(
  questionnaire: QuestionnaireDefinition,
  answers: Answers,
): Result<Answers, AnswerError> {
  const byKey = new Map(questionnaire.questions.map((q) => [q.key, q]));
  for (const key of Object.keys(answers))
    if (!byKey.has(key)) return fail('SURVEY.UNKNOWN_QUESTION', `answers.${key}`);
  const out: Record<string, number | null> = {};
  let answered = 0;
  for (const question of questionnaire.questions) {
    const value = answers[question.key] ?? null;
    if (value === null) {
      if (question.required) return fail('SURVEY.REQUIRED', `answers.${question.key}`);
      out[question.key] = null;
      continue;
    }
    const range = scaleRange[question.scale];
    if (!Number.isInteger(value) || value < range.min || value > range.max)
      return fail('SURVEY.ANSWER', `answers.${question.key}`);
    out[question.key] = value;
    answered += 1;
  }
  if (answered === 0) return fail('SURVEY.REQUIRED', 'answers');
  return ok(out);
}

/** Does this answer count as agreeing? Null (skipped) never does, and is not counted. */
export function agrees(question: Pick<Question, 'agreeFrom'>, value: number | null): boolean {
  return value !== null && value >= question.agreeFrom;
}

export type Agreement = {
  /** Respondents who answered (the denominator). */
  readonly answered: number;
  readonly agreeing: number;
  /** agreeing / answered, null when nobody answered. */
  readonly share: number | null;
};

const agreement = (answered: number, agreeing: number): Agreement => ({
  answered,
  agreeing,
  share: answered === 0 ? null : agreeing / answered,
});

/** Share agreeing on one question among those who answered it. */
export function questionAgreement(question: Question, responses: readonly Answers[]): Agreement {
  let answered = 0;
  let agreeing = 0;
  for (const answers of responses) {
    const value = answers[question.key] ?? null;
    if (value === null) continue;
    answered += 1;
    if (agrees(question, value)) agreeing += 1;
  }
  return agreement(answered, agreeing);
}

/**
 * Whether one response agrees for a goal: it answered at least one question feeding the
 * goal (else undefined: not counted) and agreed on every one it answered.
 */
export function goalAgreementOf(
  questionnaire: QuestionnaireDefinition,
  metric: SurveyGoalMetric,
  answers: Answers,
): boolean | undefined {
  let any = false;
  for (const question of questionnaire.questions) {
    if (question.metric !== metric) continue;
    const value = answers[question.key] ?? null;
    if (value === null) continue;
    any = true;
    if (!agrees(question, value)) return false;
  }
  return any ? true : undefined;
}

/** Share of respondents agreeing for a goal (see goalAgreementOf), over any versions. */
export function goalAgreement(
  metric: SurveyGoalMetric,
  responses: readonly {
    readonly questionnaire: QuestionnaireDefinition;
    readonly answers: Answers;
  }[],
): Agreement {
  let answered = 0;
  let agreeing = 0;
  for (const { questionnaire, answers } of responses) {
    const result = goalAgreementOf(questionnaire, metric, answers);
    if (result === undefined) continue;
    answered += 1;
    if (result) agreeing += 1;
  }
  return agreement(answered, agreeing);
}

/** Mean of the answered values of a question (null when none), e.g. for a 1–5 score. */
export function meanScore(question: Question, responses: readonly Answers[]): number | null {
  let sum = 0;
  let n = 0;
  for (const answers of responses) {
    const value = answers[question.key] ?? null;
    if (value === null) continue;
    sum += value;
    n += 1;
  }
  return n === 0 ? null : sum / n;
}
