/**
 * A fixed-window counter per key (client address, e-mail), kept in memory: enough for one
 * gateway process; behind several replicas the database lockout still holds per account.
 */
export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  return {
    /** Counts one attempt; false when the key is over its limit (or `limitFor`) in this window. */
    take(key: string, limitFor = limit): boolean {
      const time = now();
      const entry = hits.get(key);
      if (!entry || entry.resetAt <= time) {
        hits.set(key, { count: 1, resetAt: time + windowMs });
        if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= time) hits.delete(k);
        return true;
      }
      entry.count += 1;
      return entry.count <= limitFor;
    },
    reset(key: string): void {
      hits.delete(key);
    },
  };
}
