// Turns what ra-data-graphql throws (HttpError wrapping an ApolloError) into our typed error,
// so react-admin sees the right status (401 → logout) and `body.errors` per form field.
import { GraphQLRequestError, errorFromResponse, type GraphQLErrorShape } from './errors';

interface ApolloLike {
  graphQLErrors?: GraphQLErrorShape[];
  networkError?: { statusCode?: number; result?: { errors?: GraphQLErrorShape[] } } | null;
}

export function convertProviderError(error: unknown): unknown {
  if (error instanceof GraphQLRequestError) return error;
  if (typeof error !== 'object' || error === null) return error;
  const record = error as { status?: number; body?: unknown; message?: string };
  const body = (record.body ?? error) as ApolloLike;
  const graphQLErrors =
    body.graphQLErrors && body.graphQLErrors.length > 0
      ? body.graphQLErrors
      : body.networkError?.result?.errors;
  const status = body.networkError?.statusCode ?? record.status ?? 200;
  const converted = errorFromResponse(status, graphQLErrors);
  return converted ?? error;
}
