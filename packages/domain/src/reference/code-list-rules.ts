import { type DomainError, fail } from '../core/domain-error.js';
import type { LocalDate } from '../core/local-date.js';
import { type Result, ok } from '../core/result.js';
import type { CodeList, CodeListEntry } from './code-lists.js';

export type CodeListError = DomainError<'CODE_LIST.UNKNOWN_CODE' | 'CODE_LIST.EXCLUSIVE'>;

/** The entry for a code that is valid on the given date, if any. */
export function findCode(list: CodeList, code: string, on: LocalDate): CodeListEntry | undefined {
  return list.entries.find(
    (entry) =>
      entry.code === code &&
      entry.validFrom <= on &&
      (entry.validUntil === null || on < entry.validUntil),
  );
}

/** Checks a single code against the list on a date. */
export function validateCode(
  list: CodeList,
  code: string,
  on: LocalDate,
  field?: string,
): Result<CodeListEntry, CodeListError> {
  const found = findCode(list, code, on);
  return found ? ok(found) : fail('CODE_LIST.UNKNOWN_CODE', field);
}

/**
 * Checks a set of income sources: every code known on the date, at least one, none twice,
 * and an exclusive code ("no public support") alone.
 */
export function validateIncomeSources(
  list: CodeList,
  codes: readonly string[],
  on: LocalDate,
  field?: string,
): Result<readonly string[], CodeListError> {
  if (codes.length === 0 || new Set(codes).size !== codes.length)
    return fail('CODE_LIST.UNKNOWN_CODE', field);
  for (const code of codes) {
    const found = findCode(list, code, on);
    if (!found) return fail('CODE_LIST.UNKNOWN_CODE', field);
    if (found.exclusive && codes.length > 1) return fail('CODE_LIST.EXCLUSIVE', field);
  }
  return ok(codes);
}
