// POSTs one GraphQL document to /graphql with the bearer token, as JSON.
import {
  GraphQLRequestError,
  errorFromResponse,
  messageKeyForCode,
  type GraphQLErrorShape,
} from './errors';
import { readToken } from '../auth/session';

export const GRAPHQL_URI = '/graphql';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface GraphQLClientOptions {
  fetch?: FetchLike;
  uri?: string;
  token?: () => string | null;
}

export function authHeaders(token: string | null): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export type GraphQLCall = <T>(
  query: string,
  variables?: Record<string, unknown>,
  signal?: AbortSignal,
) => Promise<T>;

export function createGraphQLCall(options: GraphQLClientOptions = {}): GraphQLCall {
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const uri = options.uri ?? GRAPHQL_URI;
  const token = options.token ?? (() => readToken());
  return async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    signal?: AbortSignal,
  ) => {
    let response: Response;
    try {
      response = await doFetch(uri, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          ...authHeaders(token()),
        },
        body: JSON.stringify({ query, variables }),
        ...(signal ? { signal } : {}),
      });
    } catch (cause) {
      if (cause instanceof Error && cause.name === 'AbortError') throw cause;
      throw new GraphQLRequestError(messageKeyForCode('NETWORK'), 'NETWORK', 0);
    }
    let payload: { data?: unknown; errors?: GraphQLErrorShape[] } = {};
    try {
      payload = (await response.json()) as typeof payload;
    } catch {
      payload = {};
    }
    const error = errorFromResponse(response.status, payload.errors);
    if (error) throw error;
    if (payload.data === undefined || payload.data === null) {
      throw new GraphQLRequestError(
        messageKeyForCode('INTERNAL_SERVER_ERROR'),
        'INTERNAL_SERVER_ERROR',
        response.status,
      );
    }
    return payload.data as T;
  };
}
