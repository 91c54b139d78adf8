import { describe, expect, it } from 'vitest';
import { createSessionCache } from './session-cache.js';

function setup(overrides: { maxAgeMs?: number; maxEntries?: number } = {}) {
  const clock = { time: 0, healthy: true };
  const cache = createSessionCache<string>({
    maxAgeMs: overrides.maxAgeMs ?? 1000,
    maxEntries: overrides.maxEntries ?? 10,
    healthy: () => clock.healthy,
    now: () => clock.time,
  });
  /** A look-up as the gateway does it: generation first, then the read, then remember. */
  const lookUp = (userId: string, value: string) => {
    const startedAt = cache.generation();
    return cache.remember(userId, value, startedAt);
  };
  return { clock, cache, lookUp };
}

describe('session cache', () => {
  it('misses, then hits what was remembered', () => {
    const { cache, lookUp } = setup();
    expect(cache.get('u1')).toBeUndefined();
    expect(lookUp('u1', 'Anna')).toBe(true);
    expect(cache.get('u1')).toBe('Anna');
    expect(cache.get('u2')).toBeUndefined();
  });

  it('expires entries after maxAgeMs', () => {
    const { clock, cache, lookUp } = setup({ maxAgeMs: 1000 });
    lookUp('u1', 'Anna');
    clock.time = 999;
    expect(cache.get('u1')).toBe('Anna');
    clock.time = 1000;
    expect(cache.get('u1')).toBeUndefined();
    expect(cache.size()).toBe(0);
  });

  it('stays within maxEntries, evicting the oldest', () => {
    const { cache, lookUp } = setup({ maxEntries: 2 });
    lookUp('u1', 'one');
    lookUp('u2', 'two');
    lookUp('u1', 'one again'); // refreshed: now the newest
    lookUp('u3', 'three');
    expect(cache.size()).toBe(2);
    expect(cache.get('u2')).toBeUndefined();
    expect(cache.get('u1')).toBe('one again');
    expect(cache.get('u3')).toBe('three');
  });

  it('forgets one user, and clears everyone', () => {
    const { cache, lookUp } = setup();
    lookUp('u1', 'one');
    lookUp('u2', 'two');
    cache.forget('u1');
    expect(cache.get('u1')).toBeUndefined();
    expect(cache.get('u2')).toBe('two');
    cache.clear();
    expect(cache.get('u2')).toBeUndefined();
    expect(cache.size()).toBe(0);
  });

  it('does not store a look-up that started before an invalidation', () => {
    const { cache } = setup();
    const startedAt = cache.generation();
    // The row is read here (old value); meanwhile the change commits and is notified.
    cache.forget('u1');
    expect(cache.remember('u1', 'stale', startedAt)).toBe(false);
    expect(cache.get('u1')).toBeUndefined();

    const beforeClear = cache.generation();
    cache.clear();
    expect(cache.remember('u1', 'stale', beforeClear)).toBe(false);
    // A look-up started afterwards is stored.
    expect(cache.remember('u1', 'fresh', cache.generation())).toBe(true);
    expect(cache.get('u1')).toBe('fresh');
  });

  it('is bypassed while the listener is unhealthy, and drops what it held', () => {
    const { clock, cache, lookUp } = setup();
    lookUp('u1', 'one');
    clock.healthy = false;
    expect(cache.active()).toBe(false);
    expect(cache.get('u1')).toBeUndefined();
    expect(lookUp('u2', 'two')).toBe(false);
    expect(cache.size()).toBe(0);
    clock.healthy = true;
    expect(cache.get('u1')).toBeUndefined();
    expect(lookUp('u2', 'two')).toBe(true);
    expect(cache.get('u2')).toBe('two');
  });

  it('is off with maxAgeMs 0', () => {
    const { cache, lookUp } = setup({ maxAgeMs: 0 });
    expect(cache.active()).toBe(false);
    expect(lookUp('u1', 'one')).toBe(false);
    expect(cache.get('u1')).toBeUndefined();
  });
});
