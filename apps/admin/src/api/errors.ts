// Error codes of the contract and how the panel reacts to them.

import type { ErrorCode as GatewayErrorCode } from './generated/graphql';

/** The gateway's codes (its ErrorCode enum in schema.graphql) and the panel's own NETWORK. */
export type ErrorCode = GatewayErrorCode | 'NETWORK';

export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: {
    code?: string;
    field?: string;
    reason?: string;
    /** The gateway's English message, when it has one (domain refusals). */
    messageEn?: string;
    currentVersion?: number;
    [key: string]: unknown;
  };
}

/**
 * The HTTP status react-admin should see for each of the gateway's codes (checkError logs
 * out on 401). A Record over the generated enum: a code the gateway adds fails `typecheck`
 * here until the panel says how it treats it.
 */
const STATUS_OF: Record<GatewayErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE_PERSONNUMMER: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** Every code the panel knows from the gateway. */
export const KNOWN_ERROR_CODES = Object.keys(STATUS_OF) as readonly GatewayErrorCode[];

/**
 * Codes whose gateway message says nothing the code does not: the panel says them in the
 * user's language (a translation key, which notify() translates). For the others (bad
 * input, not found, conflict, and codes the panel does not know) the gateway's own message
 * is the one that tells the user what to do.
 */
const SAID_BY_THE_PANEL: readonly ErrorCode[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'NETWORK',
];

export function normaliseCode(code: unknown): ErrorCode {
  return typeof code === 'string' && (KNOWN_ERROR_CODES as readonly string[]).includes(code)
    ? (code as ErrorCode)
    : 'INTERNAL_SERVER_ERROR';
}

/** The panel's language as react-admin stores it ('sv' unless English was chosen). */
export function panelLocale(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): 'sv' | 'en' {
  try {
    return storage?.getItem('RaStore.locale') === '"en"' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

/**
 * What the user is shown for an error: a translation key, or the gateway's message (its
 * English one when the panel is in English and the gateway sent one).
 */
export function userMessage(
  code: ErrorCode,
  gatewayMessage: string | undefined,
  messageEn?: string,
  locale: 'sv' | 'en' = panelLocale(),
): string {
  if (SAID_BY_THE_PANEL.includes(code)) return messageKeyForCode(code);
  const message = (locale === 'en' && messageEn ? messageEn : gatewayMessage)?.trim();
  return message ? message : messageKeyForCode(code);
}

/** Form errors for react-admin: one message per field, and the first message for the form. */
export type SubmissionErrors = Record<string, unknown> & { root?: { serverError: string } };

/** An error from /graphql: HTTP failure or the first GraphQL error, with all errors kept. */
export class GraphQLRequestError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: GraphQLErrorShape[];
  readonly currentVersion: number | undefined;
  readonly body: { errors: SubmissionErrors } | undefined;

  constructor(message: string, code: ErrorCode, status: number, errors: GraphQLErrorShape[] = []) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.code = code;
    this.status = status;
    this.errors = errors;
    const version = errors.find((e) => typeof e.extensions?.currentVersion === 'number')?.extensions
      ?.currentVersion;
    this.currentVersion = typeof version === 'number' ? version : undefined;
    const fields = fieldErrors(errors);
    // react-admin shows root.serverError instead of "the form is not valid": the field
    // named by the gateway may not be on the form (input.effectiveFrom, filter.x).
    this.body =
      Object.keys(fields).length > 0
        ? { errors: { ...fields, root: { serverError: message } } }
        : undefined;
  }
}

/** HTTP status react-admin should see for a code (checkError logs out on 401). */
export function statusForCode(code: ErrorCode): number {
  return code === 'NETWORK' ? 0 : STATUS_OF[code];
}

/** Maps `extensions.field` to a message per form field, for react-admin's `body.errors`. */
export function fieldErrors(errors: readonly GraphQLErrorShape[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of errors) {
    const field = error.extensions?.field;
    if (typeof field === 'string' && field !== '' && result[field] === undefined) {
      result[field] = error.message;
    }
  }
  return result;
}

/** Swedish/English translation key of a code, under `app.error.*`. */
export function messageKeyForCode(code: ErrorCode): string {
  return `app.error.${code}`;
}

/** Builds the error for a GraphQL response; returns undefined when it carried no errors. */
export function errorFromResponse(
  status: number,
  errors: readonly GraphQLErrorShape[] | undefined,
): GraphQLRequestError | undefined {
  if (errors && errors.length > 0) {
    const first = errors[0];
    const code = normaliseCode(first?.extensions?.code);
    const english = first?.extensions?.messageEn;
    const message = userMessage(
      code,
      first?.message,
      typeof english === 'string' ? english : undefined,
    );
    return new GraphQLRequestError(message, code, statusForCode(code), [...errors]);
  }
  const code: ErrorCode | undefined =
    status === 401
      ? 'UNAUTHENTICATED'
      : status === 403
        ? 'FORBIDDEN'
        : status === 429
          ? 'RATE_LIMITED'
          : status === 503
            ? 'SERVICE_UNAVAILABLE'
            : status >= 400
              ? 'INTERNAL_SERVER_ERROR'
              : undefined;
  return code && new GraphQLRequestError(messageKeyForCode(code), code, status);
}

/** True when an arbitrary thrown value means the session is gone. */
export function isAuthError(error: unknown): boolean {
  if (error instanceof GraphQLRequestError) return error.code === 'UNAUTHENTICATED';
  if (typeof error !== 'object' || error === null) return false;
  const record = error as { status?: unknown; body?: unknown; graphQLErrors?: unknown };
  if (record.status === 401) return true;
  const nested = [
    record.graphQLErrors,
    (record.body as { graphQLErrors?: unknown } | undefined)?.graphQLErrors,
  ];
  return nested.some(
    (list) =>
      Array.isArray(list) &&
      list.some(
        (e: unknown) =>
          typeof e === 'object' &&
          e !== null &&
          (e as GraphQLErrorShape).extensions?.code === 'UNAUTHENTICATED',
      ),
  );
}
