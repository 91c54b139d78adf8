import type { AssessmentDefinition } from './assessment.js';
import type { QuestionnaireDefinition } from './questionnaire.js';

/**
 * Efterstöd (seed 003): 80 % of individuals experience that the support is organised
 * around their needs; asked at discharge, 3/6/12 months after and at year end.
 */
export const participantSatisfaction: QuestionnaireDefinition = {
  key: 'participant_satisfaction',
  version: 1,
  respondent: 'participant',
  title: { sv: 'Hur upplever du stödet?', en: 'How do you experience the support?' },
  questions: [
    {
      key: 'organised_around_needs',
      scale: 'likert5',
      text: {
        sv: 'Stödet har utgått från mina behov.',
        en: 'The support has been organised around my needs.',
      },
      metric: 'satisfied_participants',
      agreeFrom: 4,
      required: true,
    },
    {
      key: 'closer_to_labour_market',
      scale: 'likert5',
      text: {
        sv: 'Jag känner mig närmare arbetsmarknaden nu än när jag började.',
        en: 'I feel closer to the labour market now than when I started.',
      },
      metric: 'closer_to_labour_market',
      agreeFrom: 4,
      required: true,
    },
    {
      key: 'well_treated',
      scale: 'yes_no',
      text: { sv: 'Jag har blivit väl bemött.', en: 'I have been treated well.' },
      metric: null,
      agreeFrom: 1,
      required: true,
    },
    {
      key: 'recommend',
      scale: 'scale_0_10',
      text: {
        sv: 'Hur troligt är det att du skulle rekommendera stödet till en vän? (0–10)',
        en: 'How likely are you to recommend the support to a friend? (0–10)',
      },
      metric: null,
      agreeFrom: 7,
      required: false,
    },
  ],
};

/** Efterstöd (seed 003): 80 % of employers experience support organised around their needs. */
export const employerSatisfaction: QuestionnaireDefinition = {
  key: 'employer_satisfaction',
  version: 1,
  respondent: 'employer',
  title: {
    sv: 'Hur upplever ni stödet som arbetsgivare?',
    en: 'How do you experience the support as an employer?',
  },
  questions: [
    {
      key: 'organised_around_needs',
      scale: 'likert5',
      text: {
        sv: 'Stödet från jobbcoachen har utgått från arbetsplatsens behov.',
        en: 'The job coach’s support has been organised around the workplace’s needs.',
      },
      metric: 'satisfied_employers',
      agreeFrom: 4,
      required: true,
    },
    {
      key: 'reachable',
      scale: 'yes_no',
      text: {
        sv: 'Jobbcoachen gick att nå när vi behövde.',
        en: 'The job coach could be reached when we needed.',
      },
      metric: null,
      agreeFrom: 1,
      required: true,
    },
  ],
};

export const builtInQuestionnaires: readonly QuestionnaireDefinition[] = [
  participantSatisfaction,
  employerSatisfaction,
];

/**
 * A self-rating of work ability in the spirit of Dialog om arbetsförmåga (seed 002): the
 * participant's own view, 1 (stämmer inte alls) to 5 (stämmer helt), followed over time.
 * The items are this system's paraphrase, not the licensed instrument.
 */
export const doaSelfRating: AssessmentDefinition = {
  key: 'doa_self_rating',
  version: 1,
  kind: 'self_rating',
  title: {
    sv: 'Självskattning av arbetsförmåga (DOA-inspirerad)',
    en: 'Self-rating of work ability (DOA-inspired)',
  },
  items: [
    {
      key: 'manage_work_tasks',
      area: 'work',
      text: { sv: 'Jag klarar arbetsuppgifter', en: 'I manage work tasks' },
    },
    {
      key: 'work_pace',
      area: 'work',
      text: { sv: 'Jag klarar arbetstempot', en: 'I cope with the pace of work' },
    },
    {
      key: 'cooperation',
      area: 'social',
      text: { sv: 'Jag samarbetar med andra', en: 'I cooperate with others' },
    },
    {
      key: 'routines',
      area: 'daily_life',
      text: { sv: 'Jag har fungerande rutiner', en: 'I have working routines' },
    },
    {
      key: 'health',
      area: 'health',
      text: { sv: 'Min hälsa tillåter arbete', en: 'My health allows work' },
    },
  ],
};

/**
 * A mapping of obstacles and strengths in the spirit of SASSAM (seed 004), by area: 1–2
 * an obstacle, 3 neither, 4–5 a strength. The areas are this system's paraphrase.
 */
export const sassamMapping: AssessmentDefinition = {
  key: 'sassam_mapping',
  version: 1,
  kind: 'mapping',
  title: {
    sv: 'Kartläggning av hinder och styrkor (SASSAM-inspirerad)',
    en: 'Mapping of obstacles and strengths (SASSAM-inspired)',
  },
  items: [
    { key: 'physical', area: 'physical', text: { sv: 'Fysisk förmåga', en: 'Physical ability' } },
    {
      key: 'mental',
      area: 'mental',
      text: { sv: 'Psykisk förmåga', en: 'Mental ability' },
    },
    {
      key: 'social',
      area: 'social',
      text: { sv: 'Social förmåga', en: 'Social ability' },
    },
    {
      key: 'education_experience',
      area: 'education',
      text: { sv: 'Utbildning och erfarenhet', en: 'Education and experience' },
    },
    {
      key: 'life_situation',
      area: 'life',
      text: { sv: 'Livssituation', en: 'Life situation' },
    },
  ],
};

export const assessmentDefinitions: readonly AssessmentDefinition[] = [
  doaSelfRating,
  sassamMapping,
];

/** A built-in assessment definition by key. */
export function findAssessmentDefinition(key: string): AssessmentDefinition | undefined {
  return assessmentDefinitions.find((definition) => definition.key === key);
}
