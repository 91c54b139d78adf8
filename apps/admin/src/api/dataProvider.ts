// The panel's data provider: ra-data-graphql-simple for the resources, plus typed methods
// for the named operations that POST their own GraphQL documents to /graphql.
import type buildGraphQLProvider from 'ra-data-graphql-simple';
import type { DataProvider } from 'react-admin';
import {
  createGraphQLCall,
  authHeaders,
  GRAPHQL_URI,
  type FetchLike,
  type GraphQLCall,
} from './graphqlFetch';
import { convertProviderError } from './providerErrors';
import { readToken } from '../auth/session';
import { buildNamedOperations, type NamedOperations } from './namedOperations';
import { pagedGetList } from './pagedGetList';
export type { NamedOperations };

export type FinsamDataProvider = DataProvider & NamedOperations;

type ProviderOptions = Parameters<typeof buildGraphQLProvider>[0];
type IntrospectionOption = Exclude<ProviderOptions['introspection'], false | undefined>;
type Schema = NonNullable<IntrospectionOption['schema']>;

const RA_METHODS = [
  'getList',
  'getOne',
  'getMany',
  'getManyReference',
  'create',
  'update',
  'updateMany',
  'delete',
  'deleteMany',
] as const;

type Invokable = (...args: unknown[]) => Promise<unknown>;

/**
 * ra-data-graphql-simple needs the schema before its first request: it comes from the
 * gateway's committed SDL, built into the bundle; the provider is built on first use.
 * Pages over the gateway's 500 (the Export's 1,000) are fetched in pages of 500.
 */
function lazyResourceProvider(uri: string, fetch?: FetchLike): DataProvider {
  let inner: Promise<DataProvider> | undefined;
  const load = (): Promise<DataProvider> => {
    if (!inner) {
      // Imported here, not at the top: Apollo, graphql-js and the schema are a third of the
      // panel's code, and the login page needs none of them (issue 21).
      inner = Promise.all([
        import('ra-data-graphql-simple'),
        import('./resourceLink'),
        import('./schema'),
      ]).then(([{ default: build }, { resourceLink }, { gatewaySchema }]) =>
        build({
          clientOptions: { link: resourceLink(uri, fetch) },
          introspection: { schema: gatewaySchema as unknown as Schema },
          query: () => ({ context: { headers: authHeaders(readToken()) } }),
          mutation: () => ({ context: { headers: authHeaders(readToken()) } }),
        }),
      );
      inner.catch(() => {
        inner = undefined;
      });
    }
    return inner;
  };
  const provider: Record<string, Invokable> = {};
  for (const method of RA_METHODS) {
    provider[method] = async (...args: unknown[]) => {
      const real = await load();
      const fn = real[method] as unknown as Invokable;
      try {
        return await fn.apply(real, args);
      } catch (error) {
        throw convertProviderError(error);
      }
    };
  }
  const resources = provider as unknown as DataProvider;
  return { ...resources, getList: pagedGetList(resources.getList.bind(resources)) };
}

export function buildDataProvider(
  options: { call?: GraphQLCall; uri?: string; fetch?: FetchLike } = {},
): FinsamDataProvider {
  const uri = options.uri ?? GRAPHQL_URI;
  const call = options.call ?? createGraphQLCall({ uri });
  return { ...lazyResourceProvider(uri, options.fetch), ...buildNamedOperations(call) };
}
