// English strings for placements, follow-ups and questionnaire versions; same keys as Swedish.
import type { followUpSv, placementSv, questionnaireSv } from './editingSv';

export const placementEn: typeof placementSv = {
  end: 'End',
  ended: 'The placement has ended.',
  before_start: 'The end date cannot be before the start date.',
};

export const followUpEn: typeof followUpSv = {
  record: 'Record follow-up',
  recorded: 'The follow-up has been recorded.',
  show: 'Show',
  todo: 'To do (overdue and within four weeks)',
  overdue: 'Overdue',
  later: 'Later',
  done: 'Done',
};

export const questionnaireEn: typeof questionnaireSv = {
  menu: 'Questionnaire versions',
  title: 'Questionnaire versions',
  versions: 'Existing versions',
  version: 'Version',
  latest: 'latest',
  question_count: 'Questions',
  next_version: 'New version',
  new: 'New questionnaire version',
  new_help:
    'An existing key makes the next version of that questionnaire; a new key creates a new questionnaire. Answers already given keep their version.',
  created: 'Version %{version} of %{key} has been created.',
  fields: {
    key: 'Key',
    respondent: 'Respondent',
    titleSv: 'Title (Swedish)',
    titleEn: 'Title (English)',
    questions: 'Questions',
    scale: 'Scale',
    textSv: 'Question (Swedish)',
    textEn: 'Question (English)',
    agreeFrom: 'Agrees from',
    metric: 'Goal',
    required: 'Required',
  },
  scale: { LIKERT5: '1–5', YES_NO: 'Yes/no', SCALE_0_10: '0–10' },
  metric: {
    SATISFIED_PARTICIPANTS: 'Satisfied participants',
    SATISFIED_EMPLOYERS: 'Satisfied employers',
    CLOSER_TO_LABOUR_MARKET: 'Closer to the labour market',
  },
};
