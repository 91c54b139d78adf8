import { describe, expect, it } from 'vitest';
import { createReportCache } from './report-cache.js';

const HOUR = 3_600_000;
/** 2026-03-10 10:00 in Stockholm (CET, UTC+1). */
const MORNING = Date.UTC(2026, 2, 10, 9, 0);

function world(listening = true) {
  const clock = { at: MORNING, listening };
  let computed = 0;
  const cache = createReportCache({
    safetyTtlMs: 24 * HOUR,
    unheardTtlMs: 60_000,
    maxEntries: 10,
    now: () => clock.at,
    listening: () => clock.listening,
  });
  const compute = async () => ++computed;
  return { clock, cache, compute };
}

describe('report cache', () => {
  it('computes once per key until the association is invalidated', async () => {
    const { cache, compute } = world();
    expect(await cache.getOrCompute('a', 'k', compute)).toBe(1);
    expect(await cache.getOrCompute('a', 'k', compute)).toBe(1);
    expect(await cache.getOrCompute('b', 'k', compute)).toBe(2);
    cache.invalidate('a');
    expect(await cache.getOrCompute('a', 'k', compute)).toBe(3);
    expect(await cache.getOrCompute('b', 'k', compute)).toBe(2);
    expect(cache.computations()).toBe(3);
    cache.clear();
    expect(await cache.getOrCompute('b', 'k', compute)).toBe(4);
  });

  it('keeps an entry computed while listening all day, and not past the Stockholm midnight', async () => {
    const { clock, cache, compute } = world();
    expect(await cache.getOrCompute('a', 'k', compute)).toBe(1);
    clock.at = MORNING + 13 * HOUR + 59 * 60_000; // 23:59 Stockholm
    expect(await cache.getOrCompute('a', 'k', compute)).toBe(1);
    clock.at = MORNING + 14 * HOUR; // 00:00 the next day in Stockholm (23:00 UTC)
    expect(await cache.getOrCompute('a', 'k', compute)).toBe(2);
  });

  it('ends at the safety lifetime even on the same day', async () => {
    const { clock, cache } = world();
    const short = createReportCache({
      safetyTtlMs: 2 * HOUR,
      unheardTtlMs: 60_000,
      maxEntries: 10,
      now: () => clock.at,
      listening: () => true,
    });
    let computed = 0;
    const compute = async () => ++computed;
    expect(await short.getOrCompute('a', 'k', compute)).toBe(1);
    clock.at += 2 * HOUR - 1;
    expect(await short.getOrCompute('a', 'k', compute)).toBe(1);
    clock.at += 1;
    expect(await short.getOrCompute('a', 'k', compute)).toBe(2);
    expect(cache.size()).toBe(0);
  });

  it('keeps an entry computed while writes elsewhere are not heard for a minute only', async () => {
    const { clock, cache, compute } = world(false);
    expect(await cache.getOrCompute('a', 'k', compute)).toBe(1);
    clock.listening = true; // heard from now on, but the entry was computed unheard
    clock.at += 60_000;
    expect(await cache.getOrCompute('a', 'k', compute)).toBe(2);
    clock.at += 3 * HOUR;
    expect(await cache.getOrCompute('a', 'k', compute)).toBe(2);
  });

  it('does not keep failures and stays within its size', async () => {
    const { cache } = world();
    await expect(
      cache.getOrCompute('a', 'x', () => Promise.reject(new Error('down'))),
    ).rejects.toThrow('down');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.getOrCompute('a', 'x', async () => 'ok')).toBe('ok');
    for (const key of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
      await cache.getOrCompute('a', key, async () => key);
    expect(cache.size()).toBe(10);
    expect(await cache.getOrCompute('a', 'x', async () => 'again')).toBe('again');
  });

  it('a failure does not evict the entry that replaced it', async () => {
    const { cache } = world();
    let fail: (error: Error) => void = () => undefined;
    const failing = cache.getOrCompute('a', 'k', () => new Promise((_, reject) => (fail = reject)));
    cache.invalidate('a');
    expect(await cache.getOrCompute('a', 'k', async () => 'fresh')).toBe('fresh');
    fail(new Error('late'));
    await expect(failing).rejects.toThrow('late');
    expect(await cache.getOrCompute('a', 'k', async () => 'recomputed')).toBe('fresh');
  });
});
