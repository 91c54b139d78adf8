// The answer options of each question scale, as integers (yes/no: 1 = yes, 0 = no).
import type { QuestionScale } from '../api/types';

export type Lang = 'sv' | 'en';

const likert: Record<Lang, string[]> = {
  sv: [
    'Stämmer inte alls',
    'Stämmer dåligt',
    'Stämmer delvis',
    'Stämmer ganska bra',
    'Stämmer helt',
  ],
  en: ['Not at all', 'Poorly', 'Partly', 'Fairly well', 'Completely'],
};

export interface ScaleOption {
  value: number;
  label: string;
}

export function scaleOptions(scale: QuestionScale, lang: Lang): ScaleOption[] {
  switch (scale) {
    case 'LIKERT5':
      return likert[lang].map((label, index) => ({
        value: index + 1,
        label: `${index + 1} – ${label}`,
      }));
    case 'YES_NO':
      return [
        { value: 1, label: lang === 'sv' ? 'Ja' : 'Yes' },
        { value: 0, label: lang === 'sv' ? 'Nej' : 'No' },
      ];
    case 'SCALE_0_10':
      return Array.from({ length: 11 }, (_, value) => ({ value, label: String(value) }));
  }
}

/** Answers as the gateway takes them: every question, null when skipped. */
export function answerList(
  questions: readonly { key: string }[],
  values: Readonly<Record<string, number | undefined>>,
): { question: string; value: number | null }[] {
  return questions.map((q) => ({ question: q.key, value: values[q.key] ?? null }));
}

/** Whether every required question has an answer. */
export function complete(
  questions: readonly { key: string; required: boolean }[],
  values: Readonly<Record<string, number | undefined>>,
): boolean {
  return questions.every((q) => !q.required || values[q.key] !== undefined);
}
