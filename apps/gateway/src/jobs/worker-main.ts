import 'reflect-metadata';
import { ConfigError, openPersistence } from '@finsam-se/persistence';
import { createLogger } from '../logging/logger.js';
import { catchUp, startWorker } from './worker.js';
import { WorkerConfigError, loadWorkerConfig } from './worker-config.js';

/**
 * `npm run worker`: the job queue as its own process, for installations that run the
 * gateway with WORKER=off. Same database (DATABASE_URL, PII_KEY), same jobs.
 */
async function main(): Promise<void> {
  const log = createLogger(process.env.LOG_LEVEL ?? 'info');
  let config;
  try {
    config = loadWorkerConfig(process.env);
  } catch (error) {
    if (error instanceof WorkerConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const persistence = await openPersistence({
    cwd: process.env.INIT_CWD ?? process.cwd(),
    poolSize: 5,
    log: (message) => log.info(message),
  }).catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  });
  const worker = await startWorker(
    {
      database: persistence.database,
      pii: persistence.pii,
      mailer: config.mailer,
      log,
      now: () => new Date(),
      publicUrl: config.publicUrl ?? 'http://localhost:4000',
      mailAttempts: config.mailAttempts,
    },
    { connectionString: persistence.url },
  );
  await catchUp(worker, log);
  log.info({ mail: config.mailer.mode }, 'worker running');
  const stop = async () => {
    await worker.stop();
    if (config.mailer.mode === 'smtp') config.mailer.close();
    await persistence.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Worker failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
