import { describe, expect, it } from 'vitest';
import { createStatementNames } from './statement-names.js';

describe('statement names', () => {
  it('names a text from its second run on, always with the same name', () => {
    const names = createStatementNames();
    expect(names.nameFor('SELECT 1')).toBeUndefined();
    const name = names.nameFor('SELECT 1');
    expect(name).toMatch(/^finsam_\d+$/);
    expect(names.nameFor('SELECT 1')).toBe(name);
    expect(names.nameFor('SELECT 2')).toBeUndefined();
    expect(names.nameFor('SELECT 2')).not.toBe(name);
  });

  it('stays bounded: at most maxNames names, texts seen once are forgotten', () => {
    const names = createStatementNames({ maxNames: 2, maxSeen: 3 });
    for (const text of ['a', 'a', 'b', 'b', 'c', 'c']) names.nameFor(text);
    expect(names.size()).toBe(2);
    expect(names.nameFor('c')).toBeUndefined();

    const fresh = createStatementNames({ maxSeen: 3 });
    for (const text of ['x', 'y', 'z', 'w']) fresh.nameFor(text);
    // 'x' was forgotten when the seen-once set filled up: seen again, it counts as new;
    // 'w' came after the reset and is named on its second run.
    expect(fresh.nameFor('x')).toBeUndefined();
    expect(fresh.nameFor('w')).toMatch(/^finsam_/);
  });
});
