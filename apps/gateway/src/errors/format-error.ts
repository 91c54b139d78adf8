import { type GraphQLFormattedError, GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { PersistenceError } from '@finsam-se/persistence';
import { messageOf } from './catalogue.js';
import { AppError, type ErrorCode } from './error-codes.js';
import { withoutValues } from './mask-values.js';

const persistenceCodes: Record<string, ErrorCode> = {
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  DUPLICATE: 'CONFLICT',
  CONSTRAINT: 'BAD_USER_INPUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

/** A general refusal of a code, in Swedish with its English beside it (catalogue.ts). */
function general(code: ErrorCode): { message: string; extensions: Record<string, unknown> } {
  return {
    message: messageOf(code, 'sv'),
    extensions: { code, messageEn: messageOf(code, 'en') },
  };
}

/**
 * The input a scalar refused while graphql-js read the variables (`Variable "$filter" got
 * invalid value … at "filter.ids[0]"`), named as refusals name fields: `filter.ids.0`.
 */
export function coercedInputOf(message: string): string | undefined {
  const variable = /^Variable "\$(\w+)" got invalid value/.exec(message)?.[1];
  if (variable === undefined) return undefined;
  const path = / at "([\w.[\]]+)"; /.exec(message)?.[1];
  return (path ?? variable).replace(/\[(\d+)\]/g, '.$1');
}

/** Apollo and graphql-js codes that are already safe and stable. */
const passThrough = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The one place where errors become responses: expected failures keep their code, field
 * and reason; everything else becomes INTERNAL_SERVER_ERROR with no stack, SQL or data.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  let original = unwrapResolverError(error);
  // Errors thrown while building the context (e.g. the database is down while resolving the
  // session) arrive wrapped in a GraphQLError: look at what they wrap.
  // A scalar's refusal (UUID) arrives wrapped twice: by graphql-js reading the variables, and
  // by Apollo's UserInputError.
  let inner = original instanceof GraphQLError ? original.originalError : undefined;
  while (inner instanceof GraphQLError) inner = inner.originalError;
  if (inner instanceof AppError || inner instanceof PersistenceError) original = inner;
  const base = {
    message: '',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  if (original instanceof AppError) {
    const field = original.extra.field ?? coercedInputOf(formatted.message);
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...original.extra, ...(field ? { field } : {}) },
    };
  }
  if (original instanceof PersistenceError) {
    return { ...base, ...general(persistenceCodes[original.code] ?? 'INTERNAL_SERVER_ERROR') };
  }
  const code = formatted.message.startsWith('Syntax Error')
    ? 'GRAPHQL_PARSE_FAILED'
    : formatted.extensions?.code;
  if (
    typeof code === 'string' &&
    passThrough.has(code) &&
    (original instanceof GraphQLError || !(original instanceof Error))
  ) {
    const field = /Variable "\$(\w+)"/.exec(formatted.message)?.[1];
    return {
      ...base,
      message: withoutValues(formatted.message),
      extensions: {
        // A literal of the wrong shape ("Expected value of type …") is bad input, not a bad query.
        code:
          (code === 'GRAPHQL_VALIDATION_FAILED' &&
            !formatted.message.startsWith('Expected value of type')) ||
          code === 'GRAPHQL_PARSE_FAILED'
            ? code
            : 'BAD_USER_INPUT',
        ...(field ? { field } : {}),
      },
    };
  }
  if (typeof code === 'string' && (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN')) {
    return { ...base, ...general(code) };
  }
  onUnexpected(original);
  return { ...base, ...general('INTERNAL_SERVER_ERROR') };
}
