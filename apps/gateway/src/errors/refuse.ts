import { AppError } from './error-codes.js';
import {
  type ErrorReason,
  type ReasonParams,
  classOf,
  isErrorReason,
  messageOf,
} from './catalogue.js';

/** Where a refusal points and what else a client needs (a current version, violations). */
export type RefusalDetails = {
  /** The input that was wrong, as the client named it (`input.lines.2.fte`). */
  readonly field?: string;
  /** Further extensions: never personal data. */
  readonly extra?: Readonly<Record<string, unknown>>;
};

/** A reason whose message takes parameters must be given them; one without takes none. */
type RefusalArgs<R extends ErrorReason> = [ReasonParams<R>] extends [never]
  ? [details?: RefusalDetails]
  : [
      details: RefusalDetails & {
        readonly params: Readonly<Record<ReasonParams<R>, string | number>>;
      },
    ];

/**
 * The one way an expected failure becomes an error for the client: the catalogue's class as
 * `extensions.code`, the reason, the Swedish message (the English one beside it as
 * `messageEn`; a client asking for English gets it as the message, see locale-plugin.ts).
 */
export function refuse<R extends ErrorReason>(reason: R, ...[details]: RefusalArgs<R>): AppError {
  const params = details && 'params' in details ? details.params : undefined;
  const code = classOf(reason);
  return new AppError(code, messageOf(reason, 'sv', params), {
    ...(details?.field === undefined ? {} : { field: details.field }),
    ...(reason === code ? {} : { reason }),
    messageEn: messageOf(reason, 'en', params),
    ...details?.extra,
  });
}

/** What a pure package's failed result carries: its closed code and the input it names. */
export type RuleError = { readonly code: string; readonly field?: string };

/**
 * The one conversion from a domain, funding or reporting refusal to a GraphQL error: the
 * rule's field (or the caller's, when the rule does not know the input's name) and its
 * code as the reason. A code missing from the catalogue cannot happen (the catalogue test
 * lists every package code); it would still reach the client as plain bad input.
 */
export function fromRule(
  error: RuleError,
  fallbackField?: string,
  extra?: Readonly<Record<string, unknown>>,
): AppError {
  const field = error.field ?? fallbackField;
  const details = {
    ...(field === undefined ? {} : { field }),
    ...(extra === undefined ? {} : { extra }),
  };
  if (isErrorReason(error.code)) return refuse(error.code as RuleReason, details);
  return refuse('BAD_USER_INPUT', { ...details, extra: { ...extra, reason: error.code } });
}

/** Reasons without parameters (every pure package's code is one). */
type RuleReason = {
  [R in ErrorReason]: [ReasonParams<R>] extends [never] ? R : never;
}[ErrorReason];
