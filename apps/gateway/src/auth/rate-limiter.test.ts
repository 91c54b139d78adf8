import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

describe('createRateLimiter', () => {
  it('allows the limit within a window, then refuses until the window ends', () => {
    let time = 0;
    const limiter = createRateLimiter(2, 1000, () => time);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([true, true, false]);
    expect(limiter.take('b')).toBe(true);
    time = 1000;
    expect(limiter.take('a')).toBe(true);
    limiter.reset('a');
    expect(limiter.take('a')).toBe(true);
  });
});
