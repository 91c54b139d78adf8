import type { JobDeps } from './job-deps.js';
import { type RunningWorker, catchUp } from './worker.js';

/** How long the gateway waits before it tries again to start a worker that could not start. */
const RETRY_MS = 30_000;

/**
 * Runs the job queue beside the server without ever taking the server down with it: the
 * worker starts in the background (graphile-worker installs its schema on first start, which
 * may take a while), a start that fails (the database gone for a moment) is logged and tried
 * again, and a worker that stops on a fatal error is started again. The server's requests
 * answer SERVICE_UNAVAILABLE on their own while the database is gone.
 */
export function superviseWorker(
  start: () => Promise<RunningWorker>,
  log: JobDeps['log'],
  retryMs = RETRY_MS,
): { stop(): Promise<void> } {
  let worker: RunningWorker | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const retry = () => {
    if (stopped) return;
    timer = setTimeout(() => void attempt(), retryMs);
    timer.unref();
  };
  const attempt = async () => {
    try {
      const started = await start();
      if (stopped) return void (await started.stop());
      worker = started;
      started.runner.promise.catch((error: unknown) => {
        log.error({ err: String(error) }, 'worker stopped on an error; starting it again');
        worker = undefined;
        retry();
      });
      await catchUp(started, log);
    } catch (error) {
      log.warn({ err: String(error) }, 'worker could not start; trying again');
      retry();
    }
  };
  void attempt();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await worker?.stop();
    },
  };
}
