import { parseGenerateArgs } from '../generate/generate-args.js';
import { generateNational } from '../generate/generate-national.js';
import { runMigrations } from '../db/migrate.js';
import { runCli } from './run-cli.js';

await runCli('db:generate', async (persistence, log) => {
  const args = parseGenerateArgs(process.argv.slice(2));
  await runMigrations(persistence.database.dataSource);
  await generateNational(persistence, args, log);
});
