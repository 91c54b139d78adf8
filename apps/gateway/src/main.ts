import 'reflect-metadata';
import {
  ConfigError,
  demoAccounts,
  isDemoSeeded,
  openPersistence,
  runMigrations,
  seedDemo,
} from '@finsam-se/persistence';
import { startGateway } from './app.js';
import { stockholmDateOf } from './clock/today.js';
import { GatewayConfigError, loadConfig } from './config/config.js';
import { createLogger } from './logging/logger.js';
import { startWorker } from './jobs/worker.js';
import { superviseWorker } from './jobs/worker-supervisor.js';
import { WorkerConfigError, loadWorkerConfig } from './jobs/worker-config.js';

/**
 * `npm start`: opens the database (embedded unless DATABASE_URL is set), migrates and
 * seeds the embedded demo on first run, serves the API and the admin panel.
 */
async function main(): Promise<void> {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  let config;
  let workerConfig;
  try {
    config = loadConfig(process.env, cwd);
    workerConfig = loadWorkerConfig(process.env);
  } catch (error) {
    if (
      error instanceof GatewayConfigError ||
      error instanceof ConfigError ||
      error instanceof WorkerConfigError
    ) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const persistence = await openPersistence({
    cwd,
    poolSize: 20,
    log: (message) => log.info(message),
  }).catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  });
  log.info({ database: persistence.describe }, 'database open');
  if (persistence.config.kind === 'embedded') {
    const applied = await runMigrations(persistence.database.dataSource);
    if (applied.length > 0) log.info({ applied }, 'migrated the embedded database');
    if (!(await isDemoSeeded(persistence))) {
      // The demo runs up to today (Stockholm), so the dashboard is never stale.
      const seeded = await seedDemo(persistence, { today: stockholmDateOf(new Date()) });
      log.info(seeded, 'seeded the demo association');
    }
  }
  const gateway = await startGateway(persistence, config, log);
  // The job queue runs in this process unless WORKER=off (then `npm run worker` runs it),
  // in the background: it never holds up or takes down the server.
  const worker = workerConfig.inGateway
    ? superviseWorker(
        () =>
          startWorker(
            {
              database: persistence.database,
              pii: persistence.pii,
              mailer: workerConfig.mailer,
              log,
              now: () => new Date(),
              publicUrl: workerConfig.publicUrl ?? gateway.url,
              mailAttempts: workerConfig.mailAttempts,
            },
            { connectionString: persistence.url },
          ),
        log,
      )
    : undefined;

  const lines = [
    '',
    `  Höglandet SE is running: ${gateway.url}/  (GraphQL: ${gateway.url}/graphql)`,
    ...(config.embedded
      ? [
          '  Demo accounts (embedded demo data only; never use these on real data):',
          ...demoAccounts.map(
            (a) => `    ${a.role.padEnd(16)} ${a.email.padEnd(40)} ${a.password}`,
          ),
        ]
      : []),
    config.adminDist ? '' : '  (The admin panel is not built: run `npm run build`.)',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: draining requests');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await gateway.close();
    await worker?.stop();
    await persistence.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
