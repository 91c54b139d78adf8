import { describe, expect, it } from 'vitest';
import { createReportCache } from './report-cache.js';

describe('report cache', () => {
  it('computes once per key until it expires or the association writes', async () => {
    let time = 0;
    let computed = 0;
    const cache = createReportCache({ ttlMs: 1000, maxEntries: 10, now: () => time });
    const compute = async () => ++computed;
    expect(await cache.getOrCompute('a', 'k', compute)).toBe(1);
    expect(await cache.getOrCompute('a', 'k', compute)).toBe(1);
    expect(await cache.getOrCompute('b', 'k', compute)).toBe(2);
    cache.invalidate('a');
    expect(await cache.getOrCompute('a', 'k', compute)).toBe(3);
    expect(await cache.getOrCompute('b', 'k', compute)).toBe(2);
    time = 1001;
    expect(await cache.getOrCompute('b', 'k', compute)).toBe(4);
  });

  it('does not keep failures and stays within its size', async () => {
    const cache = createReportCache({ ttlMs: 1000, maxEntries: 2 });
    await expect(
      cache.getOrCompute('a', 'x', () => Promise.reject(new Error('down'))),
    ).rejects.toThrow('down');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.getOrCompute('a', 'x', async () => 'ok')).toBe('ok');
    for (const key of ['1', '2', '3']) await cache.getOrCompute('a', key, async () => key);
    expect(cache.size()).toBe(2);
  });
});
