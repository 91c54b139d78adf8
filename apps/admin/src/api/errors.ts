// Error codes of the contract and how the panel reacts to them.

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: {
    code?: string;
    field?: string;
    reason?: string;
    currentVersion?: number;
    [key: string]: unknown;
  };
}

const KNOWN: readonly ErrorCode[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
];

export function normaliseCode(code: unknown): ErrorCode {
  return typeof code === 'string' && (KNOWN as readonly string[]).includes(code)
    ? (code as ErrorCode)
    : 'INTERNAL_SERVER_ERROR';
}

/** An error from /graphql: HTTP failure or the first GraphQL error, with all errors kept. */
export class GraphQLRequestError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: GraphQLErrorShape[];
  readonly currentVersion: number | undefined;
  readonly body: { errors: Record<string, string> } | undefined;

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
    this.body = Object.keys(fields).length > 0 ? { errors: fields } : undefined;
  }
}

/** HTTP status react-admin should see for a code (checkError logs out on 401). */
export function statusForCode(code: ErrorCode): number {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'BAD_USER_INPUT':
      return 400;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'RATE_LIMITED':
      return 429;
    case 'NETWORK':
      return 0;
    default:
      return 500;
  }
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
    return new GraphQLRequestError(first?.message ?? 'GraphQL error', code, statusForCode(code), [
      ...errors,
    ]);
  }
  if (status === 401) return new GraphQLRequestError('Unauthenticated', 'UNAUTHENTICATED', 401);
  if (status === 403) return new GraphQLRequestError('Forbidden', 'FORBIDDEN', 403);
  if (status === 429) return new GraphQLRequestError('Rate limited', 'RATE_LIMITED', 429);
  if (status >= 400) {
    return new GraphQLRequestError(`HTTP ${status}`, 'INTERNAL_SERVER_ERROR', status);
  }
  return undefined;
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
