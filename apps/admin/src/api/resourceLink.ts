// The Apollo link under ra-data-graphql-simple: HTTP to /graphql, reading the body of an
// HTTP 400 as the GraphQL errors it carries.
import { ApolloLink, HttpLink, Observable, type FetchResult } from '@apollo/client/core';
import type { GraphQLFormattedError } from 'graphql';
import type { FetchLike } from './graphqlFetch';

/** The GraphQL errors in the body of a failed HTTP response, if it carried any. */
export function errorsInBody(error: unknown): GraphQLFormattedError[] | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const result = (error as { result?: unknown }).result;
  if (typeof result !== 'object' || result === null) return undefined;
  const errors = (result as { errors?: unknown }).errors;
  return Array.isArray(errors) && errors.length > 0
    ? (errors as GraphQLFormattedError[])
    : undefined;
}

/**
 * Apollo Server answers a document the schema refuses (an unknown filter field, an enum
 * value that does not exist) with HTTP 400 and the errors in the body. Apollo Client calls
 * that a network failure and ra-data-graphql then throws only "status code 400", so the
 * user saw "HTTP 400". Here such a response goes on as a GraphQL result with its errors,
 * and the panel shows the gateway's message and code like any other error.
 */
export const bodyErrorsLink = new ApolloLink(
  (operation, forward) =>
    new Observable<FetchResult>((observer) => {
      const subscription = forward(operation).subscribe({
        next: (result) => observer.next(result),
        error: (error: unknown) => {
          const errors = errorsInBody(error);
          if (!errors) {
            observer.error(error);
            return;
          }
          observer.next({ errors });
          observer.complete();
        },
        complete: () => observer.complete(),
      });
      return () => subscription.unsubscribe();
    }),
);

/** The link to the gateway; `fetch` is for tests (default: the browser's, at request time). */
export function resourceLink(uri: string, fetch?: FetchLike): ApolloLink {
  const http = fetch
    ? new HttpLink({ uri, fetch: (input, init) => fetch(String(input), init ?? {}) })
    : new HttpLink({ uri });
  return ApolloLink.from([bodyErrorsLink, http]);
}
