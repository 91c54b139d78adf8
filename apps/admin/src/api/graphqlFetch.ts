// POSTs one GraphQL document to /graphql with the bearer token, as JSON.
import {
  GraphQLRequestError,
  errorFromResponse,
  messageKeyForCode,
  panelLocale,
  type GraphQLErrorShape,
} from './errors';
import { readToken } from '../auth/session';
import type { TypedDocumentString } from './generated/graphql';

export const GRAPHQL_URI = '/graphql';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface GraphQLClientOptions {
  fetch?: FetchLike;
  uri?: string;
  token?: () => string | null;
}

/**
 * The session's bearer token and the panel's language: the gateway words its errors in the
 * language the request asks for, and the browser's own Accept-Language may not be the
 * panel's.
 */
export function authHeaders(token: string | null): Record<string, string> {
  const language = { 'Accept-Language': panelLocale() };
  return token ? { ...language, Authorization: `Bearer ${token}` } : language;
}

/**
 * Sends one document. A generated document (src/api/documents → generated/) types both the
 * variables and the answer; a plain string is untyped and kept only for callers not yet moved
 * to a generated document.
 */
export interface GraphQLCall {
  <TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables?: TVariables,
    signal?: AbortSignal,
  ): Promise<TResult>;
  <T>(
    query: string | TypedDocumentString<unknown, never>,
    variables?: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<T>;
}

export function createGraphQLCall(options: GraphQLClientOptions = {}): GraphQLCall {
  const doFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const uri = options.uri ?? GRAPHQL_URI;
  const token = options.token ?? (() => readToken());
  const send = async (
    document: string | TypedDocumentString<unknown, never>,
    variables: unknown = {},
    signal?: AbortSignal,
  ): Promise<unknown> => {
    let response: Response;
    try {
      response = await doFetch(uri, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          ...authHeaders(token()),
        },
        body: JSON.stringify({ query: document.toString(), variables }),
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
    return payload.data;
  };
  // The answer's shape is the document's (generated from the schema the gateway serves).
  return send as GraphQLCall;
}
