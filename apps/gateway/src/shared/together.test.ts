import { describe, expect, it } from 'vitest';
import { together } from './together.js';

describe('together', () => {
  it('starts every read before any finishes and hands the values back in order', async () => {
    const started: string[] = [];
    const read = (name: string, ms: number) => {
      started.push(name);
      return new Promise<string>((resolve) => setTimeout(() => resolve(name), ms));
    };
    const [a, b] = await together<[string, string]>([read('a', 20), read('b', 1)]);
    expect(started).toEqual(['a', 'b']);
    expect([a(), b()]).toEqual(['a', 'b']);
  });

  it('rethrows an error only when its read is unwrapped, so the caller decides which wins', async () => {
    const [first, second] = await together<[number, number]>([
      new Promise((_, reject) => setTimeout(() => reject(new Error('first')), 5)),
      Promise.reject(new Error('second')),
    ]);
    expect(first).toThrow('first');
    expect(second).toThrow('second');
  });
});
