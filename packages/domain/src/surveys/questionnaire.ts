import { type DomainError, fail } from '../core/domain-error.js';
import { type Result, ok } from '../core/result.js';
import type { GoalMetric } from '../model/organisation.js';

/** The answer scales a question can have. Every answer is stored as an integer. */
export const questionScales = ['likert5', 'yes_no', 'scale_0_10'] as const;
export type QuestionScale = (typeof questionScales)[number];

/** Who answers: a participant or an employer contact (about a placement). */
export const respondentKinds = ['participant', 'employer'] as const;
export type RespondentKind = (typeof respondentKinds)[number];

/** When a questionnaire is sent: at enrollment, discharge, 3/6/12 months after, year end. */
export const surveyTriggers = [
  'enrollment',
  'discharge',
  'month_3',
  'month_6',
  'month_12',
  'year_end',
] as const;
export type SurveyTrigger = (typeof surveyTriggers)[number];

/** The goal metrics a survey question can feed (goals measured by asking people). */
export const surveyGoalMetrics = [
  'satisfied_participants',
  'satisfied_employers',
  'closer_to_labour_market',
] as const satisfies readonly GoalMetric[];
export type SurveyGoalMetric = (typeof surveyGoalMetrics)[number];

/**
 * The target of a survey goal when the project has none registered (seeds 003 and 004):
 * 80 % of individuals and employers satisfied (Efterstöd), 95 % closer to the labour
 * market (FiA). Goals are data; these are only the fallback.
 */
export const defaultSurveyTargets: Readonly<Record<SurveyGoalMetric, number>> = {
  satisfied_participants: 0.8,
  satisfied_employers: 0.8,
  closer_to_labour_market: 0.95,
};

/** The integer range of each scale, inclusive. yes_no: 0 = no, 1 = yes. */
export const scaleRange: Readonly<Record<QuestionScale, { min: number; max: number }>> = {
  likert5: { min: 1, max: 5 },
  yes_no: { min: 0, max: 1 },
  scale_0_10: { min: 0, max: 10 },
};

/** What counts as agreeing when nothing else is said: ≥ 4 of 5, yes, ≥ 7 of 10. */
export const defaultAgreeFrom: Readonly<Record<QuestionScale, number>> = {
  likert5: 4,
  yes_no: 1,
  scale_0_10: 7,
};

export type SurveyText = { readonly sv: string; readonly en: string };

export type Question = {
  /** Stable within a questionnaire key across versions, e.g. `organised_around_needs`. */
  readonly key: string;
  readonly scale: QuestionScale;
  readonly text: SurveyText;
  /** The goal this question feeds, or null. */
  readonly metric: SurveyGoalMetric | null;
  /** An answer at or above this value counts as agreeing. */
  readonly agreeFrom: number;
  readonly required: boolean;
};

/** One version of a questionnaire. A new version is a new definition; answers keep theirs. */
export type QuestionnaireDefinition = {
  readonly key: string;
  readonly version: number;
  readonly title: SurveyText;
  readonly respondent: RespondentKind;
  readonly questions: readonly Question[];
};

export type QuestionnaireError = DomainError<'SURVEY.DEFINITION'>;

const KEY = /^[a-z][a-z0-9_]{1,59}$/;
const textOk = (text: SurveyText, max: number) =>
  text.sv.trim().length >= 1 &&
  text.sv.length <= max &&
  text.en.trim().length >= 1 &&
  text.en.length <= max;

/**
 * Checks a questionnaire definition: a key, version ≥ 1, titles, 1–50 questions with
 * unique keys, known scales, an agree threshold inside the scale, and a metric that fits
 * the respondent (employers feed `satisfied_employers` only; participants never).
 */
export function validateQuestionnaire(
  definition: QuestionnaireDefinition,
): Result<QuestionnaireDefinition, QuestionnaireError> {
  if (!KEY.test(definition.key)) return fail('SURVEY.DEFINITION', 'key');
  if (!Number.isInteger(definition.version) || definition.version < 1)
    return fail('SURVEY.DEFINITION', 'version');
  if (!textOk(definition.title, 200)) return fail('SURVEY.DEFINITION', 'title');
  if (!(respondentKinds as readonly string[]).includes(definition.respondent))
    return fail('SURVEY.DEFINITION', 'respondent');
  const { questions } = definition;
  if (questions.length < 1 || questions.length > 50) return fail('SURVEY.DEFINITION', 'questions');
  const seen = new Set<string>();
  for (const [index, q] of questions.entries()) {
    const at = `questions.${index}`;
    if (!KEY.test(q.key) || seen.has(q.key)) return fail('SURVEY.DEFINITION', `${at}.key`);
    seen.add(q.key);
    if (!(questionScales as readonly string[]).includes(q.scale))
      return fail('SURVEY.DEFINITION', `${at}.scale`);
    if (!textOk(q.text, 500)) return fail('SURVEY.DEFINITION', `${at}.text`);
    const range = scaleRange[q.scale];
    if (!Number.isInteger(q.agreeFrom) || q.agreeFrom < range.min || q.agreeFrom > range.max)
      return fail('SURVEY.DEFINITION', `${at}.agreeFrom`);
    if (q.metric !== null) {
      if (!(surveyGoalMetrics as readonly string[]).includes(q.metric))
        return fail('SURVEY.DEFINITION', `${at}.metric`);
      const employerMetric = q.metric === 'satisfied_employers';
      if (employerMetric !== (definition.respondent === 'employer'))
        return fail('SURVEY.DEFINITION', `${at}.metric`);
    }
  }
  return ok(definition);
}
