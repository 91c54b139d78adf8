import type { HalfYear } from '@finsam-se/domain';
import { jobEffectsRepository } from '@finsam-se/persistence/jobs';
import {
  type JobHelpers,
  Logger as WorkerLogger,
  type Runner,
  type TaskList,
  parseCronItems,
  run,
} from 'graphile-worker';
import { attestationDueJob } from './attestation-job.js';
import { followUpDueJob } from './follow-up-job.js';
import { type JobDeps, payloadString } from './job-deps.js';
import { mailSendJob } from './mail-send-job.js';
import { nightlyRetentionJob } from './retention-job.js';
import { planDueJobs } from './scan.js';
import { seGroupMissedJob } from './se-group-job.js';
import { associationIds } from '@finsam-se/persistence';

export type WorkerOptions = {
  /** The database URL graphile-worker connects with (its own schema, `graphile_worker`). */
  readonly connectionString: string;
  readonly concurrency?: number;
  /** How often an idle worker looks for jobs, ms (it is also woken by LISTEN/NOTIFY). */
  readonly pollInterval?: number;
  /** Cron schedules (graphile-worker's crontab); tests pass none and add jobs themselves. */
  readonly schedule?: boolean;
};

export type RunningWorker = {
  readonly runner: Runner;
  /** Looks for due items now (the schedule does this every five minutes). */
  scan(): Promise<number>;
  stop(): Promise<void>;
};

/**
 * A failed item job is shown to the manager (job_failures) before the queue retries it
 * with backoff; a later success clears it. Mail jobs record their own failures.
 */
function recorded(deps: JobDeps, task: string, work: (payload: unknown) => Promise<string[]>) {
  return async (payload: unknown, helpers: JobHelpers) => {
    const associationId = payloadString(payload, 'associationId');
    const jobKey = helpers.job.key ?? `${task}:${helpers.job.id}`;
    try {
      // The mail written with the effect is sent at once (and found by the scan if this
      // process dies before adding the jobs).
      for (const messageId of await work(payload))
        await helpers.addJob(
          'mail-send',
          { associationId, messageId },
          { jobKey: `mail:${messageId}`, maxAttempts: deps.mailAttempts },
        );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await deps.database
        .withTenant(associationId, (tx) =>
          jobEffectsRepository.recordFailure(tx, {
            jobKey: jobKey.slice(0, 200),
            task,
            attempts: helpers.job.attempts,
            final: helpers.job.attempts >= helpers.job.max_attempts,
            error: reason,
          }),
        )
        .catch(() => undefined);
      throw error;
    }
  };
}

export function taskList(deps: JobDeps, scan: () => Promise<number>): TaskList {
  return {
    'due-scan': async () => {
      await scan();
    },
    'follow-up-due': recorded(deps, 'follow-up-due', (p) =>
      followUpDueJob(deps, payloadString(p, 'associationId'), payloadString(p, 'followUpId')),
    ),
    'attestation-due': recorded(deps, 'attestation-due', (p) =>
      attestationDueJob(deps, payloadString(p, 'associationId'), {
        municipalityId: payloadString(p, 'municipalityId'),
        projectId: payloadString(p, 'projectId'),
        halfYear: payloadString(p, 'halfYear') as HalfYear,
      }),
    ),
    'se-group-missed': recorded(deps, 'se-group-missed', (p) =>
      seGroupMissedJob(deps, payloadString(p, 'associationId'), payloadString(p, 'municipalityId')),
    ),
    'retention-nightly': async () => {
      for (const associationId of await associationIds(deps.database))
        await nightlyRetentionJob(deps, associationId);
    },
    'mail-send': async (payload, helpers) => {
      await mailSendJob(
        deps,
        payloadString(payload, 'associationId'),
        payloadString(payload, 'messageId'),
        { number: helpers.job.attempts, max: helpers.job.max_attempts },
      );
    },
  };
}

/**
 * Starts graphile-worker on the database: the gateway does so by default, `npm run worker`
 * alone. Every five minutes the due items and the outbox, nightly (02:30) retention.
 */
export async function startWorker(deps: JobDeps, options: WorkerOptions): Promise<RunningWorker> {
  // The scan adds jobs through the runner it runs in, which exists once `run` returns.
  const started: { runner?: Runner } = {};
  const scan = async () => {
    const runner = started.runner;
    if (!runner) return 0;
    const planned = await planDueJobs(deps);
    for (const job of planned)
      await runner.addJob(job.task, job.payload, {
        jobKey: job.jobKey,
        maxAttempts: job.task === 'mail-send' ? deps.mailAttempts : 10,
      });
    return planned.length;
  };
  const logger = new WorkerLogger(() => (level, message) => {
    if (level === 'error') deps.log.error({ worker: true }, message);
    else if (level === 'warning') deps.log.warn({ worker: true }, message);
    else deps.log.debug({ worker: true }, message);
  });
  const runner = await run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 2,
    pollInterval: options.pollInterval ?? 2000,
    noHandleSignals: true,
    // Batched completion (delay 0: no wait) handles a lost database connection: the pool
    // logs it and shuts down, and the supervisor starts it again. The unbatched default
    // leaves the failed completion as an unhandled rejection, which ends the process (the
    // gateway's outage test found it).
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    logger,
    taskList: taskList(deps, () => scan()),
    parsedCronItems: parseCronItems(
      options.schedule === false
        ? []
        : [
            {
              task: 'due-scan',
              match: '*/5 * * * *',
              identifier: 'due-scan',
              options: { jobKey: 'due-scan' },
            },
            {
              task: 'retention-nightly',
              match: '30 2 * * *',
              identifier: 'retention-nightly',
              options: { jobKey: 'retention-nightly', backfillPeriod: 12 * 3600_000 },
            },
          ],
    ),
  });
  started.runner = runner;
  return {
    runner,
    scan,
    async stop() {
      await runner.stop();
    },
  };
}

/**
 * On start, catch up with what fell due while no worker ran. A failure (the database gone
 * for a moment) is logged, never fatal: the five-minute scan catches up once it is back, and
 * the process serving requests must not die with it.
 */
export async function catchUp(worker: RunningWorker, log: JobDeps['log']): Promise<void> {
  try {
    log.info({ planned: await worker.scan() }, 'worker caught up with what fell due');
  } catch (error) {
    log.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'worker could not catch up at start; the next scan will',
    );
  }
}
