import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, Kind, visit } from 'graphql';
import { refuse } from '../errors/refuse.js';
import { isPlainText } from '../shared/input.js';

/** The path of the first string in a variable value that is not plain text. */
function unplainPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isPlainText(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unplainPath(item, `${path}.${index}`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = unplainPath(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** The argument (and input fields) a string literal of the document is given to. */
function unplainLiteral(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found !== undefined || isPlainText(node.value)) return;
      const names: string[] = [];
      // The parent (the argument or input field holding the string) is not an ancestor.
      for (const ancestor of [...ancestors, parent ?? []]) {
        if (!('kind' in ancestor)) continue;
        if (ancestor.kind === Kind.ARGUMENT || ancestor.kind === Kind.OBJECT_FIELD)
          names.push(ancestor.name.value);
      }
      found = names.join('.') || 'query';
    },
  });
  return found;
}

/**
 * Control characters (NUL and the rest, except tab and newlines), lone surrogates and
 * bidirectional overrides are refused in every string argument, variables and literals
 * alike, before anything runs: one BAD_USER_INPUT, the same as a service's text check
 * gives, instead of a database error (PostgreSQL refuses NUL in text) or stored junk.
 */
export function plainTextInputPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field =
            unplainPath(request.variables ?? {}, '')?.slice(1) ?? unplainLiteral(document);
          if (field) throw refuse('TEXT.CHARACTERS', { field: field });
        },
      };
    },
  };
}
