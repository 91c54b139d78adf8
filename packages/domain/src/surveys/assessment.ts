import { type DomainError, fail } from '../core/domain-error.js';
import type { LocalDate } from '../core/local-date.js';
import { type Result, ok } from '../core/result.js';
import type { SurveyText } from './questionnaire.js';

/**
 * A structured assessment: `self_rating` (the participant's own view, DOA-style: higher
 * is better) or `mapping` (the coach maps areas, SASSAM-style: 1–2 an obstacle, 3
 * neither, 4–5 a strength). Every item is scored 1–5.
 */
export type AssessmentKind = 'self_rating' | 'mapping';

export type AssessmentItem = {
  readonly key: string;
  readonly text: SurveyText;
  /** Grouping of items, e.g. the SASSAM area. */
  readonly area: string;
};

export type AssessmentDefinition = {
  readonly key: string;
  readonly version: number;
  readonly kind: AssessmentKind;
  readonly title: SurveyText;
  readonly items: readonly AssessmentItem[];
};

export const ASSESSMENT_MIN = 1;
export const ASSESSMENT_MAX = 5;

/** Scores by item key. */
export type AssessmentScores = Readonly<Record<string, number>>;

export type AssessmentError = DomainError<'ASSESSMENT.UNKNOWN_ITEM' | 'ASSESSMENT.SCORE'>;

/** Every item of the definition scored with an integer 1–5, and nothing else. */
export function validateAssessmentScores(
  definition: AssessmentDefinition,
  scores: AssessmentScores,
): Result<AssessmentScores, AssessmentError> {
  const keys = new Set(definition.items.map((item) => item.key));
  for (const key of Object.keys(scores))
    if (!keys.has(key)) return fail('ASSESSMENT.UNKNOWN_ITEM', `scores.${key}`);
  for (const item of definition.items) {
    const score = scores[item.key];
    if (
      score === undefined ||
      !Number.isInteger(score) ||
      score < ASSESSMENT_MIN ||
      score > ASSESSMENT_MAX
    )
      return fail('ASSESSMENT.SCORE', `scores.${item.key}`);
  }
  return ok(scores);
}

/** SASSAM-style reading of a score: obstacle (1–2), neither (3), strength (4–5). */
export function mappingClass(score: number): 'obstacle' | 'neither' | 'strength' {
  return score <= 2 ? 'obstacle' : score >= 4 ? 'strength' : 'neither';
}

/** The mean of an assessment's scores over the definition's items. */
export function assessmentMean(definition: AssessmentDefinition, scores: AssessmentScores): number {
  const values = definition.items.map((item) => scores[item.key] ?? 0);
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

export type DatedScores = { readonly on: LocalDate; readonly scores: AssessmentScores };

export type ItemChange = {
  readonly item: string;
  readonly first: number;
  readonly last: number;
  /** last − first: positive is better (a higher self-rating, a smaller obstacle). */
  readonly change: number;
};

export type AssessmentChange = {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly assessments: number;
  readonly items: readonly ItemChange[];
  readonly meanFirst: number;
  readonly meanLast: number;
  readonly meanChange: number;
};

/**
 * Change over time for one participant and one definition: first against last assessment
 * by date (ties: the later in the list wins). Undefined with fewer than two assessments.
 */
export function assessmentChange(
  definition: AssessmentDefinition,
  history: readonly DatedScores[],
): AssessmentChange | undefined {
  if (history.length < 2) return undefined;
  const sorted = history
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) =>
      a.entry.on < b.entry.on ? -1 : a.entry.on > b.entry.on ? 1 : a.index - b.index,
    )
    .map(({ entry }) => entry);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return undefined;
  const items = definition.items.map((item) => {
    const a = first.scores[item.key] ?? 0;
    const b = last.scores[item.key] ?? 0;
    return { item: item.key, first: a, last: b, change: b - a };
  });
  const meanFirst = assessmentMean(definition, first.scores);
  const meanLast = assessmentMean(definition, last.scores);
  return {
    from: first.on,
    to: last.on,
    assessments: sorted.length,
    items,
    meanFirst,
    meanLast,
    meanChange: meanLast - meanFirst,
  };
}
