import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from '../migrations/migrations.js';

export type DataSourceOptions = {
  readonly url: string;
  /** Connections in the pool; the gateway sizes it to its concurrency. */
  readonly poolSize?: number;
  readonly applicationName?: string;
};

/** A TypeORM data source over `pg`: committed migrations only, never synchronize. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName ?? 'finsam-se',
    extra: { connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 },
    logging: false,
  });
}
