import { ApolloServer, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { NoSchemaIntrospectionCustomRule, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context.js';
import { formatError } from '../errors/format-error.js';
import { localePlugin } from '../errors/locale-plugin.js';
import type { Logger } from '../logging/logger.js';
import { errorCapPlugin } from './error-cap.js';
import { plainTextInputPlugin } from './plain-text-input.js';

/**
 * The codes the client was sent: the raw errors carry no code when a resolver threw an
 * AppError (formatError gives it), so the formatted response is read instead.
 */
function loggedCodes(
  body: GraphQLResponse['body'],
  raw: readonly { extensions?: Record<string, unknown> }[] | undefined,
): unknown[] | undefined {
  const sent = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
  const errors = sent ?? raw;
  return errors?.map((e) => e.extensions?.code ?? 'UNKNOWN');
}

/** Logs each operation with its name, duration and error codes; never its variables. */
function operationLog(log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didResolveOperation({ operation }) {
          // A write is starting: figures cached from now on could miss it.
          if (operation?.operation === 'mutation' && contextValue.actor) {
            contextValue.reportCache.invalidate(contextValue.actor.associationId);
          }
        },
        async willSendResponse({ operationName, errors, operation, response }) {
          // Any successful write makes the association's cached figures stale.
          if (operation?.operation === 'mutation' && contextValue.actor) {
            contextValue.reportCache.invalidate(contextValue.actor.associationId);
          }
          if (!log.isLevelEnabled('info')) return;
          log.info(
            {
              requestId: contextValue.requestId,
              operation: operationName ?? null,
              ms: Math.round(performance.now() - started),
              role: contextValue.actor?.role ?? null,
              errors: loggedCodes(response.body, errors),
            },
            'graphql',
          );
        },
      };
    },
  };
}

/**
 * Apollo with the hardening from the issue: no batching, CSRF prevention, graphql-armor
 * limits (depth, cost, aliases, directives, tokens), no suggestions for strangers,
 * introspection and landing page only outside production, masked errors, repeated
 * errors reported once and at most MAX_ERRORS of them.
 */
export function createApollo(
  schema: GraphQLSchema,
  options: { production: boolean; log: Logger },
): ApolloServer<RequestContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    costLimit: { maxCost: 20_000 },
    // Every alias counts, `__typename` too (graphql-armor lets those through by default).
    maxAliases: { n: 15, allowList: [] },
    maxDirectives: { n: 10 },
    maxTokens: { n: 2000 },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return new ApolloServer<RequestContext>({
    schema,
    allowBatchedHttpRequests: false,
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same objects.
      ...(protection.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      operationLog(options.log),
      errorCapPlugin<RequestContext>(),
      localePlugin<RequestContext>(),
      plainTextInputPlugin<RequestContext>(),
      // No HTTP cache hints are used; without this plugin Apollo wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    validationRules: [
      ...protection.validationRules,
      ...(options.production ? [NoSchemaIntrospectionCustomRule] : []),
    ],
    introspection: !options.production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, (unexpected) =>
        options.log.error({ err: unexpected }, 'unexpected error'),
      ),
  });
}
