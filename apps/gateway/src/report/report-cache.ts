/**
 * A short-lived cache of aggregated figures per association. Reports read thousands of
 * rows to produce a few dozen numbers that change only when someone writes: any mutation
 * in the association clears its entries at once (in this process), and every entry also
 * expires after `ttlMs`, which bounds staleness when several gateway replicas run.
 */
export type ReportCache = {
  getOrCompute<T>(associationId: string, key: string, compute: () => Promise<T>): Promise<T>;
  invalidate(associationId: string): void;
  readonly size: () => number;
};

export function createReportCache(options: {
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
}): ReportCache {
  const now = options.now ?? Date.now;
  const entries = new Map<
    string,
    { associationId: string; expiresAt: number; value: Promise<unknown> }
  >();
  return {
    async getOrCompute<T>(
      associationId: string,
      key: string,
      compute: () => Promise<T>,
    ): Promise<T> {
      const fullKey = `${associationId}|${key}`;
      const hit = entries.get(fullKey);
      if (hit && hit.expiresAt > now()) return hit.value as Promise<T>;
      const value = compute();
      entries.set(fullKey, { associationId, expiresAt: now() + options.ttlMs, value });
      if (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      // A failure is not cached: the next request tries again.
      value.catch(() => entries.delete(fullKey));
      return value;
    },
    invalidate(associationId: string) {
      for (const [key, entry] of entries)
        if (entry.associationId === associationId) entries.delete(key);
    },
    size: () => entries.size,
  };
}
