import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { localeOf } from './request-locale.js';

/** The error in English when it has a catalogue message in English; otherwise as it is. */
export function inEnglish(error: GraphQLFormattedError): GraphQLFormattedError {
  const english = error.extensions?.messageEn;
  return typeof english === 'string' ? { ...error, message: english } : error;
}

/**
 * Errors are formatted in Swedish with the English message beside them (`messageEn`):
 * a request whose `Accept-Language` prefers English gets the English one as its message.
 */
export function localePlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const locale = localeOf(request.http?.headers.get('accept-language'));
      return {
        async willSendResponse({ response }) {
          if (locale !== 'en' || response.body.kind !== 'single') return;
          const { errors } = response.body.singleResult;
          if (errors) response.body.singleResult.errors = errors.map(inEnglish);
        },
      };
    },
  };
}
