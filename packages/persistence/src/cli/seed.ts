import { runMigrations } from '../db/migrate.js';
import { isDemoSeeded, seedDemo } from '../seed/seed-demo.js';
import { stockholmToday } from '../seed/stockholm-today.js';
import { runCli } from './run-cli.js';

await runCli('db:seed', async (persistence, log) => {
  if (persistence.config.kind === 'embedded') await runMigrations(persistence.database.dataSource);
  if (await isDemoSeeded(persistence)) {
    log('The demo association is already seeded (npm run db:reset starts over).');
    return;
  }
  const started = performance.now();
  const result = await seedDemo(persistence, { today: stockholmToday(new Date()), log });
  log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${result.rows} rows.`);
});
