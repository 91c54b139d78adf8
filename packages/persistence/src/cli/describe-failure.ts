import { ConfigError, redactUrl } from '../config/database-config.js';

const POSTGRES_URL = /postgres(?:ql)?:\/\/\S+/g;

/**
 * One line for an operator: what failed, never a stack and never a password. A ConfigError
 * says what to set; a connection error keeps its code (ECONNREFUSED) when its message is
 * empty (Node's AggregateError for a host with two addresses has none); any database URL in
 * the text has its password replaced.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof ConfigError) return `Configuration error: ${error.message}`;
  const text =
    error instanceof Error ? error.message || codeOf(error) || error.name : String(error);
  const firstLine = text.split('\n')[0] ?? '';
  return firstLine.replace(POSTGRES_URL, (url) => redactUrl(url));
}

function codeOf(error: Error): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}
