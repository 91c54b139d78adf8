import { describe, expect, it } from 'vitest';
import type { JobDeps } from './job-deps.js';
import type { RunningWorker } from './worker.js';
import { superviseWorker } from './worker-supervisor.js';

const quiet = { info() {}, warn() {}, error() {}, debug() {} } as unknown as JobDeps['log'];
const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i += 1) await new Promise((r) => setTimeout(r, 5));
  expect(ok()).toBe(true);
};

/** A worker whose runner ends when `fail` is called, as graphile-worker's does on a fatal error. */
function fakeWorker(events: string[]): RunningWorker & { fail(): void } {
  let fail: (error: Error) => void = () => {};
  const promise = new Promise<void>((_, reject) => (fail = reject));
  return {
    runner: { promise } as unknown as RunningWorker['runner'],
    scan: async () => {
      events.push('scan');
      return 0;
    },
    stop: async () => void events.push('stop'),
    fail: () => fail(new Error('connection lost')),
  };
}

describe('the worker beside the server', () => {
  it('tries again after a start that failed, then catches up', async () => {
    const events: string[] = [];
    let attempts = 0;
    const supervisor = superviseWorker(
      async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('Connection terminated unexpectedly');
        return fakeWorker(events);
      },
      quiet,
      1,
    );
    await until(() => events.includes('scan'));
    expect(attempts).toBe(2);
    await supervisor.stop();
    expect(events).toEqual(['scan', 'stop']);
  });

  it('starts a worker again that stopped on an error, and stops for good when told', async () => {
    const events: string[] = [];
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const supervisor = superviseWorker(
      async () => {
        const worker = fakeWorker(events);
        workers.push(worker);
        return worker;
      },
      quiet,
      1,
    );
    await until(() => workers.length === 1 && events.includes('scan'));
    workers[0]?.fail();
    await until(() => workers.length === 2);
    await supervisor.stop();
    expect(events.at(-1)).toBe('stop');
    await new Promise((r) => setTimeout(r, 20));
    expect(workers).toHaveLength(2);
  });
});
