import { describe, expect, it } from 'vitest';
import { summariseEntityIds } from './entityIds';

const ids = ['a1', 'a2', 'a3', 'a4', 'a5'];

describe('summariseEntityIds', () => {
  it('shows the count and the first three ids', () => {
    expect(summariseEntityIds(ids)).toEqual({ count: 5, shown: ['a1', 'a2', 'a3'], more: 2 });
    expect(summariseEntityIds(['a1'])).toEqual({ count: 1, shown: ['a1'], more: 0 });
    expect(summariseEntityIds([])).toEqual({ count: 0, shown: [], more: 0 });
  });
  it('puts the id searched for first when the entry has it', () => {
    expect(summariseEntityIds(ids, { first: ' A5 ' })).toEqual({
      count: 5,
      shown: ['a5', 'a1', 'a2'],
      more: 2,
    });
    expect(summariseEntityIds(ids, { first: 'x9', max: 2 }).shown).toEqual(['a1', 'a2']);
  });
});
