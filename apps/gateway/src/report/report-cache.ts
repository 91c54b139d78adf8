import { stockholmDateOf } from '../clock/today.js';

/**
 * Aggregated figures per association. Reports read thousands of rows to produce a few
 * dozen numbers that change only when someone writes, so an entry lives until
 * - the association is invalidated: every write to a table the reports read notifies
 *   `report_cache` with its association, from whichever process wrote (ADR 0008), and a
 *   mutation through this gateway also invalidates at once;
 * - the Stockholm day changes (figures run "up to today"; the keys hold the day too);
 * - its lifetime runs out: `safetyTtlMs` (hours) for an entry computed while the
 *   invalidation listener was listening, `unheardTtlMs` (a minute) otherwise, since
 *   writes from other processes would not be heard. When the listener loses its
 *   connection everything is cleared (notifications may have been missed).
 * The number of entries is bounded (the oldest goes first).
 */
export type ReportCache = {
  getOrCompute<T>(associationId: string, key: string, compute: () => Promise<T>): Promise<T>;
  invalidate(associationId: string): void;
  /** Forget everything (the listener was lost or reconnected). */
  clear(): void;
  readonly size: () => number;
  /** How many figures were computed rather than served from the cache, since start. */
  readonly computations: () => number;
};

export type ReportCacheOptions = {
  /** Lifetime of an entry computed while writes from every process are heard. */
  readonly safetyTtlMs: number;
  /** Lifetime of an entry computed while they are not (listener down or not started). */
  readonly unheardTtlMs: number;
  readonly maxEntries: number;
  /** Whether writes from every process are heard now (the listener is healthy). */
  readonly listening?: () => boolean;
  readonly now?: () => number;
};

type Entry = {
  readonly associationId: string;
  readonly day: string;
  readonly expiresAt: number;
  readonly value: Promise<unknown>;
};

export function createReportCache(options: ReportCacheOptions): ReportCache {
  const now = options.now ?? Date.now;
  const listening = options.listening ?? (() => false);
  const entries = new Map<string, Entry>();
  let computations = 0;
  const dayOf = (at: number): string => stockholmDateOf(new Date(at));
  const fresh = (entry: Entry, at: number) => entry.expiresAt > at && entry.day === dayOf(at);
  return {
    async getOrCompute<T>(
      associationId: string,
      key: string,
      compute: () => Promise<T>,
    ): Promise<T> {
      const fullKey = `${associationId}|${key}`;
      const at = now();
      const hit = entries.get(fullKey);
      if (hit && fresh(hit, at)) return hit.value as Promise<T>;
      computations += 1;
      const value = compute();
      const ttl = listening() ? options.safetyTtlMs : options.unheardTtlMs;
      const entry: Entry = { associationId, day: dayOf(at), expiresAt: at + ttl, value };
      entries.delete(fullKey);
      entries.set(fullKey, entry);
      if (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      // A failure is not cached: the next request tries again (unless already replaced).
      value.catch(() => {
        if (entries.get(fullKey) === entry) entries.delete(fullKey);
      });
      return value;
    },
    invalidate(associationId: string) {
      for (const [key, entry] of entries)
        if (entry.associationId === associationId) entries.delete(key);
    },
    clear: () => entries.clear(),
    size: () => entries.size,
    computations: () => computations,
  };
}
