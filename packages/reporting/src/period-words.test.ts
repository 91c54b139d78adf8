import { LocalDate } from '@finsam-se/domain';
import { describe, expect, it } from 'vitest';
import { periodInWords } from './period-words.js';

describe('a period in words', () => {
  it('names the first and the last day, both included, with no jargon', () => {
    const words = periodInWords({
      start: LocalDate.from('2024-01-01'),
      end: LocalDate.from('2024-07-01'),
    });
    expect(words).toEqual({
      sv: 'från och med 2024-01-01 till och med 2024-06-30',
      en: 'from 2024-01-01 to 2024-06-30 inclusive',
    });
    expect(words.sv).not.toMatch(/halvöppe/);
  });
});
