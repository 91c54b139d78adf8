import { type DomainError, fail } from '../core/domain-error.js';
import type { LocalDate } from '../core/local-date.js';
import { type Result, ok } from '../core/result.js';
import type { Project } from '../model/organisation.js';

export type ProjectRunningError = DomainError<'PROJECT.NOT_RUNNING'>;

/**
 * Work is received into and enrolled in a project only while it runs: its period is
 * half-open, so a project that ends on 2021-01-01 takes nothing dated that day or later
 * (a referral into a project that ended in 2020 would count towards no budget or goal).
 */
export function requireProjectRunning(
  project: Pick<Project, 'period'>,
  on: LocalDate,
  field: string,
): Result<LocalDate, ProjectRunningError> {
  const { start, end } = project.period;
  return start <= on && on < end ? ok(on) : fail('PROJECT.NOT_RUNNING', field);
}
