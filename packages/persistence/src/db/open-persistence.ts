import pg from 'pg';
import {
  type DatabaseConfig,
  databaseConfigFromEnv,
  redactUrl,
} from '../config/database-config.js';
import { type PiiCipher, createPiiCipher } from '../crypto/pii-cipher.js';
import { resolvePiiKey } from '../crypto/pii-key.js';
import { startEmbeddedServer } from '../embedded/embedded-server.js';
import { createDataSource } from './data-source.js';
import { type Database, createDatabase } from './database.js';

export type Persistence = {
  readonly database: Database;
  readonly pii: PiiCipher;
  readonly config: DatabaseConfig;
  /** The URL in use, password redacted, for logs. */
  readonly describe: string;
  readonly url: string;
  close(): Promise<void>;
};

export type OpenOptions = {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  readonly poolSize?: number;
  readonly log?: (message: string) => void;
  /** Database name on the embedded server. */
  readonly embeddedDatabase?: string;
};

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Opens the configured database: `DATABASE_URL`, or an embedded PostgreSQL started now
 * (and stopped by `close`). Does not migrate: callers decide (ADR: migrations run by a
 * command, and on the embedded demo's first start only).
 */
export async function openPersistence(options: OpenOptions = {}): Promise<Persistence> {
  const env = options.env ?? process.env;
  const config = databaseConfigFromEnv(env, options.cwd ?? process.cwd());
  const pii = createPiiCipher(resolvePiiKey(env, config));
  let url: string;
  let stopServer: () => Promise<void> = async () => undefined;
  if (config.kind === 'server') {
    url = config.url;
  } else {
    const server = await startEmbeddedServer(config.dataDir, config.port, options.log);
    const name = options.embeddedDatabase ?? 'finsam';
    await ensureDatabase(server.adminUrl, name);
    url = server.urlFor(name);
    stopServer = server.stop;
  }
  const dataSource = createDataSource({ url, poolSize: options.poolSize ?? 10 });
  await dataSource.initialize();
  const database = createDatabase(dataSource);
  return {
    database,
    pii,
    config,
    url,
    describe:
      config.kind === 'server' ? redactUrl(url) : `embedded PostgreSQL in ${config.dataDir}`,
    async close() {
      await database.close();
      await stopServer();
    },
  };
}
