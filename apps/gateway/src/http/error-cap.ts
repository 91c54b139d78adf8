import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

/** More errors than this in one response are summed up in one last error. */
export const MAX_ERRORS = 20;

export const TOO_MANY_ERRORS: GraphQLFormattedError = {
  message: 'För många fel i begäran; de övriga visas inte.',
  extensions: { code: 'BAD_REQUEST' },
};

/**
 * One error per distinct request-level problem, and at most MAX_ERRORS: a document
 * that repeats a mistake (ten unknown directives) gets it reported once, so it cannot
 * be used to make the server write long answers or to fingerprint it by counting.
 * Errors with a path belong to distinct fields of the result and are kept apart.
 */
export function capErrors(
  errors: readonly GraphQLFormattedError[],
): readonly GraphQLFormattedError[] {
  const seen = new Set<string>();
  const distinct = errors.filter((error) => {
    if (error.path) return true;
    const key = `${String(error.extensions?.code)}\u0000${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return distinct.length > MAX_ERRORS
    ? [...distinct.slice(0, MAX_ERRORS), TOO_MANY_ERRORS]
    : distinct;
}

/** Applies capErrors to every single-result response (the gateway never streams). */
export function errorCapPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors } = response.body.singleResult;
          if (errors && errors.length > 1) response.body.singleResult.errors = capErrors(errors);
        },
      };
    },
  };
}
