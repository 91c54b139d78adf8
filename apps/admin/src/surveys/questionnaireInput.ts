// Between the questionnaire form's values and the gateway's QuestionnaireInput.
import type { QuestionnaireInput, SurveyQuestionInput } from '../api/editingOperations';
import type { Questionnaire, QuestionScale, RespondentKind } from '../api/types';

export const QUESTION_SCALES: readonly QuestionScale[] = ['LIKERT5', 'YES_NO', 'SCALE_0_10'];
export const RESPONDENT_KINDS: readonly RespondentKind[] = ['PARTICIPANT', 'EMPLOYER'];
export const GOAL_METRICS = [
  'SATISFIED_PARTICIPANTS',
  'SATISFIED_EMPLOYERS',
  'CLOSER_TO_LABOUR_MARKET',
] as const;

export interface QuestionFormValues {
  key?: string | null;
  scale?: QuestionScale | null;
  textSv?: string | null;
  textEn?: string | null;
  agreeFrom?: number | string | null;
  metric?: (typeof GOAL_METRICS)[number] | null;
  required?: boolean | null;
}

export interface QuestionnaireFormValues {
  key?: string | null;
  respondent?: RespondentKind | null;
  titleSv?: string | null;
  titleEn?: string | null;
  questions?: QuestionFormValues[] | null;
}

const text = (value: string | null | undefined): string => (value ?? '').trim();

function toQuestion(q: QuestionFormValues): SurveyQuestionInput {
  const result: SurveyQuestionInput = {
    key: text(q.key),
    scale: q.scale ?? 'LIKERT5',
    textSv: text(q.textSv),
    textEn: text(q.textEn),
    required: q.required ?? true,
  };
  const agreeFrom =
    q.agreeFrom === null || q.agreeFrom === undefined || q.agreeFrom === ''
      ? undefined
      : Number(q.agreeFrom);
  if (agreeFrom !== undefined && Number.isFinite(agreeFrom)) result.agreeFrom = agreeFrom;
  if (q.metric) result.metric = q.metric;
  return result;
}

/** Exactly the fields of QuestionnaireInput: trimmed texts, empty optionals left out. */
export function toQuestionnaireInput(values: QuestionnaireFormValues): QuestionnaireInput {
  return {
    key: text(values.key),
    respondent: values.respondent ?? 'PARTICIPANT',
    titleSv: text(values.titleSv),
    titleEn: text(values.titleEn),
    questions: (values.questions ?? []).map(toQuestion),
  };
}

/** Form values for the next version of an existing questionnaire. */
export function formValuesFrom(questionnaire: Questionnaire): QuestionnaireFormValues {
  return {
    key: questionnaire.key,
    respondent: questionnaire.respondent,
    titleSv: questionnaire.titleSv,
    titleEn: questionnaire.titleEn,
    questions: questionnaire.questions.map((q) => ({
      key: q.key,
      scale: q.scale,
      textSv: q.textSv,
      textEn: q.textEn,
      agreeFrom: q.agreeFrom,
      metric: q.metric,
      required: q.required,
    })),
  };
}

/** Newest first within each key, keys in alphabetical order. */
export function sortVersions(list: readonly Questionnaire[]): Questionnaire[] {
  return [...list].sort((a, b) => a.key.localeCompare(b.key) || b.version - a.version);
}
