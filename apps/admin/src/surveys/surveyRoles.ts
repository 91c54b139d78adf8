// Who may do what with surveys in the panel (the gateway enforces the same rules).
import type { Role } from '../api/types';

/** Send links and record paper answers: the coach (own), municipal chief, manager. */
export function canSendSurvey(role: Role | undefined): boolean {
  return role === 'COACH' || role === 'MANAGER' || role === 'MUNICIPAL_CHIEF';
}

/** Read individual answers: the coach (own participants) and the manager. */
export function canReadAnswers(role: Role | undefined): boolean {
  return role === 'COACH' || role === 'MANAGER';
}

export const SURVEY_TRIGGERS = [
  'DISCHARGE',
  'ENROLLMENT',
  'MONTH_3',
  'MONTH_6',
  'MONTH_12',
  'YEAR_END',
] as const;
