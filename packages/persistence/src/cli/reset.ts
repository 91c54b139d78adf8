import { revertAllMigrations, runMigrations } from '../db/migrate.js';
import { seedDemo } from '../seed/seed-demo.js';
import { stockholmToday } from '../seed/stockholm-today.js';
import { runCli } from './run-cli.js';

await runCli('db:reset', async (persistence, log) => {
  const reverted = await revertAllMigrations(persistence.database.dataSource);
  log(`Reverted ${reverted} migration(s): every table dropped.`);
  const applied = await runMigrations(persistence.database.dataSource);
  log(`Applied ${applied.join(', ')}.`);
  await seedDemo(persistence, { today: stockholmToday(new Date()), log });
});
