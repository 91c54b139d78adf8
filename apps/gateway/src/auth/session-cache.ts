/**
 * Session users cached in this process, keyed by user id (a uuid, unique across
 * associations). Correctness rests on invalidation, not on the expiry: the database
 * notifies every change to a user (`forget`) or association (`clear`), and while that
 * listener is not healthy the cache is bypassed entirely. `maxAgeMs` is only a safety net.
 *
 * The race it guards against: a look-up reads the old row, the change commits and its
 * notification is handled, then the look-up stores what it read. So a look-up takes the
 * `generation()` before reading and passes it to `remember`, which stores nothing if any
 * `forget` or `clear` happened in between.
 */
export type SessionCache<V> = {
  /** The cached value, or undefined on a miss, after expiry, or while bypassed. */
  get(userId: string): V | undefined;
  /** Take before a look-up; pass to `remember` with its result. */
  generation(): number;
  /** Stores the value unless bypassed or invalidated since `startedAt`; returns whether it did. */
  remember(userId: string, value: V, startedAt: number): boolean;
  forget(userId: string): void;
  clear(): void;
  /** Whether reads and writes go to the cache now (enabled and the listener healthy). */
  active(): boolean;
  readonly size: () => number;
};

export type SessionCacheOptions = {
  /** 0 disables the cache. */
  readonly maxAgeMs: number;
  readonly maxEntries: number;
  /** Whether invalidation is being heard; false bypasses the cache. */
  readonly healthy: () => boolean;
  readonly now?: () => number;
};

export function createSessionCache<V>(options: SessionCacheOptions): SessionCache<V> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: V; expiresAt: number }>();
  let generation = 0;
  const active = () => options.maxAgeMs > 0 && options.maxEntries > 0 && options.healthy();
  /** Bypassed now; what was cached before may have missed a change, so it goes too. */
  const bypassed = () => {
    if (active()) return false;
    entries.clear();
    return true;
  };

  return {
    get(userId) {
      if (bypassed()) return undefined;
      const hit = entries.get(userId);
      if (!hit) return undefined;
      if (hit.expiresAt <= now()) {
        entries.delete(userId);
        return undefined;
      }
      return hit.value;
    },
    generation: () => generation,
    remember(userId, value, startedAt) {
      if (startedAt !== generation || bypassed()) return false;
      // Re-inserting moves the key to the end: the first key is always the oldest.
      entries.delete(userId);
      entries.set(userId, { value, expiresAt: now() + options.maxAgeMs });
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return true;
    },
    forget(userId) {
      generation += 1;
      entries.delete(userId);
    },
    clear() {
      generation += 1;
      entries.clear();
    },
    active,
    size: () => entries.size,
  };
}
