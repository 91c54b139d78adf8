// English strings for surveys and assessments (`app.survey.*`).
import type { surveySv } from './surveySv';

export const surveyEn: typeof surveySv = {
  send: 'Send survey',
  record: 'Record answers',
  questionnaire: 'Questionnaire',
  trigger: 'Time point',
  placement: 'Placement (the employer answers)',
  anonymous: 'Anonymous answers (keeps only gender, year and municipality)',
  create_link: 'Create link',
  link: 'One-time link',
  link_once:
    'Copy the link now and send it to the respondent. It is shown only once, works once and expires after 30 days.',
  copy: 'Copy the link',
  copied: 'The link is copied.',
  recorded: 'The answers are recorded.',
  answered_on: 'Answered on',
  answers: 'Survey answers',
  no_answers: 'No named survey answers.',
  channel: 'Channel',
  channels: { link: 'Link', paper: 'Paper/conversation' },
  respondent: { PARTICIPANT: 'participant', EMPLOYER: 'employer' },
  triggers: {
    ENROLLMENT: 'At enrollment',
    DISCHARGE: 'At discharge',
    MONTH_3: '3 months after',
    MONTH_6: '6 months after',
    MONTH_12: '12 months after',
    YEAR_END: 'At year end',
  },
  dashboard: {
    title: 'Surveys %{year}: share agreeing',
    goal: 'goal %{goal}',
    detail: '%{respondents} respondents · %{invited} links sent, response rate %{rate}',
    none: 'No survey answers this year.',
    goal_name: {
      satisfied_participants: 'Participants: support organised around my needs',
      satisfied_employers: 'Employers: support organised around our needs',
      closer_to_labour_market: 'Participants: closer to the labour market',
    },
  },
};
