import path from 'node:path';

/** Where the data lives: a server PostgreSQL, or the embedded one in a local folder. */
export type DatabaseConfig =
  | { readonly kind: 'server'; readonly url: string }
  | { readonly kind: 'embedded'; readonly dataDir: string; readonly port: number };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the database settings once. `DATABASE_URL` selects a server; otherwise the
 * embedded PostgreSQL keeps its files in `DATA_DIR` (default `./.data`).
 */
export function databaseConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
    }
    return { kind: 'server', url };
  }
  const port = Number(env.EMBEDDED_PG_PORT ?? '54329');
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new ConfigError('EMBEDDED_PG_PORT must be a port number between 1024 and 65535');
  }
  return { kind: 'embedded', dataDir: path.resolve(cwd, env.DATA_DIR ?? '.data'), port };
}

/** The URL with any password replaced, for logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
