import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from './luhn.js';

describe('luhnCheckDigit', () => {
  it('computes the worked example: 640823-323 → 4', () => {
    // 6·2=12→3, 4, 0, 8, 2·2=4, 3, 3·2=6, 2, 3·2=6 → 36 → 10 − 6 = 4.
    expect(luhnCheckDigit('640823323')).toBe(4);
  });
  it('maps a sum ending in 0 to 0', () => {
    // 5·2=10→1, 9 → 10 → 0.
    expect(luhnCheckDigit('59')).toBe(0);
  });
});
