import { describe, expect, it } from 'vitest';
import { splitIntoPosts } from './split-into-posts.js';

describe('splitIntoPosts', () => {
  it('splits into full-time posts and a remainder', () => {
    expect(splitIntoPosts(0)).toEqual([]);
    expect(splitIntoPosts(50)).toEqual([50]);
    expect(splitIntoPosts(100)).toEqual([100]);
    expect(splitIntoPosts(250)).toEqual([100, 100, 50]);
  });
});
