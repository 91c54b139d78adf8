import type { LocalDate } from '../core/local-date.js';
import type { Result } from '../core/result.js';
import type { Enrollment } from '../model/enrollment.js';
import { type CodeListError, validateIncomeSources } from '../reference/code-list-rules.js';
import { type CodeList, incomeSources } from '../reference/code-lists.js';

/**
 * Income during participation ("vilken typ av ersättning som personerna har före, under och
 * efter projektdeltagandet", the project description §9): the income sources while enrolled,
 * from the same versioned code list as before and after. Checked against the list on `on`,
 * the day it describes (never after the discharge: after that it is income *after*).
 */
export function validateIncomeDuring(
  enrollment: Pick<Enrollment, 'enrolledOn' | 'discharge'>,
  codes: readonly string[],
  on: LocalDate,
  list: CodeList = incomeSources,
): Result<readonly string[], CodeListError> {
  const last = enrollment.discharge?.on;
  const day =
    last !== undefined && on > last
      ? last
      : on < enrollment.enrolledOn
        ? enrollment.enrolledOn
        : on;
  return validateIncomeSources(list, codes, day, 'compensationDuring');
}
