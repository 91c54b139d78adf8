import { describe, expect, it } from 'vitest';
import { coercedInputOf } from './format-error.js';

describe('coercedInputOf: the input a scalar refused while the variables were read', () => {
  it('names a plain variable', () => {
    expect(coercedInputOf('Variable "$id" got invalid value "nope"; Ogiltigt id.')).toBe('id');
  });
  it('names a field inside an input, list positions as refusals name them', () => {
    expect(
      coercedInputOf('Variable "$filter" got invalid value "x" at "filter.ids[2]"; Ogiltigt id.'),
    ).toBe('filter.ids.2');
  });
  it('names nothing for other messages (a literal in the query names no variable)', () => {
    expect(coercedInputOf('Expected value of type "UUID!", found "nope"; Ogiltigt id.')).toBe(
      undefined,
    );
  });
});
