/**
 * The requests still being answered. A client that drops its connection does not stop the
 * work it asked for: the server closes once no socket is open, while such a request may
 * still be reading, or writing the audit row of what it read. Shutdown waits for this to
 * be idle before the pool closes, so no read is cut off unlogged and none fails on a
 * closed pool.
 */
export type RequestsInFlight = {
  /** Marks a request begun; call the returned function once it has ended, however. */
  begin(): () => void;
  /** Resolves once no request is in flight (at once if none is). */
  idle(): Promise<void>;
  readonly count: () => number;
};

export function createRequestsInFlight(): RequestsInFlight {
  let count = 0;
  let waiting: (() => void)[] = [];
  return {
    begin() {
      count += 1;
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        count -= 1;
        if (count === 0) {
          for (const resolve of waiting) resolve();
          waiting = [];
        }
      };
    },
    idle() {
      return count === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },
    count: () => count,
  };
}
