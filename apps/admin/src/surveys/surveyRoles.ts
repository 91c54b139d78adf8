// Who may do what with surveys in the panel: the user's permissions from the gateway's policy.
import { type Permissions, can } from '../auth/permissions';

/** Send links and record paper answers (`survey.send`). */
export function canSendSurvey(p: Permissions): boolean {
  return can(p, 'survey.send');
}

/** Read individual answers (`survey.readAnswers`). */
export function canReadAnswers(p: Permissions): boolean {
  return can(p, 'survey.readAnswers');
}

export const SURVEY_TRIGGERS = [
  'DISCHARGE',
  'ENROLLMENT',
  'MONTH_3',
  'MONTH_6',
  'MONTH_12',
  'YEAR_END',
] as const;
