import { runMigrations } from '../db/migrate.js';
import { runCli } from './run-cli.js';

await runCli('db:migrate', async (persistence, log) => {
  const applied = await runMigrations(persistence.database.dataSource);
  log(applied.length === 0 ? 'Up to date.' : `Applied ${applied.join(', ')}.`);
});
