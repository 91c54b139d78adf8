import { describe, expect, it } from 'vitest';
import { readHalfYear } from './attestation-schedule.js';

describe('reading a half-year as people write it', () => {
  it.each(['2024H1', '2024-H1', '2024 h1', ' 2024–H1 ', '2024h1'])('%s is 2024H1', (text) => {
    expect(readHalfYear(text)).toBe('2024H1');
  });
  it('keeps the second half', () => {
    expect(readHalfYear('2025-H2')).toBe('2025H2');
  });
  it.each(['2024H3', '2024', '24-H1', 'H1-2024', '2024-01', ''])(
    '%s is not a half-year',
    (text) => {
      expect(readHalfYear(text)).toBeUndefined();
    },
  );
});
